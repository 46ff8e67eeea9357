// npm run bench:survey — is the survey aggregation cheap next to parsing the CSV at all?
// Builds (once, cached in .bench/) the airline survey repeated 8 times (~1M rows), then alternates
// a bare PapaParse stream parse (array rows, nothing done per row) with `cxmap survey` on the same
// file through the command's own code path, and prints the medians, their ratio (goal ≤ 1.5) and
// the peak memory. Exits 1 when the goal is missed.
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { CSV_CHUNK_BYTES, PAPA_SETTINGS } from '../src/cli/read-csv.ts';
import { run } from '../src/cli/survey.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = resolve(ROOT, '../shared/data/airline/passenger-satisfaction.csv');
const COPIES = 8;
const FILE = resolve(ROOT, `.bench/airline-x${COPIES}.csv`);
const ROUNDS = 5;
const GOAL = 1.5;

/** The source's header once, then its data rows COPIES times; rebuilt when the source changed size. */
function buildFile(): void {
  const text = readFileSync(SOURCE, 'utf8');
  const headerEnd = text.indexOf('\n') + 1;
  let body = text.slice(headerEnd);
  if (!body.endsWith('\n')) body += '\r\n';
  const expected = Buffer.byteLength(text.slice(0, headerEnd)) + COPIES * Buffer.byteLength(body);
  if (existsSync(FILE) && statSync(FILE).size === expected) return;
  mkdirSync(resolve(ROOT, '.bench'), { recursive: true });
  writeFileSync(FILE, text.slice(0, headerEnd) + body.repeat(COPIES));
}

function bareParse(): Promise<number> {
  return new Promise((done, fail) => {
    let rows = 0;
    Papa.parse<string[]>(createReadStream(FILE, { encoding: 'utf8', highWaterMark: CSV_CHUNK_BYTES }), {
      ...PAPA_SETTINGS,
      chunk: (results) => { rows += results.data.length; },
      complete: () => done(rows),
      error: fail,
    });
  });
}

const SURVEY_ARGS = [
  FILE,
  '--rating', 'Online boarding,Checkin service,Seat comfort,Baggage handling,Inflight wifi service',
  '--na', '0',
  '--outcome', 'satisfaction',
  '--outcome-map', 'satisfied=1,neutral or dissatisfied=0',
  '--segment', 'Type of Travel=Business travel',
];

type Phase = 'bare' | 'survey';
const peaks = { bare: { rss: 0, heap: 0 }, survey: { rss: 0, heap: 0 } };
let phase: Phase = 'bare';
function sample(): void {
  const { rss, heapUsed } = process.memoryUsage();
  peaks[phase].rss = Math.max(peaks[phase].rss, rss);
  peaks[phase].heap = Math.max(peaks[phase].heap, heapUsed);
}

async function time(task: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await task();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const s = (seconds: number) => `${seconds.toFixed(3)} s`;

buildFile();
const rows = (await bareParse()) - 1; // warm-up (header not counted)
let respondents = 0;
await run(SURVEY_ARGS); // warm-up
const sampler = setInterval(sample, 20);
const bare: number[] = [];
const survey: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  phase = 'bare';
  bare.push(await time(bareParse));
  sample();
  phase = 'survey';
  survey.push(await time(async () => { respondents = (await run(SURVEY_ARGS)).respondents; }));
  sample();
}
clearInterval(sampler);

const ratio = median(survey) / median(bare);
console.log(`file: ${FILE} (${mb(statSync(FILE).size)}, ${rows} data rows; survey kept ${respondents} respondents)`);
console.log(`bare PapaParse stream parse: median ${s(median(bare))} (runs ${bare.map(s).join(', ')})`);
console.log(`survey aggregation (cxmap survey path): median ${s(median(survey))} (runs ${survey.map(s).join(', ')})`);
console.log(`ratio survey/parse: ${ratio.toFixed(3)} (goal ≤ ${GOAL}) ${ratio <= GOAL ? 'OK' : 'MISSED'}`);
const peak = (p: Phase) => `RSS ${mb(peaks[p].rss)}, heapUsed ${mb(peaks[p].heap)}`;
console.log(`peak memory (sampled every 20 ms): bare parse ${peak('bare')}; survey ${peak('survey')}; process max RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
if (ratio > GOAL) process.exitCode = 1;
