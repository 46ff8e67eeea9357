// The journey document: the one source of truth (ARCHITECTURE.md). Plain data, no classes,
// so immer can produce patches and Dexie can store it as it is.
//
// A score is a number on its scale, or `null` / absent when it has not been scored yet
// (METHOD.md §5: a missing score is never read as 0).

export type Score = number | null | undefined;

/** Notes in the form of the source's listening cycle. */
export interface ListeningNotes {
  happened?: string;
  why?: string;
  meaning?: string;
  mattersBecause?: string;
  action?: string;
  owner?: string;
}

export interface Moment {
  id: string;
  name: string;
  emotion?: number | null;
  brand?: number | null;
  /** Unknown fields of an imported file are kept as they are (FORMAT.md). */
  [extra: string]: unknown;
}

export interface Touchpoint {
  id: string;
  name: string;
  stageId?: string | null;
  channel?: string;
  x: number;
  y: number;
  importance: number;
  emotion?: number | null;
  brand?: number | null;
  moments?: Moment[];
  notes?: ListeningNotes;
  [extra: string]: unknown;
}

export interface Stage {
  id: string;
  name: string;
  [extra: string]: unknown;
}

export interface Link {
  id: string;
  from: string;
  to: string;
  label?: string;
  [extra: string]: unknown;
}

export interface Path {
  id: string;
  name: string;
  touchpointIds: string[];
  [extra: string]: unknown;
}

export type IpaCut = 'mean' | 'midpoint';

export interface Settings {
  brandedThreshold: number;
  unbrandedThreshold: number;
  ipaCut: IpaCut;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  brandedThreshold: 40,
  unbrandedThreshold: 0,
  ipaCut: 'mean',
});

export interface Journey {
  id: string;
  name: string;
  brandValues: string[];
  settings?: Partial<Settings>;
  stages: Stage[];
  touchpoints: Touchpoint[];
  links: Link[];
  paths?: Path[];
  [extra: string]: unknown;
}

export const JOURNEY_FORMAT = 'cx-journey';
export const JOURNEY_FORMAT_VERSION = 1;

export interface JourneyFile {
  format: typeof JOURNEY_FORMAT;
  version: typeof JOURNEY_FORMAT_VERSION;
  journey: Journey;
  [extra: string]: unknown;
}

/** The settings of a journey with the defaults filled in. */
export function settingsOf(journey: Pick<Journey, 'settings'>): Settings {
  const s = journey.settings ?? {};
  // An explicit `undefined` never overrides a default.
  return {
    brandedThreshold: s.brandedThreshold ?? DEFAULT_SETTINGS.brandedThreshold,
    unbrandedThreshold: s.unbrandedThreshold ?? DEFAULT_SETTINGS.unbrandedThreshold,
    ipaCut: s.ipaCut ?? DEFAULT_SETTINGS.ipaCut,
  };
}
