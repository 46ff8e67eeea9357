// @vitest-environment jsdom
// After an edit, a recommendation renders again (and makes its sentence) only when what it shows
// changed: the memo rule of each rule (sameSentence) must never keep a sentence that reads differently.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import type { AnalysedTouchpoint, Recommendation } from '../../src/model/method/index.ts';

vi.mock('../../src/charts/recommendations/recommendation-text.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/charts/recommendations/recommendation-text.ts')>();
  return { ...real, recommendationSentence: vi.fn(real.recommendationSentence) };
});

const { RecommendationList } = await import('../../src/charts/index.ts');
const { recommendationSentence, sameSentence } = await import('../../src/charts/recommendations/recommendation-text.ts');
const { analyse, tp } = await import('./helpers.ts');

afterEach(cleanup);

const RULES: readonly Recommendation['rule'][] = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6'];

/** One touchpoint in many versions: every value a sentence could show, changed alone or together. */
function versions(): AnalysedTouchpoint[] {
  const out: AnalysedTouchpoint[] = [];
  for (const name of ['Shop', 'Shop floor']) {
    for (const emotion of [-5, -1, 0, 2.5, 5, null]) {
      for (const brand of [-4, 1, 5]) {
        for (const importance of [1, 4, 5]) {
          out.push(analyse([tp('t', { name, emotion, brand, importance })]).touchpoints[0]!);
        }
      }
    }
  }
  return out;
}

describe('sameSentence', () => {
  it('says "same" only when the sentence reads the same', () => {
    const all = versions();
    let same = 0;
    for (const rule of RULES) {
      const rec: Recommendation = { id: `${rule}:t`, rule, severity: 'info', touchpointId: rule === 'R6' ? null : 't' };
      for (const a of all) {
        for (const b of all) {
          if (!sameSentence(rule, a, b)) continue;
          same += 1;
          expect(recommendationSentence(rec, b), `${rule}: ${JSON.stringify([a.touchpoint, b.touchpoint])}`).toBe(recommendationSentence(rec, a));
        }
      }
    }
    // Not vacuous: values a rule does not show are ignored.
    expect(same).toBeGreaterThan(RULES.length * all.length);
  });

  it('ignores what a rule does not show and notices what it shows', () => {
    const [calm, moved, rebranded, heavier, renamed] = [
      { emotion: 1, brand: 1, importance: 4 },
      { emotion: 0.5, brand: 1, importance: 4 },
      { emotion: 1, brand: 3, importance: 4 },
      { emotion: 1, brand: 1, importance: 5 },
      { emotion: 1, brand: 1, importance: 4, name: 'Other' },
    ].map((fields) => analyse([tp('t', fields)]).touchpoints[0]!);
    expect(sameSentence('R1', calm, moved)).toBe(true);
    expect(sameSentence('R2', calm, moved)).toBe(true);
    expect(sameSentence('R2', calm, heavier)).toBe(false);
    expect(sameSentence('R4', calm, rebranded)).toBe(false);
    expect(sameSentence('R4', calm, heavier)).toBe(true);
    expect(sameSentence('R5', calm, moved)).toBe(false);
    expect(sameSentence('R1', calm, renamed)).toBe(false);
  });
});

describe('<RecommendationList> after an edit', () => {
  const before = [
    tp('elev', { name: 'Showroom', emotion: 1, brand: 1, importance: 5 }),
    tp('loud', { name: 'Billboard', emotion: 0.5, brand: 3, importance: 3 }),
    tp('last', { name: 'Thank-you card', emotion: 2, brand: 2, importance: 3 }),
  ];
  // The Showroom's emotion changes (its R2 sentence shows only its importance); the Billboard's brand
  // changes (its R4 sentence shows CEI, BEI and their gap).
  const after = before.map((x) => x.id === 'elev' ? { ...x, emotion: 0.5 } : x.id === 'loud' ? { ...x, brand: 4 } : x);
  const none = new Set<string>();
  const noop = () => {};

  it('renders again only the recommendation that reads differently, and draws what a first render draws', () => {
    const a = analyse(before);
    const b = analyse(after);
    expect(a.recommendations.map((r) => r.id)).toEqual(b.recommendations.map((r) => r.id));
    expect(b.recommendations.map((r) => r.id)).toEqual(expect.arrayContaining(['R2:elev', 'R4:loud', 'R6']));
    const { container, rerender } = render(<RecommendationList analysis={a} selectedIds={none} onSelect={noop} />);
    const sentence = vi.mocked(recommendationSentence);
    sentence.mockClear();
    rerender(<RecommendationList analysis={b} selectedIds={none} onSelect={noop} />);
    expect(sentence.mock.calls.map(([rec]) => rec.id)).toEqual(['R4:loud']);
    const markup = new XMLSerializer().serializeToString(container);
    cleanup();
    expect(markup).toContain('CEI 10, BEI 80');
    expect(markup).toBe(new XMLSerializer().serializeToString(render(<RecommendationList analysis={b} selectedIds={none} onSelect={noop} />).container));
  });

  it('renders again the recommendations whose touchpoint is selected or deselected', () => {
    const a = analyse(before);
    const { container, rerender } = render(<RecommendationList analysis={a} selectedIds={none} onSelect={noop} />);
    vi.mocked(recommendationSentence).mockClear();
    rerender(<RecommendationList analysis={a} selectedIds={new Set(['elev'])} onSelect={noop} />);
    expect(vi.mocked(recommendationSentence).mock.calls.map(([rec]) => rec.id)).toEqual(['R2:elev']);
    expect(container.querySelector('button[aria-pressed="true"]')?.textContent).toBe('Showroom');
  });
});
