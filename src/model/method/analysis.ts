// Everything METHOD.md derives from a journey over one path, in one typed result for the app.
// The command line's `compute` output (report.ts) is a projection of it.

import { settingsOf, type Journey, type Settings, type Touchpoint } from '../types.ts';
import { ipa, type IpaAnalysis, type IpaLabel } from './ipa.ts';
import { journeyFigures, type JourneyFigures } from './journey-figures.ts';
import { resolvePath } from './path.ts';
import { recommendations, type Recommendation } from './recommendations.ts';
import { peakEndIndices } from './remembered.ts';
import { indexPath, type IndexedTouchpoint } from './touchpoint.ts';

export interface AnalysedTouchpoint extends IndexedTouchpoint {
  /** IPA quadrant label; `null` when the touchpoint has no e_t. */
  ipa: IpaLabel | null;
}

export interface PathAnalysis {
  settings: Settings;
  /** The path's touchpoints with their indices, in path order. */
  touchpoints: AnalysedTouchpoint[];
  figures: JourneyFigures;
  ipa: IpaAnalysis;
  /**
   * METHOD.md §8, sorted. Worked out on first read and kept: the editor draws its charts and figures
   * in an edit's frame and its recommendation list in a render after it, which is then the one that
   * pays for them.
   */
  readonly recommendations: Recommendation[];
  /** The touchpoint whose e_t is the peak of the remembered emotion (`null` when none is scored). */
  peakTouchpointId: string | null;
  /** The last touchpoint of the path with an e_t (`null` when none is scored). */
  endTouchpointId: string | null;
}

export interface JourneyAnalysis extends PathAnalysis {
  /** The named path analysed, or `null` for the default path. */
  pathId: string | null;
}

/** Analyses an explicit, ordered list of touchpoints (e.g. a path being drawn in the editor). */
export function analysePath(path: readonly Touchpoint[], settings: Settings): PathAnalysis {
  return analysed(path, settings, {});
}

/** The analysis with `more` properties (an object literal: spreading one would read the lazy
 *  recommendations at once). */
function analysed<More extends object>(path: readonly Touchpoint[], settings: Settings, more: More): PathAnalysis & More {
  const indexed = indexPath(path, settings);
  const quadrant = ipa(
    indexed.map(({ touchpoint, indices }) => ({ e: indices.e, w: touchpoint.importance })),
    settings.ipaCut,
  );
  const touchpoints = indexed.map((item, i) => ({ ...item, ipa: quadrant.labels[i] ?? null }));
  const peakEnd = peakEndIndices(indexed.map(({ indices }) => indices.e));
  const idAt = (i: number) => indexed[i]?.touchpoint.id ?? null;
  let recs: Recommendation[] | null = null;
  return {
    settings,
    touchpoints,
    figures: journeyFigures(indexed),
    ipa: quadrant,
    get recommendations(): Recommendation[] {
      recs ??= recommendations(indexed);
      return recs;
    },
    peakTouchpointId: peakEnd === null ? null : idAt(peakEnd.peakIndex),
    endTouchpointId: peakEnd === null ? null : idAt(peakEnd.endIndex),
    ...more,
  };
}

/**
 * Analyses a journey over its default path (METHOD.md §5), or over the named path. An unknown path
 * id throws an UnknownPathError.
 */
export function analyseJourney(journey: Journey, pathId?: string): JourneyAnalysis {
  return analysed(resolvePath(journey, pathId), settingsOf(journey), { pathId: pathId ?? null });
}
