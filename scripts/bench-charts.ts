// node --import tsx scripts/bench-charts.ts — can all charts follow an edit within one frame?
//
// Builds a journey of 200 touchpoints (5 stages × 40, every 10th with 5 moments), then, for each
// run, makes one edit (a new emotion for one touchpoint, as the editor's immer state would), and
// times what the charts recompute after it: the path analysis, the geometry and label layout of the
// journey curve, the selected touchpoint's curve, the CEI–BEI and IPA quadrants, the summary and the
// recommendation sentences. No DOM: this is the pure part (d3 scales, shapes, label layout). As a
// second figure it times React rendering all four charts to static markup (React's render work
// without the DOM commit, layout and paint, which only a browser can measure).
// Prints, per step, the median and 95th percentile of the wall time and the median of the process
// CPU time. On a busy machine (load above the number of cores) the wall times include time spent
// waiting for a core, so the check uses the CPU time: it exits 1 when the median recompute costs
// more than the 16 ms frame.

import { availableParallelism, loadavg } from 'node:os';
import { analysePath, type PathAnalysis } from '../src/model/method/index.ts';
import { DEFAULT_SETTINGS, type Stage, type Touchpoint } from '../src/model/types.ts';

// React as the production build runs it (development React checks every prop). Everything that loads
// React is imported after this line (src/charts/index.ts loads the components, hence React, too).
process.env.NODE_ENV ??= 'production';
const { createElement } = await import('react');
const { renderToStaticMarkup } = await import('react-dom/server');
const {
  CeiBeiQuadrant, IpaQuadrant, JourneyEmotionCurve, TouchpointEmotionCurve,
  ceiBeiGeometryFor, ipaGeometryFor, journeyCurveGeometry, recommendationSentence, summaryItems, touchpointCurveGeometry,
} = await import('../src/charts/index.ts');

const TOUCHPOINTS = 200;
const STAGES = 5;
const WARMUP = 30;
const RUNS = 300;
const RENDER_RUNS = 60;
const FRAME_MS = 16;

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

const random = lcg(42);
const score = () => Math.round((random() * 10 - 5) * 2) / 2;
const stages: Stage[] = Array.from({ length: STAGES }, (_, i) => ({ id: `s${i + 1}`, name: `Stage ${i + 1}` }));
let touchpoints: Touchpoint[] = Array.from({ length: TOUCHPOINTS }, (_, i) => {
  const tp: Touchpoint = {
    id: `t${i + 1}`,
    name: `Touchpoint ${i + 1} ${['website', 'store visit', 'call center', 'delivery'][i % 4]}`,
    stageId: `s${Math.floor((i * STAGES) / TOUCHPOINTS) + 1}`,
    x: i * 10,
    y: 0,
    importance: 1 + Math.floor(random() * 5),
    emotion: score(),
    brand: score(),
  };
  if (i % 10 === 0) {
    tp.moments = Array.from({ length: 5 }, (_, k) => ({ id: `m${i}-${k}`, name: `Moment ${k + 1}`, emotion: score(), brand: score() }));
  }
  return tp;
});
const selected = touchpoints[0] as Touchpoint;

function edit(run: number): void {
  const i = run % TOUCHPOINTS;
  const next = touchpoints.slice();
  next[i] = { ...(next[i] as Touchpoint), emotion: score() };
  touchpoints = next;
}

interface Timings { analysis: number; curve: number; moments: number; ceiBei: number; ipa: number; panels: number; total: number; cpu: number }

function once(): { t: Timings; analysis: PathAnalysis } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const analysis = analysePath(touchpoints, DEFAULT_SETTINGS);
  const t1 = performance.now();
  journeyCurveGeometry(analysis, stages, { showBrand: true });
  const t2 = performance.now();
  touchpointCurveGeometry(selected, { showBrand: true });
  const t3 = performance.now();
  ceiBeiGeometryFor(analysis);
  const t4 = performance.now();
  ipaGeometryFor(analysis);
  const t5 = performance.now();
  summaryItems(analysis.figures);
  const byId = new Map(analysis.touchpoints.map((item) => [item.touchpoint.id, item] as const));
  for (const rec of analysis.recommendations) recommendationSentence(rec, rec.touchpointId === null ? undefined : byId.get(rec.touchpointId));
  const t6 = performance.now();
  const cpu = process.cpuUsage(c0);
  return {
    analysis,
    t: { analysis: t1 - t0, curve: t2 - t1, moments: t3 - t2, ceiBei: t4 - t3, ipa: t5 - t4, panels: t6 - t5, total: t6 - t0, cpu: (cpu.user + cpu.system) / 1000 },
  };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

for (let i = 0; i < WARMUP; i += 1) { edit(i); once(); }
const samples: Timings[] = [];
let last: PathAnalysis | null = null;
for (let i = 0; i < RUNS; i += 1) {
  edit(WARMUP + i);
  const { t, analysis } = once();
  samples.push(t);
  last = analysis;
}

const keys: (keyof Timings)[] = ['analysis', 'curve', 'moments', 'ceiBei', 'ipa', 'panels', 'total'];
const [load] = loadavg();
console.log(`charts bench: ${TOUCHPOINTS} touchpoints, ${RUNS} edits; load ${(load ?? 0).toFixed(1)} on ${availableParallelism()} cores`);
console.log('  step        wall median   wall p95   wall min  (ms)');
for (const k of keys) {
  const v = samples.map((s) => s[k]);
  console.log(`  ${k.padEnd(9)} ${quantile(v, 0.5).toFixed(3).padStart(12)} ${quantile(v, 0.95).toFixed(3).padStart(10)} ${quantile(v, 0).toFixed(3).padStart(10)}`);
}
const cpuMedian = quantile(samples.map((s) => s.cpu), 0.5);
console.log(`  total CPU time (median): ${cpuMedian.toFixed(3)} ms`);

const ceiGeometry = ceiBeiGeometryFor(last as PathAnalysis);
const ipaGeometry = ipaGeometryFor(last as PathAnalysis);
const crowded = [...ceiGeometry.labelList, ...ceiGeometry.areaLabels].filter((l) => l.overlapping).length;
const crowdedIpa = [...ipaGeometry.labelList, ...ipaGeometry.areaLabels].filter((l) => l.overlapping).length;
console.log(`  drawn labels that found no free place (so overlap): CEI–BEI ${crowded} of ${ceiGeometry.labelList.length + ceiGeometry.areaLabels.length}, IPA ${crowdedIpa} of ${ipaGeometry.labelList.length + ipaGeometry.areaLabels.length}`);

// React render to static markup (no DOM): all four charts.
const none = new Set<string>();
const noop = () => {};
const renderTimes: number[] = [];
const renderCpu: number[] = [];
for (let i = 0; i < 10 + RENDER_RUNS; i += 1) {
  edit(1000 + i);
  const analysis = analysePath(touchpoints, DEFAULT_SETTINGS);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  renderToStaticMarkup(createElement('div', null,
    createElement(JourneyEmotionCurve, { analysis, stages, selectedIds: none, onSelect: noop, showBrand: true }),
    createElement(TouchpointEmotionCurve, { touchpoint: selected, selectedIds: none, onSelect: noop }),
    createElement(CeiBeiQuadrant, { analysis, selectedIds: none, onSelect: noop }),
    createElement(IpaQuadrant, { analysis, selectedIds: none, onSelect: noop })));
  if (i >= 10) {
    renderTimes.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    renderCpu.push((c.user + c.system) / 1000);
  }
}
console.log(`  React (${process.env.NODE_ENV}) render of the 4 charts to markup, geometry included: wall median ${quantile(renderTimes, 0.5).toFixed(3)} ms, min ${quantile(renderTimes, 0).toFixed(3)} ms, CPU median ${quantile(renderCpu, 0.5).toFixed(3)} ms`);

if (cpuMedian > FRAME_MS) {
  console.error(`FAIL: recompute costs ${cpuMedian.toFixed(2)} ms of CPU (median), more than the ${FRAME_MS} ms frame`);
  process.exitCode = 1;
} else {
  console.log(`OK: recompute costs ${cpuMedian.toFixed(2)} ms of CPU (median), within the ${FRAME_MS} ms frame`);
}
