// The <svg> root of every chart. On screen: responsive (viewBox, 100 % wide), a named group whose
// points stay interactive. In an export: explicit width and height, xmlns, a white page, the title
// above and the legend under the chart, and nothing interactive.

import type { CSSProperties, ReactNode } from 'react';
import { useChartMode } from './chart-mode.ts';
import { layoutLegend, LEGEND_SWATCH, type LegendItem } from './legend.ts';
import { FONT, FONT_FAMILY, INK, INK_SOFT, PAPER } from './theme.ts';

export interface ChartFrameProps {
  /** Size of the chart's own drawing (its viewBox). */
  width: number;
  height: number;
  /** Accessible name of the chart. */
  label: string;
  /** Short name (export subtitle when none is given). */
  name?: string;
  description?: string;
  /** The chart's legend (drawn in exports). */
  legend: readonly LegendItem[];
  children: ReactNode;
}

/**
 * On screen. `isolation: isolate` makes the chart a paint layer of its own in Chromium: an edit that
 * leaves a chart unchanged (the moments curve, the other charts of the page) no longer repaints it
 * with whatever changed around it (measured: paint and layerize time of an edit about halved when
 * two of the four charts of the bench page stay the same). It changes nothing that is drawn.
 */
const screenStyles = new Map<number, CSSProperties>();
function screenStyle(width: number): CSSProperties {
  // One object per width: a new object on every render made React compare the style key by key.
  let style = screenStyles.get(width);
  if (style === undefined) {
    style = Object.freeze({ display: 'block', maxWidth: width, height: 'auto', overflow: 'visible', isolation: 'isolate' });
    if (screenStyles.size >= 64) screenStyles.clear();
    screenStyles.set(width, style);
  }
  return style;
}

/** The marks draw their own focus ring (FocusRing), so the browser's outline box is turned off. One
 *  element for every chart and render: React skips it. */
const FOCUS_STYLE = <style>{'.cxc-pt{cursor:pointer;outline:none}'}</style>;

export function ChartFrame({ width, height, label, name, description, legend, children }: ChartFrameProps) {
  const mode = useChartMode();
  if (!mode.exporting) {
    return (
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="group"
        aria-label={label}
        fontFamily={FONT_FAMILY}
        style={screenStyle(width)}
      >
        <title>{label}</title>
        {description !== undefined && <desc>{description}</desc>}
        {FOCUS_STYLE}
        {children}
      </svg>
    );
  }

  const items = mode.legend === false ? [] : Array.isArray(mode.legend) ? mode.legend : legend;
  const legendLayout = layoutLegend(items, width, FONT.small);
  const title = mode.title ?? '';
  const subtitle = mode.subtitle ?? name ?? label;
  const header = (title !== '' ? 28 : 0) + (subtitle !== '' ? 20 : 0) + (title !== '' || subtitle !== '' ? 10 : 0);
  const total = header + height + legendLayout.height;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={total}
      viewBox={`0 0 ${width} ${total}`}
      role="img"
      aria-label={title !== '' ? `${title}: ${label}` : label}
      fontFamily={FONT_FAMILY}
    >
      <title>{title !== '' ? `${title}: ${label}` : label}</title>
      {description !== undefined && <desc>{description}</desc>}
      <rect x={0} y={0} width={width} height={total} fill={PAPER} />
      {title !== '' && (
        <text x={16} y={26} fontSize={FONT.title} fontWeight={600} fill={INK}>{title}</text>
      )}
      {subtitle !== '' && (
        <text x={16} y={title !== '' ? 46 : 20} fontSize={FONT.label} fill={INK_SOFT}>{subtitle}</text>
      )}
      <g transform={`translate(0 ${header})`}>{children}</g>
      {legendLayout.entries.length > 0 && (
        <g transform={`translate(0 ${header + height})`} fontSize={FONT.small} fill={INK}>
          {legendLayout.entries.map(({ item, x, y }) => (
            <g key={`${item.swatch}-${item.label}`} transform={`translate(${x} ${y})`}>
              <Swatch kind={item.swatch} colour={item.colour} />
              <text x={LEGEND_SWATCH + 6} y={4} fill={INK}>{item.label}</text>
            </g>
          ))}
        </g>
      )}
    </svg>
  );
}

function Swatch({ kind, colour }: { kind: LegendItem['swatch']; colour: string }) {
  const s = LEGEND_SWATCH;
  switch (kind) {
    case 'fill':
      return <rect x={0} y={-s / 2 + 2} width={s} height={s - 4} fill={colour} stroke={INK_SOFT} strokeWidth={0.5} />;
    case 'bubble':
      return <circle cx={s / 2} cy={0} r={6} fill={colour} fillOpacity={0.75} stroke={colour} strokeWidth={1.5} />;
    case 'ring':
      return <circle cx={s / 2} cy={0} r={6} fill="none" stroke={colour} strokeWidth={2} />;
    case 'dashed':
      return <line x1={0} x2={s} y1={0} y2={0} stroke={colour} strokeWidth={2} strokeDasharray="5 3" />;
    case 'dotted':
      return <line x1={0} x2={s} y1={0} y2={0} stroke={colour} strokeWidth={2} strokeDasharray="2 2" />;
    default:
      return <line x1={0} x2={s} y1={0} y2={0} stroke={colour} strokeWidth={2} />;
  }
}
