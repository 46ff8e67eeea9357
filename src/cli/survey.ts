// `cxmap survey FILE.csv --rating COL[,COL...] [options]` (FORMAT.md): streams the file once
// through the model's SurveyAggregator and returns METHOD.md §6's figures per rating column.
import { isUsableScale, SurveyAggregator, SurveyInputError, type Scale } from '../model/survey/index.ts';
import { CliError } from './errors.ts';
import { CsvReadError, readCsv } from './read-csv.ts';
import { parseSurveyArgs, type SurveyArgs } from './survey-args.ts';

export interface SurveyOutput {
  respondents: number;
  scale: Scale;
  touchpoints: {
    column: string;
    n: number;
    e: number | null;
    cei: number | null;
    topBox: number | null;
    r: number | null;
    derivedImportance: number | null;
  }[];
}

/** Streams the file into an aggregator; CsvReadError / SurveyInputError pass through. */
export async function aggregateSurveyFile({ file, mapping }: SurveyArgs): Promise<SurveyAggregator> {
  let aggregator: SurveyAggregator | null = null;
  await readCsv(file, {
    header: (names) => { aggregator = new SurveyAggregator(names, mapping); },
    row: (cells, rowNumber) => aggregator!.add(cells, rowNumber),
  });
  return aggregator!;
}

export async function run(argv: string[]): Promise<SurveyOutput> {
  const args = parseSurveyArgs(argv);
  try {
    const result = (await aggregateSurveyFile(args)).result();
    const { scale } = result;
    if (scale === null || !isUsableScale(scale)) {
      const found = scale === null ? 'no rating has a numeric value' : `every rating is ${scale[0]}`;
      throw new CliError(`cannot infer the scale: ${found}; give --scale LO-HI`);
    }
    return {
      respondents: result.respondents,
      scale,
      touchpoints: result.touchpoints.map((t) => ({
        column: t.column, n: t.n, e: t.e, cei: t.cei, topBox: t.topBox, r: t.r, derivedImportance: t.derivedImportance,
      })),
    };
  } catch (err) {
    if (err instanceof SurveyInputError || err instanceof CsvReadError) throw new CliError(err.message, 1);
    throw err;
  }
}
