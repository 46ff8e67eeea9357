// METHOD.md §9: every number and label of the Louis Vuitton reference example, from the template.
import { describe, expect, it } from 'vitest';
import { analyseJourney } from '../../../src/model/method/analysis.ts';
import { mean } from '../../../src/model/method/numbers.ts';
import { computeReport } from '../../../src/model/method/report.ts';
import { louisVuitton } from '../../../src/model/templates/louis-vuitton.ts';

const report = computeReport(louisVuitton());
const byName = (name: string) => {
  const row = report.touchpoints.find((t) => t.name === name);
  if (row === undefined) throw new Error(`no touchpoint ${name}`);
  return row;
};

describe('METHOD.md §9 reference example: Louis Vuitton multi-channel', () => {
  it('walks the default path in the order of the table', () => {
    expect(report.touchpoints.map((t) => t.name)).toEqual([
      'Advertising', 'PR', 'Celebrity events', 'Website', 'Retail store', 'Product', 'Call center',
    ]);
  });

  it('remembers the Retail store at e_t = 5, b_t = 5, where the plain mean of its emotions is 1', () => {
    const store = byName('Retail store');
    expect(store.e).toBe(5);
    expect(store.b).toBe(5);
    const moments = louisVuitton().touchpoints.find((t) => t.name === 'Retail store')?.moments ?? [];
    expect(moments.map((m) => m.name)).toEqual(['Store facade & decor', 'Product', 'Price', 'Service', 'Status']);
    expect(mean(moments.map((m) => m.emotion))).toBe(1);
  });

  it.each([
    ['Advertising', 80, 100, 'branded'],
    ['PR', 60, 80, 'branded'],
    ['Celebrity events', 80, 100, 'branded'],
    ['Website', 20, 0, 'non-branded'],
    ['Retail store', 100, 100, 'branded'],
    ['Product', 100, 100, 'branded'],
    ['Call center', -40, -20, 'un-branded'],
  ] as const)('%s: CEI %d, BEI %d, %s', (name, cei, bei, zone) => {
    const row = byName(name);
    expect(row.cei).toBe(cei);
    expect(row.bei).toBe(bei);
    expect(row.zone).toBe(zone);
    expect(row.balance).toBe(cei - bei);
  });

  it('has journey CEI 75.65 (1740/23), BEI 83.48 (1920/23), balance −7.83', () => {
    expect(report.journey.cei).toBe(1740 / 23);
    expect(report.journey.bei).toBe(1920 / 23);
    expect(report.journey.cei).toBeCloseTo(75.65, 2);
    expect(report.journey.bei).toBeCloseTo(83.48, 2);
    expect(report.journey.balance).toBeCloseTo(-180 / 23, 12);
    expect(report.journey.balance).toBeCloseTo(-7.83, 2);
  });

  it('has effective share 86.96 % (2000/23) and one un-branded touchpoint', () => {
    expect(report.journey.effectiveShare).toBeCloseTo(2000 / 23, 12);
    expect(report.journey.effectiveShare).toBeCloseTo(86.96, 2);
    expect(report.journey.unbrandedCount).toBe(1);
  });

  it('remembers the emotion at 30.0 (peak Product +5, end Call center −2), against an average of 57.14', () => {
    expect(report.journey.rememberedEmotion).toBe(30);
    expect(report.journey.averageEmotion).toBeCloseTo(400 / 7, 12);
    expect(report.journey.averageEmotion).toBeCloseTo(57.14, 2);
    const analysis = analyseJourney(louisVuitton());
    const nameOf = (id: string | null) => analysis.touchpoints.find((t) => t.touchpoint.id === id)?.touchpoint.name;
    expect(nameOf(analysis.peakTouchpointId)).toBe('Product');
    expect(nameOf(analysis.endTouchpointId)).toBe('Call center');
  });

  it('cuts the IPA quadrant at the means e 2.857 (20/7), w 3.286 (23/7)', () => {
    const { ipa } = analyseJourney(louisVuitton());
    expect(ipa.mode).toBe('mean');
    expect(ipa.cuts?.e).toBeCloseTo(20 / 7, 12);
    expect(ipa.cuts?.w).toBeCloseTo(23 / 7, 12);
    expect(ipa.cuts?.e).toBeCloseTo(2.857, 3);
    expect(ipa.cuts?.w).toBeCloseTo(3.286, 3);
  });

  it.each([
    ['Advertising', 'Keep up the good work'],
    ['Retail store', 'Keep up the good work'],
    ['Product', 'Keep up the good work'],
    ['PR', 'Possible overkill'],
    ['Celebrity events', 'Possible overkill'],
    ['Website', 'Low priority'],
    ['Call center', 'Low priority'],
  ])('IPA: %s is "%s"', (name, label) => {
    expect(byName(name).ipa).toBe(label);
  });

  it('recommends exactly R1 Call center (critical) and R5 Call center (high)', () => {
    const callCenter = byName('Call center').id;
    expect(report.recommendations).toEqual([
      { rule: 'R1', severity: 'critical', touchpointId: callCenter },
      { rule: 'R5', severity: 'high', touchpointId: callCenter },
    ]);
  });
});
