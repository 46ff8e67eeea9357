// "Export SVG" and "Export PNG" for one chart. The export code (react-dom/server) loads on first use.

import { useState, type ReactElement } from 'react';
import { t } from '../../i18n/index.ts';
import type { LegendItem } from '../shared/legend.ts';
import { fileNameOf } from './svg-size.ts';

export interface ChartExportButtonsProps {
  /** The chart's name, for the buttons' accessible names and the file name ("CEI–BEI quadrant"). */
  chartName: string;
  /** The export title, e.g. the journey name. */
  title: string;
  subtitle?: string;
  legend?: boolean | readonly LegendItem[];
  /** The chart element to export (the same component as on screen). */
  render: () => ReactElement;
  /** PNG scale (default 3: print resolution). */
  scale?: number;
}

export function ChartExportButtons({ chartName, title, subtitle, legend, render, scale = 3 }: ChartExportButtonsProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fileName = fileNameOf(title, chartName);

  const run = async (kind: 'svg' | 'png') => {
    setBusy(true);
    setError(null);
    try {
      const [{ exportChartSvg }, { downloadBlob }] = await Promise.all([import('./export-svg.tsx'), import('./download.ts')]);
      const svg = exportChartSvg(render(), { title, subtitle, legend });
      if (kind === 'svg') {
        downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${fileName}.svg`);
      } else {
        const { svgToPngBlob } = await import('./svg-to-png.ts');
        downloadBlob(await svgToPngBlob(svg, scale), `${fileName}.png`);
      }
    } catch (e) {
      setError(t('chart.export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="cx-export" role="group" aria-label={t('chart.export.group', { chart: chartName })}>
      <button type="button" disabled={busy} onClick={() => void run('svg')} aria-label={t('chart.export.svgLabel', { chart: chartName })}>
        {t('chart.export.svg')}
      </button>
      <button type="button" disabled={busy} onClick={() => void run('png')} aria-label={t('chart.export.pngLabel', { chart: chartName })}>
        {t('chart.export.png')}
      </button>
      {error !== null && <span role="alert" className="cx-export-error">{error}</span>}
    </div>
  );
}
