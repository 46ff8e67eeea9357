// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import {
  CeiBeiQuadrant, ChartExportButtons, IpaQuadrant, JourneyEmotionCurve, TouchpointEmotionCurve,
  fileNameOf, svgSize,
} from '../../src/charts/index.ts';
import { exportChartSvg } from '../../src/charts/export/export-svg.tsx';
import { analyseJourney } from '../../src/model/method/index.ts';
import { louisVuitton } from '../../src/model/templates/index.ts';
import { lv, lvAnalysis, touchpointNamed } from './helpers.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const none = new Set<string>();
const noop = () => {};
const EVIL = '<img src=x onerror=alert(1)>';

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

function texts(doc: Document): string[] {
  return [...doc.querySelectorAll('text, tspan')].map((t) => t.textContent ?? '');
}

describe('exportChartSvg', () => {
  it('renders the same chart as a standalone SVG with the journey name, a legend and no interactive chrome', () => {
    const svg = exportChartSvg(<CeiBeiQuadrant analysis={lvAnalysis} selectedIds={new Set(['t7'])} onSelect={noop} />, { title: lv.name });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe('600');
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(600);
    expect(svgSize(svg)).toEqual({ width: 600, height: Number(root.getAttribute('height')) });
    expect(texts(doc)).toEqual(expect.arrayContaining(['Louis Vuitton multi-channel', 'CEI–BEI quadrant', 'Branded: CEI and BEI ≥ 40']));
    expect(root.querySelector('title')?.textContent).toContain('Louis Vuitton multi-channel');
    expect(doc.querySelectorAll('[tabindex], [role="button"], style, [aria-pressed]')).toHaveLength(0);
    // Bubbles keep their titles; colours are inline.
    const titles = [...doc.querySelectorAll('g > title')].map((t) => t.textContent);
    expect(titles).toContain('Call center — CEI \u221240, BEI \u221220, importance 1, un-branded');
    expect(doc.querySelector('polygon[data-zone="branded"]')?.getAttribute('fill')).toBe('#e3f4ec');
    // No selection ring in an export (the selected Call center is drawn like the others).
    expect(svg).not.toContain('stroke-width="2.5"');
  });

  it('escapes names: markup in a name stays text', () => {
    const j = louisVuitton({ name: EVIL });
    j.touchpoints[0]!.name = EVIL;
    j.stages[0]!.name = EVIL;
    const a = analyseJourney(j);
    for (const element of [
      <CeiBeiQuadrant key="c" analysis={a} selectedIds={none} onSelect={noop} />,
      <IpaQuadrant key="i" analysis={a} selectedIds={none} onSelect={noop} />,
      <JourneyEmotionCurve key="j" analysis={a} stages={j.stages} selectedIds={none} onSelect={noop} />,
    ]) {
      const svg = exportChartSvg(element, { title: j.name });
      expect(svg).not.toContain('<img');
      expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
      const doc = parse(svg);
      expect(doc.getElementsByTagName('img')).toHaveLength(0);
      expect(doc.querySelectorAll('[onerror]')).toHaveLength(0);
      expect(texts(doc)).toContain(EVIL);
    }
  });

  it('exports the touchpoint curve and the journey curve with their legends', () => {
    const store = exportChartSvg(<TouchpointEmotionCurve touchpoint={touchpointNamed('Retail store')} selectedIds={none} onSelect={noop} showBrand />, { title: lv.name });
    expect(texts(parse(store))).toEqual(expect.arrayContaining(['Emotion curve of Retail store', 'Brand delivery', 'Remembered emotion (peak-end)']));
    const journey = exportChartSvg(<JourneyEmotionCurve analysis={lvAnalysis} stages={lv.stages} selectedIds={none} onSelect={noop} />, { title: lv.name, subtitle: 'All touchpoints', legend: false });
    const doc = parse(journey);
    expect(texts(doc)).toContain('All touchpoints');
    expect(texts(doc)).not.toContain('Customer emotion');
  });

  it('refuses an element that is not a chart', () => {
    expect(() => exportChartSvg(<p>hello</p>, { title: 'x' })).toThrow(/did not render an <svg>/);
  });

  it('makes safe file names', () => {
    expect(fileNameOf('Louis Vuitton multi-channel', 'CEI–BEI quadrant')).toBe('louis-vuitton-multi-channel-cei-bei-quadrant');
    expect(fileNameOf(EVIL)).toBe('img-src-x-onerror-alert-1');
    expect(fileNameOf('///')).toBe('chart');
  });
});

describe('<ChartExportButtons>', () => {
  it('names its buttons after the chart and downloads the SVG', async () => {
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((b: Blob) => { created.push(b); return 'blob:test'; }),
      revokeObjectURL: vi.fn(),
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('louis-vuitton-multi-channel-cei-bei-quadrant.svg');
    });
    render(
      <ChartExportButtons chartName="CEI–BEI quadrant" title={lv.name}
        render={() => <CeiBeiQuadrant analysis={lvAnalysis} selectedIds={none} onSelect={noop} />} />,
    );
    expect(screen.getByRole('button', { name: 'Export CEI–BEI quadrant as PNG' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export CEI–BEI quadrant as SVG' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(created[0]?.type).toBe('image/svg+xml;charset=utf-8');
    expect(await created[0]!.text()).toContain('>Louis Vuitton multi-channel</text>');
  });
});
