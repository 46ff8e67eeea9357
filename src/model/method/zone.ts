// METHOD.md §4: the three experience zones of the CEI–BEI quadrant, and the balance of a touchpoint.

import type { Settings } from '../types.ts';
import { atLeast, exceeds } from './numbers.ts';

export type Zone = 'branded' | 'non-branded' | 'un-branded';
export const ZONES: readonly Zone[] = Object.freeze(['branded', 'non-branded', 'un-branded']);

export type BalanceKind = 'balanced' | 'brand-centric' | 'customer-centric';

/** |CEI_t − BEI_t| up to this is balanced. */
export const BALANCE_LIMIT = 20;

export type ZoneThresholds = Pick<Settings, 'brandedThreshold' | 'unbrandedThreshold'>;

/**
 * The zone of a touchpoint from its CEI_t and BEI_t, with m = min(CEI_t, BEI_t):
 * branded if m ≥ T_branded, else non-branded if m ≥ T_unbranded, else un-branded.
 * A zone needs both indices: `null` when either is missing.
 */
export function zoneOf(cei: number | null, bei: number | null, thresholds: ZoneThresholds): Zone | null {
  if (cei === null || bei === null) return null;
  const m = Math.min(cei, bei);
  if (atLeast(m, thresholds.brandedThreshold)) return 'branded';
  if (atLeast(m, thresholds.unbrandedThreshold)) return 'non-branded';
  return 'un-branded';
}

/** CEI_t − BEI_t; `null` when either is missing. */
export function balanceOf(cei: number | null, bei: number | null): number | null {
  return cei === null || bei === null ? null : cei - bei;
}

/**
 * Within ±20 balanced; BEI_t − CEI_t > 20 brand-centric; CEI_t − BEI_t > 20 customer-centric.
 * `balance` is CEI_t − BEI_t (`null` when missing).
 */
export function balanceKindOf(balance: number | null): BalanceKind | null {
  if (balance === null) return null;
  if (exceeds(-balance, BALANCE_LIMIT)) return 'brand-centric';
  if (exceeds(balance, BALANCE_LIMIT)) return 'customer-centric';
  return 'balanced';
}
