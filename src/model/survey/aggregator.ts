// The streaming survey aggregator (METHOD.md §6): rows go in one at a time, and only sums per
// column are kept, never the rows. Memory is O(columns) whatever the file size.
//
// The scale in one pass, exactly. Emotion is affine in the rating, e = −5 + 10 (x − lo)/(hi − lo), so
// the mean emotion follows from the weighted mean rating once lo and hi are known, and Pearson's r
// is the same for x and for e. The top box (x = hi) follows from the weight at each column's running
// maximum (see WeightedMean). So the aggregator works on raw ratings, records each column's range
// over all rows (before segment filters) for the inferred scale, and applies the scale in result():
// the command line streams the file once with or without --scale, and a user who edits the scale
// gets new figures without reading the file again.
import { CategoryCellReader, MISSING, NOT_NUMERIC, NumericCellReader, type CellReader } from './cells.ts';
import { nonNumericCell, outsideScale } from './errors.ts';
import { resolveMapping, type ResolvedMapping, type SurveyMapping } from './mapping.ts';
import { brandFigures, touchpointFigures, type TouchpointFigures } from './figures.ts';
import { NonNumericTally, type SurveyReport } from './report.ts';
import { inferScale, type Scale, type ValueRange } from './scale.ts';
import { WeightedMean } from './weighted-mean.ts';
import { WeightedPearson } from './weighted-pearson.ts';

/** Whether trimming could change the cell: an edge character that is a control, space or non-ASCII. */
const edgy = (code: number) => code <= 32 || code >= 127;
const hasEdgeSpace = (cell: string) => cell.length > 0 && (edgy(cell.charCodeAt(0)) || edgy(cell.charCodeAt(cell.length - 1)));

export interface SurveyResult {
  /** Rows kept after segment filters and weight checks. */
  respondents: number;
  /** The scale used: given, or inferred (null when no rating column has a value). */
  scale: Scale | null;
  touchpoints: TouchpointFigures[];
  report: SurveyReport;
}

export class SurveyAggregator {
  readonly columns: ResolvedMapping;
  private readonly given: Scale | null;
  private readonly strict: boolean;
  private readonly rating: NumericCellReader;
  private readonly weight = new NumericCellReader();
  private readonly outcome: CellReader | null;
  /** Rating columns, then brand columns: the columns the scale is read from. */
  private readonly scanned: number[];
  /** Per touchpoint, the brand column's place in `scanned`, or −1. */
  private readonly brandSlot: number[];
  private readonly values: Float64Array;
  private readonly lows: Float64Array;
  private readonly highs: Float64Array;
  private readonly means: WeightedMean[];
  private readonly pairs: WeightedPearson[];
  private readonly tally = new NonNumericTally();
  private rows = 0;
  private respondents = 0;
  private withOutcome = 0;
  private readonly leftOut = { segment: 0, missingWeight: 0, zeroWeight: 0, negativeWeight: 0 };

  /** Throws SurveyInputError when a column is unknown or the mapping is inconsistent. */
  constructor(header: readonly string[], mapping: SurveyMapping) {
    this.columns = resolveMapping(header, mapping);
    this.given = mapping.scale ?? null;
    this.strict = mapping.nonNumeric !== 'missing';
    this.rating = new NumericCellReader(mapping.ratingNa);
    this.outcome = this.columns.outcome < 0 ? null
      : mapping.outcomeMap ? new CategoryCellReader(mapping.outcomeMap, mapping.outcomeNa)
        : new NumericCellReader(mapping.outcomeNa);
    this.scanned = [...this.columns.ratings];
    this.brandSlot = this.columns.brands.map((index) => (index < 0 ? -1 : this.scanned.push(index) - 1));
    const count = this.scanned.length;
    this.values = new Float64Array(count);
    this.lows = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
    this.highs = new Float64Array(count).fill(Number.NEGATIVE_INFINITY);
    this.means = this.scanned.map(() => new WeightedMean());
    this.pairs = this.columns.ratings.map(() => new WeightedPearson());
  }

  /** Adds one data row; `rowNumber` is its 1-based number among data rows (header not counted). */
  add(row: readonly string[], rowNumber: number): void {
    this.rows++;
    const { scanned, values, lows, highs, given } = this;
    for (let i = 0; i < scanned.length; i++) {
      let x = this.rating.read(row[scanned[i]!]);
      if (x === NOT_NUMERIC) x = this.notNumeric(row, scanned[i]!, rowNumber);
      else if (x === x) {
        if (x < lows[i]!) lows[i] = x;
        if (x > highs[i]!) highs[i] = x;
        if (given !== null && (x < given[0] || x > given[1])) {
          throw outsideScale(rowNumber, this.columns.names[scanned[i]!]!, x, given[0], given[1]);
        }
      }
      values[i] = x;
    }
    let y = MISSING;
    if (this.outcome !== null) {
      y = this.outcome.read(row[this.columns.outcome]);
      if (y === NOT_NUMERIC) y = this.notNumeric(row, this.columns.outcome, rowNumber);
    }
    if (!this.inSegment(row)) {
      this.leftOut.segment++;
      return;
    }
    const w = this.weightOf(row, rowNumber);
    if (w !== w) return;
    this.respondents++;
    const hasY = y === y;
    if (hasY) this.withOutcome++;
    for (let i = 0; i < scanned.length; i++) {
      const x = values[i]!;
      if (x !== x) continue;
      this.means[i]!.add(x, w);
      if (hasY && i < this.pairs.length) this.pairs[i]!.add(x, y, w);
    }
  }

  /** The figures, on `scale` when given, else the mapping's scale, else the inferred one. */
  result(scale?: Scale): SurveyResult {
    const used = scale ?? this.given ?? inferScale(this.ranges());
    if (scale) this.checkScale(scale);
    const names = this.columns.names;
    const brands = this.brandSlot.map((slot) =>
      slot < 0 ? null : brandFigures(names[this.scanned[slot]!]!, this.means[slot]!, used));
    const ratingColumns = this.columns.ratings.map((index) => names[index]!);
    return {
      respondents: this.respondents,
      scale: used,
      touchpoints: touchpointFigures(ratingColumns, this.means.slice(0, ratingColumns.length), this.pairs, brands, used),
      report: {
        rows: this.rows,
        respondents: this.respondents,
        leftOut: { ...this.leftOut },
        withoutOutcome: this.respondents - this.withOutcome,
        nonNumeric: this.tally.list(),
      },
    };
  }

  /** Per scanned column (ratings, then brands), its values' range over all rows. */
  ranges(): ValueRange[] {
    return this.scanned.map((_, i) => ({ min: this.lows[i]!, max: this.highs[i]! }));
  }

  private checkScale([lo, hi]: Scale): void {
    this.ranges().forEach((range, i) => {
      const name = this.columns.names[this.scanned[i]!]!;
      if (range.min < lo) throw outsideScale(null, name, range.min, lo, hi);
      if (range.max > hi) throw outsideScale(null, name, range.max, lo, hi);
    });
  }

  private inSegment(row: readonly string[]): boolean {
    for (const { index, values } of this.columns.segments) {
      const cell = row[index];
      if (cell === undefined || !(values.has(cell) || (hasEdgeSpace(cell) && values.has(cell.trim())))) return false;
    }
    return true;
  }

  /** The row's weight, or NaN (counted) when it is left out. */
  private weightOf(row: readonly string[], rowNumber: number): number {
    if (this.columns.weight < 0) return 1;
    let w = this.weight.read(row[this.columns.weight]);
    if (w === NOT_NUMERIC) w = this.notNumeric(row, this.columns.weight, rowNumber);
    if (w !== w) this.leftOut.missingWeight++;
    else if (w === 0) this.leftOut.zeroWeight++;
    else if (w < 0) this.leftOut.negativeWeight++;
    else return w;
    return MISSING;
  }

  /** A cell that is no number and no declared code: an error, or counted and read as missing. */
  private notNumeric(row: readonly string[], index: number, rowNumber: number): number {
    const name = this.columns.names[index]!;
    const cell = row[index] ?? '';
    if (this.strict) throw nonNumericCell(rowNumber, name, cell);
    this.tally.add(name, cell, rowNumber);
    return MISSING;
  }
}
