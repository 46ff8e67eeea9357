import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeJourneyFile } from '../../src/model/format/index.ts';
import { louisVuitton } from '../../src/model/templates/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'cxmap-compute-'));
function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}
function cxmap(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lv = louisVuitton();
const lvFile = write('lv.json', serializeJourneyFile(lv));

describe('cxmap compute', () => {
  it('prints METHOD.md §9 for the Louis Vuitton journey, field for field as FORMAT.md says', () => {
    const r = cxmap('compute', lvFile);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      touchpoints: Record<string, unknown>[];
      journey: Record<string, number>;
      recommendations: Record<string, unknown>[];
    };
    expect(Object.keys(out)).toEqual(['touchpoints', 'journey', 'recommendations']);
    expect(out.touchpoints.map((t) => t.name)).toEqual(
      ['Advertising', 'PR', 'Celebrity events', 'Website', 'Retail store', 'Product', 'Call center']);
    expect(Object.keys(out.touchpoints[0]!)).toEqual(['id', 'name', 'e', 'b', 'cei', 'bei', 'zone', 'balance', 'ipa']);
    expect(out.touchpoints.map((t) => [t.cei, t.bei, t.zone])).toEqual([
      [80, 100, 'branded'], [60, 80, 'branded'], [80, 100, 'branded'], [20, 0, 'non-branded'],
      [100, 100, 'branded'], [100, 100, 'branded'], [-40, -20, 'un-branded']]);
    expect(out.touchpoints[0]).toMatchObject({ e: 4, b: 5, balance: -20, ipa: 'Keep up the good work' });
    expect(Object.keys(out.journey)).toEqual(
      ['cei', 'bei', 'balance', 'effectiveShare', 'unbrandedCount', 'rememberedEmotion', 'averageEmotion']);
    // Unrounded: 1740/23, 1920/23, …
    expect(out.journey.cei).toBe(1740 / 23);
    expect(out.journey.bei).toBe(1920 / 23);
    expect(out.journey.balance).toBeCloseTo(-7.83, 2);
    expect(out.journey.effectiveShare).toBeCloseTo(86.96, 2);
    expect(out.journey.unbrandedCount).toBe(1);
    expect(out.journey.rememberedEmotion).toBe(30);
    expect(out.journey.averageEmotion).toBeCloseTo(57.14, 2);
    const callCenter = lv.touchpoints.find((t) => t.name === 'Call center')!.id;
    expect(out.recommendations).toEqual([
      { rule: 'R1', severity: 'critical', touchpointId: callCenter },
      { rule: 'R5', severity: 'high', touchpointId: callCenter },
    ]);
  });

  it('follows a named path, and prints null for a missing figure', () => {
    const ids = lv.touchpoints.map((t) => t.id);
    const withPath = { ...lv, paths: [{ id: 'p1', name: 'Web only', touchpointIds: [ids[3]!] }] };
    withPath.touchpoints = withPath.touchpoints.map((t, i) => (i === 3 ? { ...t, brand: null } : t));
    const file = write('path.json', serializeJourneyFile(withPath));
    const r = cxmap('compute', file, '--path', 'p1');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { touchpoints: { name: string; zone: unknown }[]; journey: Record<string, unknown>; recommendations: unknown[] };
    expect(out.touchpoints.map((t) => t.name)).toEqual(['Website']);
    expect(out.touchpoints[0]!.zone).toBeNull();
    expect(out.journey.bei).toBeNull();
    expect(out.journey.effectiveShare).toBeNull();
    expect(out.journey.cei).toBe(20);
    expect(out.recommendations).toEqual([{ rule: 'R6', severity: 'medium', touchpointId: null }]);
  });

  it('refuses an invalid journey with one line naming the field, exit 1', () => {
    const bad = JSON.parse(serializeJourneyFile(lv)) as { journey: { touchpoints: { importance: number }[] } };
    bad.journey.touchpoints[3]!.importance = 7;
    const r = cxmap('compute', write('bad.json', JSON.stringify(bad)));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('journey.touchpoints[3].importance: 7 is outside 1…5');
  });

  it('says so for an unreadable file, an unknown path and bad usage', () => {
    const missing = cxmap('compute', join(dir, 'nope.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.json: no such file/);
    const unknownPath = cxmap('compute', lvFile, '--path', 'zz');
    expect(unknownPath.status).toBe(1);
    expect(unknownPath.stderr).toContain('unknown path "zz"');
    const notJson = cxmap('compute', write('x.json', '{ nope'));
    expect(notJson.status).toBe(1);
    expect(notJson.stderr.split('\n')[0]).toMatch(/not JSON/i);
    expect(cxmap('compute').status).toBe(2);
    expect(cxmap('compute', lvFile, '--bogus').status).toBe(2);
    expect(cxmap('frobnicate').status).toBe(2);
  });
});
