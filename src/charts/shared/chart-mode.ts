// Whether a chart renders for the screen (interactive) or for an exported file. The export functions
// render the very same chart components inside this context; the components then leave out the
// interactive chrome (focus, tooltips, selection) and draw a title and a legend.

import { createContext, useContext } from 'react';
import type { LegendItem } from './legend.ts';

export interface ChartMode {
  exporting: boolean;
  /** Export title drawn above the chart (e.g. the journey name). */
  title?: string;
  /** Second line under the title (e.g. the chart and path name). */
  subtitle?: string;
  /** `false` leaves the legend out; a list replaces the chart's own legend. */
  legend?: boolean | readonly LegendItem[];
}

export const INTERACTIVE: ChartMode = Object.freeze({ exporting: false });

export const ChartModeContext = createContext<ChartMode>(INTERACTIVE);

export function useChartMode(): ChartMode {
  return useContext(ChartModeContext);
}
