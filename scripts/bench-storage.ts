// Storage benchmark: a full save vs a one-touchpoint save of a 2,000-touchpoint journey, in IndexedDB
// (fake-indexeddb in Node). Run: node --import tsx scripts/bench-storage.ts [touchpoints] [rounds]
import 'fake-indexeddb/auto';
import { produce } from 'immer';
import type { Journey } from '../src/model/types.ts';
import { JourneyDb } from '../src/storage/db.ts';
import { createDexieStore } from '../src/storage/open-storage.ts';

const count = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 15);

function journeyOf(n: number): Journey {
  const touchpoints = Array.from({ length: n }, (_, i) => ({
    id: `t${i}`, name: `Touchpoint ${i}`, stageId: `s${i % 4}`, channel: 'Web', x: i * 40, y: (i % 7) * 30,
    importance: (i % 5) + 1, emotion: (i % 11) - 5, brand: (i % 7) - 3,
    moments: i % 10 === 0 ? [{ id: `m${i}`, name: 'Moment', emotion: 2, brand: 1 }] : undefined,
    notes: { happened: 'Something happened here that a customer told us about.' },
  }));
  return {
    id: 'bench', name: 'Bench', brandValues: ['trust', 'quality'],
    stages: [0, 1, 2, 3].map((i) => ({ id: `s${i}`, name: `Stage ${i}` })),
    touchpoints,
    links: touchpoints.slice(1).map((t, i) => ({ id: `l${i}`, from: `t${i}`, to: t.id })),
    paths: [{ id: 'p1', name: 'Main', touchpointIds: touchpoints.slice(0, 20).map((t) => t.id) }],
  };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function main(): Promise<void> {
  const store = createDexieStore(new JourneyDb(`cx-bench-${process.pid}`));
  await store.createJourney(journeyOf(count));

  const full: number[] = [];
  const one: number[] = [];
  for (let round = 0; round < rounds + 2; round++) {
    // Full save: every record of the journey written again (a fresh copy shares no reference).
    const copy = journeyOf(count);
    let t = performance.now();
    await store.saveChanges(null, copy);
    if (round >= 2) full.push(performance.now() - t); // the first rounds warm up

    // One-touchpoint save: the diff of an immer edit.
    const next = produce(copy, (d) => { d.touchpoints[(round * 37) % count]!.importance = (round % 5) + 1; });
    t = performance.now();
    await store.saveChanges(copy, next);
    if (round >= 2) one.push(performance.now() - t);
  }
  store.close();

  const f = median(full);
  const o = median(one);
  console.log(`storage bench: ${count} touchpoints, ${rounds} rounds, median (fake-indexeddb in Node)`);
  console.log(`  full save:          ${f.toFixed(2)} ms`);
  console.log(`  one-touchpoint save: ${o.toFixed(2)} ms`);
  console.log(`  ratio full / one:   ${(f / o).toFixed(1)}×`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
