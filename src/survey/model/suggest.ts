// A first mapping, from names: rating columns to the touchpoints and moments whose names they match
// (case, spaces and punctuation ignored; "Checkin service" ↔ "Check-in"), "... brand" columns as
// brand delivery, an overall / satisfaction / recommend column as the outcome (categories mapped by
// their words), a weight column, and text columns with few answers as segments. The user checks
// and changes all of it. Identifier-like columns (about one answer per row) are never segments.
import type { JourneySurveyMapping, SurveyTarget } from '../../model/survey/index.ts';
import type { Journey } from '../../model/types.ts';
import { isRatingLike, type ColumnProfile } from './column-profile.ts';
import { journeyTargets, type TargetSlot } from './targets.ts';

/** Lower-case words without accents; a plural "s" dropped. */
export function nameTokens(name: string): string[] {
  return name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/).filter((w) => w !== '').map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** 1 for the same name; 0.8 when one name, run together, contains the other; else shared words (Dice). */
export function nameScore(a: string, b: string): number {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const ca = ta.join('');
  const cb = tb.join('');
  if (ca === cb) return 1;
  if (Math.min(ca.length, cb.length) >= 4 && (ca.includes(cb) || cb.includes(ca))) return 0.8;
  const sb = new Set(tb);
  const shared = new Set(ta.filter((w) => sb.has(w))).size;
  return (2 * shared) / (new Set(ta).size + sb.size);
}

export const MATCH_THRESHOLD = 0.5;

function targetScore(slot: TargetSlot, column: string): number {
  if (slot.momentName === null) return nameScore(slot.touchpointName, column);
  return 0.95 * Math.max(nameScore(slot.momentName, column), nameScore(`${slot.touchpointName} ${slot.momentName}`, column));
}

/** Pairs of (slot, column) by best score first, each slot and column used once. */
function assign(slots: readonly TargetSlot[], columns: readonly string[], score: (s: TargetSlot, c: string) => number): Map<string, string> {
  const pairs: { slot: string; column: string; score: number; order: number }[] = [];
  slots.forEach((slot) => columns.forEach((column, order) => {
    const s = score(slot, column);
    if (s >= MATCH_THRESHOLD) pairs.push({ slot: slot.key, column, score: s, order });
  }));
  pairs.sort((a, b) => b.score - a.score || a.order - b.order);
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const p of pairs) {
    if (out.has(p.slot) || used.has(p.column)) continue;
    out.set(p.slot, p.column);
    used.add(p.column);
  }
  return out;
}

const OUTCOME_WORDS = ['overall', 'satisfaction', 'satisfied', 'recommend', 'nps', 'netpro', 'loyalty'];

/** 1 or 0 for a category by its words ("satisfied" 1, "neutral or dissatisfied" 0); undefined when unsure. */
export function categoryGuess(category: string): 0 | 1 | undefined {
  const words = nameTokens(category);
  if (words.some((w) => ['dissatisfied', 'unsatisfied', 'not', 'no', 'neutral', 'false', 'detractor'].includes(w))) return 0;
  if (words.some((w) => ['satisfied', 'yes', 'true', 'promoter', 'loyal', 'recommend'].includes(w))) return 1;
  return undefined;
}

export function suggestOutcomeMap(categories: readonly string[]): Record<string, 0 | 1> {
  const map: Record<string, 0 | 1> = {};
  for (const c of categories) {
    const guess = categoryGuess(c);
    if (guess !== undefined) map[c] = guess;
  }
  return map;
}

/** `rowCount` tells an identifier column (an answer per respondent) from a segment. */
export function suggestMapping(journey: Journey, profiles: readonly ColumnProfile[], rowCount: number): JourneySurveyMapping {
  const slots = journeyTargets(journey);
  const isBrand = (p: ColumnProfile) => nameTokens(p.name).includes('brand');
  const outcome = profiles.find((p) => nameTokens(p.name).some((w) => OUTCOME_WORDS.includes(w))) ?? null;
  const weight = profiles.find((p) => p.mostlyNumeric && nameTokens(p.name).some((w) => w === 'weight' || w === 'wt')) ?? null;
  const candidates = profiles.filter((p) => p !== outcome && p !== weight && isRatingLike(p));
  const ratings = assign(slots, candidates.filter((p) => !isBrand(p)).map((p) => p.name), targetScore);
  const unbranded = (name: string) => nameTokens(name).filter((w) => w !== 'brand').join(' ');
  const brands = assign(slots.filter((s) => ratings.has(s.key)), candidates.filter(isBrand).map((p) => p.name),
    (slot, column) => targetScore(slot, unbranded(column)));
  const targets: SurveyTarget[] = slots.filter((s) => ratings.has(s.key)).map((s) => ({
    touchpointId: s.touchpointId, momentId: s.momentId, rating: ratings.get(s.key)!, brand: brands.get(s.key) ?? null,
  }));
  const used = new Set([...ratings.values(), ...brands.values(), outcome?.name, weight?.name]);
  const segments = profiles.filter((p) => !used.has(p.name) && !p.mostlyNumeric && p.distinct >= 2 && p.distinct <= 12 && 2 * p.distinct <= rowCount)
    .map((p) => p.name);
  const categorical = outcome !== null && !outcome.mostlyNumeric;
  return {
    targets,
    weight: weight?.name ?? null,
    outcome: outcome?.name ?? null,
    outcomeMap: categorical ? suggestOutcomeMap(outcome.textValues) : null,
    ratingNa: [],
    outcomeNa: [],
    segments,
    scale: null,
  };
}
