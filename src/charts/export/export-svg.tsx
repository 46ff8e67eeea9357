// Exports a chart as a standalone SVG document: the SAME chart component, rendered to static markup
// in the export mode (title, legend, explicit size, inline colours, no interactive chrome). React
// escapes every text, so names stay text in the file.

import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ChartModeContext, type ChartMode } from '../shared/chart-mode.ts';
import type { LegendItem } from '../shared/legend.ts';

export interface ExportSvgOptions {
  /** Drawn above the chart, e.g. the journey name. */
  title: string;
  /** Second line, e.g. "CEI–BEI quadrant · All touchpoints"; the chart's name when absent. */
  subtitle?: string;
  /** `false` leaves the legend out; a list replaces the chart's own. */
  legend?: boolean | readonly LegendItem[];
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The SVG document of a chart element (e.g. `<CeiBeiQuadrant … />`). */
export function exportChartSvg(element: ReactElement, options: ExportSvgOptions): string {
  const mode: ChartMode = { exporting: true, title: options.title, subtitle: options.subtitle, legend: options.legend };
  const markup = renderToStaticMarkup(<ChartModeContext value={mode}>{element}</ChartModeContext>);
  if (!markup.startsWith('<svg')) throw new Error('exportChartSvg: the element did not render an <svg> chart');
  return `${XML_DECLARATION}${markup}\n`;
}
