// What a survey column can rate: each touchpoint of the journey, and each of its moments, in the
// default path's order (stage, then left to right), so the mapping reads like the journey.
import { defaultPath } from '../../model/method/index.ts';
import type { SurveyTarget } from '../../model/survey/index.ts';
import type { Journey, Moment, Touchpoint } from '../../model/types.ts';

export interface TargetSlot {
  /** "touchpointId" or "touchpointId/momentId". */
  key: string;
  touchpointId: string;
  momentId: string | null;
  touchpointName: string;
  momentName: string | null;
}

export const targetKey = (t: Pick<SurveyTarget, 'touchpointId' | 'momentId'>): string =>
  t.momentId ? `${t.touchpointId}/${t.momentId}` : t.touchpointId;

export function journeyTargets(journey: Journey): TargetSlot[] {
  return defaultPath(journey).flatMap((tp) => [
    { key: tp.id, touchpointId: tp.id, momentId: null, touchpointName: tp.name, momentName: null },
    ...(tp.moments ?? []).map((m) => ({
      key: `${tp.id}/${m.id}`, touchpointId: tp.id, momentId: m.id, touchpointName: tp.name, momentName: m.name,
    })),
  ]);
}

/** The touchpoint (and moment) a target names in this journey; null when it was deleted since. */
export function findTarget(journey: Journey, target: Pick<SurveyTarget, 'touchpointId' | 'momentId'>):
  { touchpoint: Touchpoint; moment: Moment | null } | null {
  const touchpoint = journey.touchpoints.find((tp) => tp.id === target.touchpointId);
  if (!touchpoint) return null;
  if (!target.momentId) return { touchpoint, moment: null };
  const moment = touchpoint.moments?.find((m) => m.id === target.momentId);
  return moment ? { touchpoint, moment } : null;
}
