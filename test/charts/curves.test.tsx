// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { JourneyEmotionCurve, TouchpointEmotionCurve } from '../../src/charts/index.ts';
import { analyse, idOf, lv, lvAnalysis, touchpointNamed, tp } from './helpers.ts';

afterEach(cleanup);

describe('<JourneyEmotionCurve>', () => {
  it('marks the peak (Product) and the end (Call center) and labels them', () => {
    const { container } = render(<JourneyEmotionCurve analysis={lvAnalysis} stages={lv.stages} selectedIds={new Set()} onSelect={() => {}} />);
    expect(screen.getByRole('group', { name: /emotion curve/i })).toBeTruthy();
    // The marker rings are centred on their points.
    const centre = (el: Element | null) => [el?.getAttribute('cx'), el?.getAttribute('cy')];
    const product = screen.getByRole('button', { name: /^Product — .*\(peak\)$/ });
    expect(centre(container.querySelector('[data-marker="peak"]'))).toEqual(centre(product));
    const call = screen.getByRole('button', { name: 'Call center — emotion \u22122, brand delivery \u22121, importance 1 (end)' });
    expect(centre(container.querySelector('[data-marker="end"]'))).toEqual(centre(call));
    expect(container.querySelectorAll('[data-marker]')).toHaveLength(2);
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Peak', 'End', 'Remembered +1.5 (CEI 30.0)', 'Average +2.9', 'Anticipation', 'Purchase', 'Consumption']));
  });

  it('draws the brand curve only when asked', () => {
    const { container, rerender } = render(<JourneyEmotionCurve analysis={lvAnalysis} stages={lv.stages} selectedIds={new Set()} onSelect={() => {}} />);
    expect(container.querySelector('[data-curve="brand"]')).toBeNull();
    rerender(<JourneyEmotionCurve analysis={lvAnalysis} stages={lv.stages} selectedIds={new Set()} onSelect={() => {}} showBrand />);
    expect(container.querySelector('[data-curve="brand"]')).not.toBeNull();
  });

  it('lists the touchpoints without emotion under the chart', () => {
    const a = analyse([tp('a', { name: 'Ad', emotion: 2, brand: 1 }), tp('b', { name: 'Shop' }), tp('c', { name: 'Survey' })]);
    render(<JourneyEmotionCurve analysis={a} stages={[]} selectedIds={new Set()} onSelect={() => {}} />);
    expect(screen.getByTestId('not-shown').textContent).toBe('Not scored: Shop, Survey');
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });

  it('selects a point with Enter', () => {
    const onSelect = vi.fn();
    render(<JourneyEmotionCurve analysis={lvAnalysis} stages={lv.stages} selectedIds={new Set()} onSelect={onSelect} />);
    fireEvent.keyDown(screen.getByRole('button', { name: /^Website — / }), { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith(idOf('Website'), false);
  });
});

describe('<TouchpointEmotionCurve>', () => {
  it('shows the Retail store moments with Status as peak and end', () => {
    const store = touchpointNamed('Retail store');
    const onSelect = vi.fn();
    const { container } = render(<TouchpointEmotionCurve touchpoint={store} selectedIds={new Set()} onSelect={onSelect} />);
    expect(screen.getByRole('group', { name: /Retail store/ })).toBeTruthy();
    const status = screen.getByRole('button', { name: 'Status — emotion 5, brand delivery 5 (peak and end)' });
    fireEvent.click(status);
    expect(onSelect).toHaveBeenCalledWith(store.moments![4]!.id, false);
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Peak & end', 'Remembered +5.0 (CEI 100.0)', 'Average +1.0']));
  });

  it('says so when the touchpoint has no moments', () => {
    render(<TouchpointEmotionCurve touchpoint={touchpointNamed('Website')} selectedIds={new Set()} onSelect={() => {}} />);
    expect(screen.getByText('Website has no moments: add moments to see its emotion curve.')).toBeTruthy();
  });
});
