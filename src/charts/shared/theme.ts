// Colours, fonts and sizes of the charts, as literal values: an exported SVG carries them inline and
// renders on its own, without the app's stylesheet. They match the CSS variables of the app.

import type { Zone } from '../../model/method/index.ts';

export const INK = '#1d2430';
export const INK_SOFT = '#586174';
export const GRID = '#e3e7ee';
export const AXIS = '#aab3c5';
export const PAPER = '#ffffff';
export const ACCENT = '#3358d4';
export const FOCUS = '#3358d4';
export const NO_ZONE = '#8a93a6';

/** Bubble colour of each zone. */
export const ZONE_COLOURS: Readonly<Record<Zone, string>> = Object.freeze({
  branded: '#1f8a5b',
  'non-branded': '#b7791f',
  'un-branded': '#c53030',
});

/** Background tint of each zone in the CEI–BEI quadrant. */
export const ZONE_FILLS: Readonly<Record<Zone, string>> = Object.freeze({
  branded: '#e3f4ec',
  'non-branded': '#fbf0dc',
  'un-branded': '#fbe4e4',
});

/** Text colour of a zone's name (dark enough to read on its tint). */
export const ZONE_TEXT: Readonly<Record<Zone, string>> = Object.freeze({
  branded: '#14603f',
  'non-branded': '#7a4e0f',
  'un-branded': '#8f1f1f',
});

export function zoneColour(zone: Zone | null): string {
  return zone === null ? NO_ZONE : ZONE_COLOURS[zone];
}

/** Lines of the emotion curves. */
export const CURVE = Object.freeze({
  emotion: ACCENT,
  brand: '#0f766e',
  remembered: '#7b3fc4',
  average: INK_SOFT,
  marker: INK,
});

export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export const FONT = Object.freeze({
  /** tick values, axis names, point labels */
  small: 11,
  label: 12,
  zone: 13,
  title: 16,
});
