// The English message catalogue. Every user-visible string of the app comes from here, so another
// catalogue (Chinese first) can be added without touching components. `{name}` marks a variable.
// Each area keeps its own file under en/ so that the areas can grow without stepping on each other.
import { app } from './en/app.ts';
import { charts } from './en/charts.ts';
import { survey } from './en/survey.ts';

export const en = { ...app, ...charts, ...survey } as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
