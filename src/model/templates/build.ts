// Builds a template journey from a compact description: stages as columns left to right, touchpoints
// stacked top to bottom inside their stage, a link chain in journey order, deterministic ids.

import { DEFAULT_SETTINGS, type Journey, type Link, type Moment, type Stage, type Touchpoint } from '../types.ts';

/** What a caller may choose when creating a journey from a template. */
export interface TemplateOptions {
  /** The new journey's id (default: the template's id). */
  id?: string;
  /** The new journey's name (default: the template's name). */
  name?: string;
}

export interface MomentSpec {
  name: string;
  emotion?: number;
  brand?: number;
}

export interface TouchpointSpec {
  name: string;
  channel?: string;
  /** Default 3, the middle of the scale. */
  importance?: number;
  emotion?: number;
  brand?: number;
  moments?: MomentSpec[];
}

export interface StageSpec {
  name: string;
  touchpoints: TouchpointSpec[];
}

export interface JourneySpec {
  id: string;
  name: string;
  brandValues?: string[];
  stages: StageSpec[];
}

/** Horizontal distance between stage columns and vertical distance between touchpoints. */
export const STAGE_SPACING = 400;
export const ROW_SPACING = 150;
export const DEFAULT_IMPORTANCE = 3;

function moment(spec: MomentSpec, id: string): Moment {
  const m: Moment = { id, name: spec.name };
  if (spec.emotion !== undefined) m.emotion = spec.emotion;
  if (spec.brand !== undefined) m.brand = spec.brand;
  return m;
}

/** A fresh journey (new objects on every call) from a spec. */
export function buildJourney(spec: JourneySpec, options: TemplateOptions = {}): Journey {
  const stages: Stage[] = [];
  const touchpoints: Touchpoint[] = [];
  let momentCount = 0;
  spec.stages.forEach((stageSpec, column) => {
    const stageId = `s${column + 1}`;
    stages.push({ id: stageId, name: stageSpec.name });
    stageSpec.touchpoints.forEach((tpSpec, row) => {
      const tp: Touchpoint = {
        id: `t${touchpoints.length + 1}`,
        name: tpSpec.name,
        stageId,
        x: column * STAGE_SPACING,
        y: row * ROW_SPACING,
        importance: tpSpec.importance ?? DEFAULT_IMPORTANCE,
      };
      if (tpSpec.channel !== undefined) tp.channel = tpSpec.channel;
      if (tpSpec.emotion !== undefined) tp.emotion = tpSpec.emotion;
      if (tpSpec.brand !== undefined) tp.brand = tpSpec.brand;
      if (tpSpec.moments !== undefined) {
        tp.moments = tpSpec.moments.map((m) => moment(m, `m${(momentCount += 1)}`));
      }
      touchpoints.push(tp);
    });
  });
  const links: Link[] = touchpoints.slice(1).map((to, i) => ({
    id: `l${i + 1}`,
    from: (touchpoints[i] as Touchpoint).id,
    to: to.id,
    label: '',
  }));
  return {
    id: options.id ?? spec.id,
    name: options.name ?? spec.name,
    brandValues: [...(spec.brandValues ?? [])],
    settings: { ...DEFAULT_SETTINGS },
    stages,
    touchpoints,
    links,
    paths: [],
  };
}
