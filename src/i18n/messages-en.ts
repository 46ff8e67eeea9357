// The English message catalogue. Every user-visible string of the app comes from here, so another
// catalogue (Chinese first) can be added without touching components. `{name}` marks a variable.
export const en = {
  'app.title': 'CX Touchpoint Mapper',
  'app.tagline': 'Map the journey, score every touchpoint, and see which ones make the experience effective.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
