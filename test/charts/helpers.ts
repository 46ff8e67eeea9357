// Shared fixtures of the chart tests: the Louis Vuitton journey analysed, and box checks.

import { analyseJourney, analysePath } from '../../src/model/method/index.ts';
import { louisVuitton } from '../../src/model/templates/index.ts';
import { DEFAULT_SETTINGS, type Journey, type Settings, type Touchpoint } from '../../src/model/types.ts';
import type { Box, Circle } from '../../src/charts/index.ts';

export const lv: Journey = louisVuitton();
export const lvAnalysis = analyseJourney(lv);

export function idOf(name: string, journey: Journey = lv): string {
  const tp = journey.touchpoints.find((t) => t.name === name);
  if (tp === undefined) throw new Error(`no touchpoint ${name}`);
  return tp.id;
}

export function touchpointNamed(name: string, journey: Journey = lv): Touchpoint {
  const tp = journey.touchpoints.find((t) => t.name === name);
  if (tp === undefined) throw new Error(`no touchpoint ${name}`);
  return tp;
}

export function analyse(touchpoints: Touchpoint[], settings: Partial<Settings> = {}) {
  return analysePath(touchpoints, { ...DEFAULT_SETTINGS, ...settings });
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function hitsCircle(a: Box, c: Circle): boolean {
  const nx = Math.max(a.x, Math.min(c.cx, a.x + a.width));
  const ny = Math.max(a.y, Math.min(c.cy, a.y + a.height));
  return (c.cx - nx) ** 2 + (c.cy - ny) ** 2 < c.r * c.r;
}

export function inside(a: Box, b: Box): boolean {
  return a.x >= b.x - 1e-6 && a.y >= b.y - 1e-6 && a.x + a.width <= b.x + b.width + 1e-6 && a.y + a.height <= b.y + b.height + 1e-6;
}

/** Every pair of boxes that overlap, by id. */
export function overlappingPairs(boxes: readonly (Box & { id: string })[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i] as Box & { id: string };
      const b = boxes[j] as Box & { id: string };
      if (overlaps(a, b)) out.push(`${a.id} × ${b.id}`);
    }
  }
  return out;
}

/** A scored touchpoint for tests. */
export function tp(id: string, fields: Partial<Touchpoint> = {}): Touchpoint {
  return { id, name: id, x: 0, y: 0, importance: 3, ...fields };
}
