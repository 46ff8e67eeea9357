// Fresh ids for new records. The generator is injected (deterministic in tests); the context a
// command gets skips any id already used in the document, so a generator need not know it.

import type { Draft } from 'immer';
import type { Journey } from '../types.ts';

export type IdKind = 'touchpoint' | 'stage' | 'link' | 'moment' | 'path';
export type IdGenerator = (kind: IdKind) => string;

const PREFIX: Readonly<Record<IdKind, string>> = { touchpoint: 't', stage: 's', link: 'l', moment: 'm', path: 'p' };
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Random ids such as "t-3kz9q0x1c2" (crypto.getRandomValues works outside secure contexts too). */
export function randomIds(length = 10): IdGenerator {
  return (kind) => {
    const bytes = new Uint8Array(length);
    globalThis.crypto.getRandomValues(bytes);
    let text = '';
    for (const byte of bytes) text += ALPHABET[byte % ALPHABET.length];
    return `${PREFIX[kind]}-${text}`;
  };
}

/** t1, t2 … s1, s2 …: one counter per kind, for tests and reproducible examples. */
export function sequentialIds(): IdGenerator {
  const next: Record<IdKind, number> = { touchpoint: 1, stage: 1, link: 1, moment: 1, path: 1 };
  return (kind) => `${PREFIX[kind]}${next[kind]++}`;
}

function usedIds(journey: Draft<Journey>, kind: IdKind): Set<string> {
  switch (kind) {
    case 'touchpoint':
      return new Set(journey.touchpoints.map((t) => t.id));
    case 'stage':
      return new Set(journey.stages.map((s) => s.id));
    case 'link':
      return new Set(journey.links.map((l) => l.id));
    case 'path':
      return new Set((journey.paths ?? []).map((p) => p.id));
    case 'moment':
      return new Set(journey.touchpoints.flatMap((t) => (t.moments ?? []).map((m) => m.id)));
  }
}

const MAX_ATTEMPTS = 10_000;

/** newId(kind) for one command run: never an id the document (or this run) already uses. */
export function idSource(journey: Draft<Journey>, generate: IdGenerator): (kind: IdKind) => string {
  const used = new Map<IdKind, Set<string>>();
  return (kind) => {
    let ids = used.get(kind);
    if (!ids) used.set(kind, (ids = usedIds(journey, kind)));
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const id = generate(kind);
      if (id !== '' && !ids.has(id)) {
        ids.add(id);
        return id;
      }
    }
    throw new Error(`the id generator gave no unused ${kind} id in ${MAX_ATTEMPTS} attempts`);
  };
}
