// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { HelpPanel, JourneySummary, RecommendationList } from '../../src/charts/index.ts';
import { analyse, idOf, lvAnalysis, tp } from './helpers.ts';

afterEach(cleanup);

function figure(region: HTMLElement, label: string): string {
  const dt = within(region).getByText(label, { selector: 'dt' });
  return dt.nextElementSibling?.querySelector('.cx-summary-value')?.textContent ?? '';
}

describe('<JourneySummary>', () => {
  it('shows the Louis Vuitton figures with one decimal and the path name', () => {
    render(<JourneySummary analysis={lvAnalysis} pathName="All touchpoints" />);
    const region = screen.getByRole('region', { name: 'Journey summary' });
    expect(within(region).getByText('Path: All touchpoints')).toBeTruthy();
    expect(figure(region, 'Journey CEI')).toBe('75.7');
    expect(figure(region, 'Journey BEI')).toBe('83.5');
    expect(figure(region, 'Balance (CEI − BEI)')).toBe('\u22127.8');
    expect(figure(region, 'Effective share')).toBe('87.0 %');
    expect(figure(region, 'Un-branded touchpoints')).toBe('1');
    expect(figure(region, 'Remembered emotion')).toBe('30.0');
    expect(figure(region, 'Average emotion')).toBe('57.1');
    expect(within(region).getByText(/balanced/)).toBeTruthy();
  });

  it('after an edit shows the figures that changed, as a first render does', () => {
    const before = [tp('a', { emotion: 2, brand: 3, importance: 4 }), tp('b', { emotion: -1, brand: 2, importance: 2 })];
    const after = before.map((x) => (x.id === 'b' ? { ...x, emotion: 4 } : x));
    const { container, rerender } = render(<JourneySummary analysis={analyse(before)} pathName="All touchpoints" />);
    const region = screen.getByRole('region', { name: 'Journey summary' });
    const bei = figure(region, 'Journey BEI');
    rerender(<JourneySummary analysis={analyse(after)} pathName="All touchpoints" />);
    expect(figure(region, 'Journey CEI')).toBe('53.3');
    expect(figure(region, 'Journey BEI')).toBe(bei);
    const markup = new XMLSerializer().serializeToString(container);
    cleanup();
    expect(markup).toBe(new XMLSerializer().serializeToString(render(<JourneySummary analysis={analyse(after)} pathName="All touchpoints" />).container));
  });

  it('shows a dash for missing figures', () => {
    render(<JourneySummary analysis={analyse([tp('a', { name: 'Blank' })])} pathName="Draft" />);
    const region = screen.getByRole('region', { name: 'Journey summary' });
    for (const label of ['Journey CEI', 'Journey BEI', 'Balance (CEI − BEI)', 'Effective share', 'Remembered emotion', 'Average emotion']) {
      expect(figure(region, label), label).toBe('—');
    }
  });
});

describe('<RecommendationList>', () => {
  it('lists R1 and R5 for the Call center, in order, with a sentence each', () => {
    const onSelect = vi.fn();
    render(<RecommendationList analysis={lvAnalysis} selectedIds={new Set()} onSelect={onSelect} />);
    const region = screen.getByRole('region', { name: 'Recommendations' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-rule'))).toEqual(['R1', 'R5']);
    expect(items[0]!.textContent).toContain('Critical');
    expect(within(items[0]!).getByText('Call center is un-branded: it neither pleases customers nor delivers the brand. Redesign it first.')).toBeTruthy();
    expect(items[1]!.textContent).toContain('High');
    expect(within(items[1]!).getByText(/^The journey ends on a negative emotion at Call center \(\u22122\)/)).toBeTruthy();
    fireEvent.click(within(items[0]!).getByRole('button', { name: 'Select Call center' }), { shiftKey: true });
    expect(onSelect).toHaveBeenCalledWith(idOf('Call center'), true);
  });

  it('writes the other rules as sentences too', () => {
    const a = analyse([
      tp('big', { name: 'Showroom', emotion: 1, brand: 1, importance: 5 }),
      tp('small', { name: 'Newsletter', emotion: 2.5, brand: 3, importance: 1 }),
      tp('loud', { name: 'Billboard', emotion: 0.5, brand: 3, importance: 3 }),
    ]);
    render(<RecommendationList analysis={a} selectedIds={new Set()} onSelect={() => {}} />);
    const items = screen.getAllByRole('listitem');
    const rules = items.map((li) => li.getAttribute('data-rule'));
    expect(rules).toEqual(expect.arrayContaining(['R2', 'R3', 'R4', 'R6']));
    const text = (rule: string) => items.find((li) => li.getAttribute('data-rule') === rule)?.querySelector('p')?.textContent;
    expect(text('R2')).toMatch(/^Showroom matters a lot \(importance 5\)/);
    expect(text('R3')).toMatch(/^Newsletter is branded but of low importance \(1\)/);
    expect(text('R4')).toBe('Billboard delivers the brand far more than it pleases customers (CEI 10, BEI 60): make it more enjoyable for them.');
    expect(text('R6')).toMatch(/^No touchpoint creates a strong positive emotion/);
  });

  it('says something positive when there is nothing to do', () => {
    render(<RecommendationList analysis={analyse([tp('a', { emotion: 4, brand: 4, importance: 4 })])} selectedIds={new Set()} onSelect={() => {}} />);
    expect(screen.getByText(/^No recommendations: every scored touchpoint is where the method wants it/)).toBeTruthy();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });
});

describe('<HelpPanel>', () => {
  it('explains peak-end, CEI and BEI, the zones, the diagonal and IPA', () => {
    render(<HelpPanel thresholds={{ brandedThreshold: 60, unbrandedThreshold: -20 }} />);
    const headings = screen.getAllByRole('heading').map((h) => h.textContent ?? '');
    for (const h of [/peak-end/i, /CEI and BEI/, /three zones/i, /diagonal/i, /importance–performance/i]) {
      expect(headings.some((x) => h.test(x)), String(h)).toBe(true);
    }
    expect(screen.getByText(/CEI and BEI are both 60 or more/)).toBeTruthy();
    expect(screen.getByText(/below \u221220/)).toBeTruthy();
    expect(screen.getByText(/Southwest Airlines, Amazon or IKEA/)).toBeTruthy();
  });
});
