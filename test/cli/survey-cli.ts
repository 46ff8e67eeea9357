// Runs the real `cxmap survey` command, and an independent plain computation of METHOD.md §6 to
// compare it with.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

export interface Run { status: number | null; stdout: string; stderr: string; json: unknown }

export function cxmap(...args: string[]): Run {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  let json: unknown = null;
  try { json = JSON.parse(res.stdout); } catch { /* not JSON: left null */ }
  return { status: res.status, stdout: res.stdout, stderr: res.stderr, json };
}

export interface Figures { column: string; n: number; e: number | null; cei: number | null; topBox: number | null; r: number | null; derivedImportance: number | null }
export interface Output { respondents: number; scale: [number, number]; touchpoints: Figures[] }

/** One respondent for the plain computation: ratings (null = missing), outcome (null = missing), weight. */
export interface Respondent { x: (number | null)[]; y: number | null; w: number }

/** METHOD.md §6 the obvious way: arrays, two passes, textbook formulas. */
export function plainFigures(columns: string[], people: Respondent[], [lo, hi]: [number, number]): Figures[] {
  const rs = columns.map((_, c) => {
    const pairs = people.filter((p) => p.x[c] !== null && p.y !== null);
    const W = pairs.reduce((a, p) => a + p.w, 0);
    const mx = pairs.reduce((a, p) => a + p.w * p.x[c]!, 0) / W;
    const my = pairs.reduce((a, p) => a + p.w * p.y!, 0) / W;
    let sxx = 0, syy = 0, sxy = 0;
    for (const p of pairs) {
      sxx += p.w * (p.x[c]! - mx) ** 2;
      syy += p.w * (p.y! - my) ** 2;
      sxy += p.w * (p.x[c]! - mx) * (p.y! - my);
    }
    return pairs.length < 2 || sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
  });
  const top = Math.max(0, ...rs.map((r) => r ?? 0));
  return columns.map((column, c) => {
    const rated = people.filter((p) => p.x[c] !== null);
    const W = rated.reduce((a, p) => a + p.w, 0);
    const e = rated.reduce((a, p) => a + p.w * (-5 + (10 * (p.x[c]! - lo)) / (hi - lo)), 0) / W;
    const atTop = rated.filter((p) => p.x[c] === hi).reduce((a, p) => a + p.w, 0);
    const r = rs[c]!;
    return {
      column, n: rated.length, e, cei: 20 * e, topBox: (100 * atTop) / W, r,
      derivedImportance: r === null || top === 0 ? null : 1 + (4 * Math.max(r, 0)) / top,
    };
  });
}

/** Every figure of `got` within `tolerance` of `want` (nulls equal). */
export function closeFigures(got: Figures[], want: Figures[], tolerance = 1e-9): string[] {
  const problems: string[] = [];
  want.forEach((w, i) => {
    const g = got[i];
    if (!g) return problems.push(`missing touchpoint ${w.column}`);
    for (const key of ['column', 'n', 'e', 'cei', 'topBox', 'r', 'derivedImportance'] as const) {
      const a = g[key], b = w[key];
      const ok = typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b)) : a === b;
      if (!ok) problems.push(`${w.column}.${key}: got ${String(a)}, want ${String(b)}`);
    }
  });
  if (got.length !== want.length) problems.push(`${got.length} touchpoints, want ${want.length}`);
  return problems;
}
