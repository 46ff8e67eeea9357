// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { CeiBeiQuadrant, IpaQuadrant } from '../../src/charts/index.ts';
import { idOf, lvAnalysis } from './helpers.ts';

afterEach(cleanup);

const CALL_TITLE = 'Call center — CEI \u221240, BEI \u221220, importance 1, un-branded';

describe('<CeiBeiQuadrant>', () => {
  it('is a named group mentioning CEI and BEI, with one named button per bubble', () => {
    render(<CeiBeiQuadrant analysis={lvAnalysis} selectedIds={new Set()} onSelect={() => {}} />);
    const chart = screen.getByRole('group', { name: /CEI.*BEI/ });
    expect(within(chart).getAllByRole('button')).toHaveLength(7);
    const call = within(chart).getByRole('button', { name: CALL_TITLE });
    expect(call.querySelector('title')?.textContent).toBe(CALL_TITLE);
    expect(call.getAttribute('tabindex')).toBe('0');
    // The bubble is the button itself (a circle, no wrapping group).
    expect(call.tagName).toBe('circle');
    expect(call.getAttribute('fill')).toBe('#c53030');
    expect(screen.getByRole('button', { name: /^Product — / }).getAttribute('fill')).toBe('#1f8a5b');
    expect(screen.getByRole('button', { name: /^Website — / }).getAttribute('fill')).toBe('#b7791f');
  });

  it('selects with a click, Enter and Space; Shift or ⌘ adds to the selection', () => {
    const onSelect = vi.fn();
    render(<CeiBeiQuadrant analysis={lvAnalysis} selectedIds={new Set()} onSelect={onSelect} />);
    const call = screen.getByRole('button', { name: CALL_TITLE });
    fireEvent.click(call);
    fireEvent.keyDown(call, { key: 'Enter' });
    fireEvent.keyDown(call, { key: ' ', shiftKey: true });
    fireEvent.click(call, { metaKey: true });
    fireEvent.keyDown(call, { key: 'a' });
    const id = idOf('Call center');
    expect(onSelect.mock.calls).toEqual([[id, false], [id, false], [id, true], [id, true]]);
  });

  it('shows the selection and a tooltip with the figures on focus', () => {
    render(<CeiBeiQuadrant analysis={lvAnalysis} selectedIds={new Set([idOf('Call center')])} onSelect={() => {}} />);
    const call = screen.getByRole('button', { name: CALL_TITLE });
    expect(call.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: /^PR — / }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByTestId('chart-tooltip')).toBeNull();
    fireEvent.focus(call);
    const tip = screen.getByTestId('chart-tooltip');
    expect(tip.textContent).toContain('CEI \u221240 · BEI \u221220');
    expect(tip.textContent).toContain('Zone: un-branded');
    fireEvent.blur(call);
    expect(screen.queryByTestId('chart-tooltip')).toBeNull();
  });

  it('writes the zone names and selects a touchpoint by its label', () => {
    const onSelect = vi.fn();
    const { container } = render(<CeiBeiQuadrant analysis={lvAnalysis} selectedIds={new Set()} onSelect={onSelect} />);
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Branded', 'Non-branded', 'Un-branded']));
    const label = [...container.querySelectorAll('tspan')].find((t) => t.textContent === 'Product')!;
    fireEvent.click(label);
    expect(onSelect).toHaveBeenCalledWith(idOf('Product'), false);
  });

  it('draws its zones from the journey thresholds', () => {
    const analysis = { ...lvAnalysis, settings: { ...lvAnalysis.settings, brandedThreshold: 60, unbrandedThreshold: -20 } };
    const { container } = render(<CeiBeiQuadrant analysis={analysis} selectedIds={new Set()} onSelect={() => {}} width={600} height={600} />);
    const branded = container.querySelector('polygon[data-zone="branded"]')!;
    const points = branded.getAttribute('points')!.split(' ').map((p) => p.split(',').map(Number));
    // x(60) on a 600-wide chart: the plot starts at 60 and is 516 wide (−100…100).
    expect(points[0]![0]).toBeCloseTo(60 + (516 * 160) / 200, 6);
  });
});

describe('<IpaQuadrant>', () => {
  it('names its bubbles with emotion, importance and quadrant, and writes the four quadrants', () => {
    const { container } = render(<IpaQuadrant analysis={lvAnalysis} selectedIds={new Set()} onSelect={() => {}} />);
    expect(screen.getByRole('group', { name: /importance/i })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Website — emotion 1, importance 2: Low priority' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Advertising — emotion 4, importance 4: Keep up the good work' })).toBeTruthy();
    const text = container.textContent ?? '';
    for (const q of ['Concentrate here', 'Low priority', 'Possible overkill']) expect(text).toContain(q);
    expect(text.replace(/\s+/g, ' ')).toContain('Keep up the good');
  });
});
