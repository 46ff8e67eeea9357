// What kind of column this is, read from its dictionary alone (never its rows): how many distinct
// answers, whether they are numbers (beside blank, N/A, NA). A column with thousands of distinct
// answers (an identifier, a free-text comment, a measure) is judged from its first SCAN answers:
// it is never a rating or a segment, only its numeric-ness matters (a weight).
import { ALWAYS_NA, parseNumber, type ColumnarSurvey } from '../../model/survey/index.ts';

export interface ColumnProfile {
  index: number;
  /** Trimmed header name. */
  name: string;
  /** Distinct answers other than blank, N/A, NA. */
  distinct: number;
  /** Distinct numeric answers among those read. */
  numbers: number;
  /** Every answer read is a number. */
  numeric: boolean;
  /**
   * Numbers with a few stray texts (at most MAX_STRAY, fewer than the numbers): a numeric column
   * whose odd answers the import lists, to declare not applicable.
   */
  mostlyNumeric: boolean;
  /** Up to `limit` answers that are not numbers. */
  textValues: string[];
}

const NA = new Set(ALWAYS_NA);
const MAX_STRAY = 3;
const SCAN = 2000;

export function profileColumns(survey: ColumnarSurvey, limit = 50): ColumnProfile[] {
  return survey.columns.map((column, index) => {
    let distinct = 0;
    let numbers = 0;
    let texts = 0;
    const textValues: string[] = [];
    column.dict.forEach((value, i) => {
      if (NA.has(value)) return;
      distinct++;
      if (i >= SCAN) return;
      if (parseNumber(value) !== null) numbers++;
      else {
        texts++;
        if (textValues.length < limit) textValues.push(value);
      }
    });
    return {
      index, name: column.name.trim(), distinct, numbers, numeric: texts === 0 && distinct > 0,
      mostlyNumeric: numbers > 0 && texts <= MAX_STRAY && texts < numbers, textValues,
    };
  });
}

/** A column that can hold ratings: (mostly) numbers, with few distinct ones (a scale, not a measure). */
export const isRatingLike = (p: ColumnProfile): boolean => p.mostlyNumeric && p.numbers >= 2 && p.distinct <= 30 + MAX_STRAY;

/** A column that can split respondents: few distinct answers. */
export const isSegmentLike = (p: ColumnProfile): boolean => p.distinct >= 2 && p.distinct <= 50;
