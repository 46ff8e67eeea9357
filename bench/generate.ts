// A deterministic journey of n touchpoints for the editor bench: stages of 25 touchpoints as
// columns left to right, touchpoints stacked top to bottom inside their stage, realistic names,
// channels and scores (a few unscored, a few scored through moments), one link chain in journey order.
import type { Journey, Link, Stage, Touchpoint } from '../src/model/types.ts';

export const PER_STAGE = 25;
/** Horizontal distance between stage columns and vertical distance between touchpoints. */
export const STAGE_SPACING = 320;
export const ROW_SPACING = 140;

const STAGES = ['Awareness', 'Consideration', 'Research', 'Visit', 'Purchase', 'Delivery', 'Onboarding', 'Use',
  'Support', 'Renewal', 'Loyalty', 'Advocacy'];
const ACTIONS = ['Search ad', 'Social post', 'Product page', 'Price comparison', 'Store visit', 'Sales advice',
  'Checkout', 'Order confirmation', 'Delivery slot', 'Unboxing', 'Welcome email', 'First use', 'Help centre article',
  'Call centre', 'Live chat', 'Repair booking', 'Invoice', 'Loyalty points', 'Newsletter', 'Review request',
  'Referral offer', 'Renewal reminder', 'Showroom demo', 'Mobile app login', 'Complaint handling'];
const QUALIFIERS = ['', '', ' (returning)', ' – weekend', ' – premium tier', ' follow-up', ' via partner'];
const CHANNELS = ['Online', 'Store', 'Email', 'Phone', 'App', 'Media', 'Partner', ''];

/** mulberry32: a small seeded PRNG, so every page and run sees the same journey. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateJourney(n: number, seed = 20240601): Journey {
  const rnd = random(seed);
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const stageCount = Math.max(1, Math.ceil(n / PER_STAGE));
  const stages: Stage[] = Array.from({ length: stageCount }, (_, i) => {
    const round = Math.floor(i / STAGES.length);
    return { id: `s${i + 1}`, name: `${STAGES[i % STAGES.length]!}${round > 0 ? ` ${round + 1}` : ''}` };
  });
  const touchpoints: Touchpoint[] = [];
  let momentId = 0;
  for (let i = 0; i < n; i++) {
    const column = Math.floor(i / PER_STAGE);
    const row = i % PER_STAGE;
    const tp: Touchpoint = {
      id: `t${i + 1}`,
      name: `${pick(ACTIONS)}${pick(QUALIFIERS)}`,
      stageId: stages[column]!.id,
      x: column * STAGE_SPACING,
      y: row * ROW_SPACING,
      importance: int(1, 5),
    };
    const channel = pick(CHANNELS);
    if (channel) tp.channel = channel;
    const kind = rnd();
    if (kind < 0.08) {
      // unscored yet
    } else if (kind < 0.2) {
      tp.moments = Array.from({ length: int(2, 4) }, (_, k) => ({
        id: `m${(momentId += 1)}`, name: `Moment ${k + 1}`, emotion: int(-5, 5), brand: int(-5, 5),
      }));
    } else {
      tp.emotion = int(-5, 5);
      tp.brand = int(-4, 5);
    }
    touchpoints.push(tp);
  }
  const links: Link[] = touchpoints.slice(1).map((to, i) => {
    const link: Link = { id: `l${i + 1}`, from: touchpoints[i]!.id, to: to.id };
    if (i % 25 === 24) link.label = 'next stage';
    return link;
  });
  return {
    id: `bench-${n}`,
    name: `Bench journey (${n} touchpoints)`,
    brandValues: ['Trust', 'Craft', 'Ease'],
    stages,
    touchpoints,
    links,
  };
}

/** n from the page's URL (?n=2000), default 2000. */
export function nFromUrl(search: string): number {
  const n = Number(new URLSearchParams(search).get('n') ?? 2000);
  return Number.isInteger(n) && n > 0 ? n : 2000;
}
