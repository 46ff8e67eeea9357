// METHOD.md §4: a touchpoint's remembered scores and its indices.

import { DEFAULT_SETTINGS, type Touchpoint } from '../types.ts';
import { isScored } from './numbers.ts';
import { remembered } from './remembered.ts';
import { INDEX_FACTOR } from './scales.ts';
import { balanceKindOf, balanceOf, zoneOf, type BalanceKind, type Zone, type ZoneThresholds } from './zone.ts';

export interface TouchpointScores {
  /** e_t: remembered emotion of the moments, or the touchpoint's own emotion. */
  e: number | null;
  /** b_t: remembered brand delivery of the moments, or the touchpoint's own brand. */
  b: number | null;
}

export interface TouchpointIndices extends TouchpointScores {
  /** CEI_t = 20 × e_t */
  cei: number | null;
  /** BEI_t = 20 × b_t */
  bei: number | null;
  zone: Zone | null;
  /** CEI_t − BEI_t */
  balance: number | null;
  balanceKind: BalanceKind | null;
}

/** A touchpoint of a path together with its indices. */
export interface IndexedTouchpoint {
  touchpoint: Touchpoint;
  indices: TouchpointIndices;
}

type Scorable = Pick<Touchpoint, 'emotion' | 'brand' | 'moments'>;

/** Whether the touchpoint takes its scores from its moments (a non-empty moments array). */
export function usesMoments(tp: Scorable): boolean {
  return Array.isArray(tp.moments) && tp.moments.length > 0;
}

/**
 * e_t and b_t. A touchpoint with a non-empty moments array takes the remembered value of its
 * moments' scores (in moment order) and its own emotion / brand are ignored; otherwise its own.
 */
export function touchpointScores(tp: Scorable): TouchpointScores {
  if (usesMoments(tp)) {
    const moments = tp.moments ?? [];
    return {
      e: remembered(moments.map((m) => m.emotion)),
      b: remembered(moments.map((m) => m.brand)),
    };
  }
  return {
    e: isScored(tp.emotion) ? tp.emotion : null,
    b: isScored(tp.brand) ? tp.brand : null,
  };
}

/** 20 × a remembered value; `null` stays `null`. */
export function toIndex(value: number | null): number | null {
  return value === null ? null : INDEX_FACTOR * value;
}

/** e_t, b_t, CEI_t, BEI_t, zone and balance of one touchpoint under the journey's thresholds. */
export function indices(tp: Scorable, settings: ZoneThresholds = DEFAULT_SETTINGS): TouchpointIndices {
  const { e, b } = touchpointScores(tp);
  const cei = toIndex(e);
  const bei = toIndex(b);
  const balance = balanceOf(cei, bei);
  return { e, b, cei, bei, zone: zoneOf(cei, bei, settings), balance, balanceKind: balanceKindOf(balance) };
}

/** Indices of every touchpoint of a path, in path order. */
export function indexPath(path: readonly Touchpoint[], settings: ZoneThresholds = DEFAULT_SETTINGS): IndexedTouchpoint[] {
  return path.map((touchpoint) => ({ touchpoint, indices: indices(touchpoint, settings) }));
}
