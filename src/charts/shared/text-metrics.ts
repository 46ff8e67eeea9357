// Text widths estimated without a DOM (label layout runs as a pure function, in tests and in the
// bench too). The widths are DejaVu Sans advances, the widest of the usual sans-serif fonts, so the
// estimate errs on the wide side with narrower fonts (Segoe UI, Roboto, Helvetica).

import { BoundedCache } from './bounded-cache.ts';

const WIDTHS: Record<string, number> = {
  ' ': 0.318, '!': 0.4, '"': 0.46, '#': 0.838, '$': 0.636, '%': 0.95, '&': 0.78, "'": 0.275, '(': 0.39,
  ')': 0.39, '*': 0.5, '+': 0.838, ',': 0.318, '-': 0.361, '.': 0.318, '/': 0.337, ':': 0.337, ';': 0.337,
  '<': 0.838, '=': 0.838, '>': 0.838, '?': 0.531, '@': 1.0, '[': 0.39, ']': 0.39, '_': 0.5, '|': 0.337,
  a: 0.613, b: 0.635, c: 0.55, d: 0.635, e: 0.615, f: 0.352, g: 0.635, h: 0.634, i: 0.278, j: 0.278,
  k: 0.579, l: 0.278, m: 0.974, n: 0.634, o: 0.612, p: 0.635, q: 0.635, r: 0.411, s: 0.521, t: 0.392,
  u: 0.634, v: 0.592, w: 0.818, x: 0.592, y: 0.592, z: 0.525,
  A: 0.684, B: 0.686, C: 0.698, D: 0.77, E: 0.632, F: 0.575, G: 0.775, H: 0.752, I: 0.295, J: 0.295,
  K: 0.656, L: 0.557, M: 0.863, N: 0.748, O: 0.787, P: 0.603, Q: 0.787, R: 0.695, S: 0.635, T: 0.611,
  U: 0.732, V: 0.684, W: 0.989, X: 0.685, Y: 0.611, Z: 0.685,
  '\u2212': 0.838, '\u2014': 1.0, '\u2013': 0.5, '\u2026': 1.0, '\u00b7': 0.318,
};
const DIGIT = 0.636;
const DEFAULT = 0.64;
const WIDE = 1.0;
const BOLD = 1.08;

function charWidth(ch: string): number {
  const known = WIDTHS[ch];
  if (known !== undefined) return known;
  if (ch >= '0' && ch <= '9') return DIGIT;
  const code = ch.codePointAt(0) ?? 0;
  // CJK, Hangul, full-width forms and emoji take a full em.
  if (code >= 0x2e80) return WIDE;
  return DEFAULT;
}

// Names are measured again on every edit and by every chart: remember the widths in ems.
const CACHE_LIMIT = 10_000;
const emCache = new BoundedCache<string, number>(CACHE_LIMIT);

function measureEm(text: string): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em;
}

const emWidth = (text: string): number => emCache.get(text, measureEm);

/** Estimated width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return emWidth(text) * fontSize * (bold ? BOLD : 1);
}

/** Line box height for a font size (px). */
export function lineHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.25);
}

const ELLIPSIS = '\u2026';

// Every chart cuts every name again after an edit (the journey curve's axis, the bubble labels): the
// cuts of each text are remembered by text first, so that a lookup hashes no new string.
interface Cut {
  maxWidth: number;
  fontSize: number;
  bold: boolean;
  text: string;
}
const cutCache = new BoundedCache<string, Cut[]>(CACHE_LIMIT);
const noCuts = (): Cut[] => [];

/** The text, cut with an ellipsis so that it fits `maxWidth` (the whole text when it fits). */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const cuts = cutCache.get(text, noCuts);
  for (const c of cuts) {
    if (c.maxWidth === maxWidth && c.fontSize === fontSize && c.bold === bold) return c.text;
  }
  const cut = cutText(text, maxWidth, fontSize, bold);
  // A text is cut to a few widths at most (a chart's label width, its room near the left edge).
  if (cuts.length >= 8) cuts.shift();
  cuts.push({ maxWidth, fontSize, bold, text: cut });
  return cut;
}

function cutText(text: string, maxWidth: number, fontSize: number, bold: boolean): string {
  const chars = [...text];
  const room = maxWidth - textWidth(ELLIPSIS, fontSize, bold);
  let width = 0;
  let n = 0;
  for (const ch of chars) {
    const w = charWidth(ch) * fontSize * (bold ? BOLD : 1);
    if (width + w > room) break;
    width += w;
    n += 1;
  }
  return n === 0 ? ELLIPSIS : `${chars.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
}

/**
 * Breaks a text into at most `maxLines` lines at spaces so that each fits `maxWidth`; `null` when it
 * cannot (a word is too long, or more lines would be needed).
 */
export function wrap(text: string, maxWidth: number, fontSize: number, maxLines = 2): string[] | null {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [''];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line === '' || textWidth(word, fontSize) > maxWidth) return null;
    lines.push(line);
    line = word;
  }
  lines.push(line);
  return lines.length <= maxLines ? lines : null;
}
