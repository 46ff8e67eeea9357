// The English message catalogue. Every user-visible string of the app comes from here, so another
// catalogue (Chinese first) can be added without touching components. `{name}` marks a variable.
// Each area keeps its own file under en/ so that the areas can grow without stepping on each other.
// The model's and storage's messages (errors, save status) have their English beside the code that
// raises them, which must not import this catalogue (src/model/messages.ts, src/storage/messages.ts);
// they are spread in here, so the app has one English source and another catalogue overrides their keys.
import { MODEL_MESSAGES } from '../model/messages.ts';
import { STORAGE_MESSAGES } from '../storage/messages.ts';
import { app } from './en/app.ts';
import { charts } from './en/charts.ts';
import { survey } from './en/survey.ts';

export const en = { ...app, ...charts, ...survey, ...MODEL_MESSAGES, ...STORAGE_MESSAGES } as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
