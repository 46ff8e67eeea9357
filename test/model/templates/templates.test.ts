import { describe, expect, it } from 'vitest';
import { analyseJourney } from '../../../src/model/method/analysis.ts';
import { defaultPath, followLinks } from '../../../src/model/method/path.ts';
import { validateScore } from '../../../src/model/method/scales.ts';
import {
  TEMPLATES,
  blankJourney,
  customerLifecycle,
  louisVuitton,
  realEstate,
  templateById,
} from '../../../src/model/templates/index.ts';
import { DEFAULT_SETTINGS, type Journey } from '../../../src/model/types.ts';

const unique = (ids: string[]) => new Set(ids).size === ids.length;

/** The rules FORMAT.md sets for a journey file, checked on a template. */
function expectWellFormed(j: Journey) {
  expect(j.id).not.toBe('');
  expect(j.name).not.toBe('');
  expect(unique(j.stages.map((s) => s.id))).toBe(true);
  expect(unique(j.touchpoints.map((t) => t.id))).toBe(true);
  expect(unique(j.links.map((l) => l.id))).toBe(true);
  const stageIds = new Set(j.stages.map((s) => s.id));
  const touchpointIds = new Set(j.touchpoints.map((t) => t.id));
  for (const t of j.touchpoints) {
    expect(t.id).not.toBe('');
    expect(t.stageId == null || stageIds.has(t.stageId)).toBe(true);
    expect(Number.isFinite(t.x) && Number.isFinite(t.y)).toBe(true);
    expect(validateScore('importance', t.importance)).toBeNull();
    expect(validateScore('emotion', t.emotion)).toBeNull();
    expect(validateScore('brand', t.brand)).toBeNull();
    expect(unique((t.moments ?? []).map((m) => m.id))).toBe(true);
    for (const m of t.moments ?? []) {
      expect(validateScore('emotion', m.emotion)).toBeNull();
      expect(validateScore('brand', m.brand)).toBeNull();
    }
  }
  for (const l of j.links) {
    expect(touchpointIds.has(l.from) && touchpointIds.has(l.to)).toBe(true);
  }
  expect(j.settings).toEqual(DEFAULT_SETTINGS);
}

describe('templates', () => {
  it('lists every template once, each creating a well-formed journey', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['blank', 'louis-vuitton', 'customer-lifecycle', 'real-estate']);
    for (const template of TEMPLATES) {
      expect(template.name).not.toBe('');
      expect(template.description.length).toBeGreaterThan(20);
      const j = template.create();
      expectWellFormed(j);
      expect(j.id).toBe(template.id);
      expect(j.name).toBe(template.name === 'Blank journey' ? 'Untitled journey' : template.name);
    }
    expect(templateById('real-estate')?.create).toBe(realEstate);
    expect(templateById('nope')).toBeUndefined();
  });

  it('creates a fresh journey on every call, deterministic and independent', () => {
    for (const template of TEMPLATES) {
      const a = template.create();
      const b = template.create();
      expect(a).toEqual(b);
      expect(a).not.toBe(b);
      a.touchpoints.push({ id: 'extra', name: 'extra', x: 0, y: 0, importance: 1 });
      a.brandValues.push('extra');
      a.stages.push({ id: 'extra', name: 'extra' });
      const c = template.create();
      expect(c).toEqual(b);
    }
    const lv = louisVuitton();
    const store = lv.touchpoints[4]?.moments?.[0];
    if (store) store.emotion = -5;
    expect(louisVuitton().touchpoints[4]?.moments?.[0]?.emotion).toBe(3);
  });

  it('takes an id and a name for the new journey', () => {
    const j = customerLifecycle({ id: 'j-42', name: 'Our lifecycle' });
    expect(j.id).toBe('j-42');
    expect(j.name).toBe('Our lifecycle');
  });

  it('lays touchpoints out so the default path follows stages left to right and the link chain', () => {
    for (const template of TEMPLATES) {
      const j = template.create();
      const path = defaultPath(j).map((t) => t.id);
      expect(path).toEqual(j.touchpoints.map((t) => t.id));
      if (path.length > 0) expect(followLinks(j, path[0] as string)).toEqual(path);
      const stageOrder = j.stages.map((s) => s.id);
      const xOfStage = stageOrder.map((id) => j.touchpoints.filter((t) => t.stageId === id).map((t) => t.x));
      xOfStage.slice(1).forEach((xs, i) => {
        expect(Math.min(...xs)).toBeGreaterThan(Math.max(...(xOfStage[i] as number[])));
      });
    }
  });
});

describe('Louis Vuitton template (METHOD.md §9)', () => {
  const j = louisVuitton();

  it('has the brand values and stages of the example', () => {
    expect(j.brandValues).toEqual(['trustworthy', 'quality', 'style', 'innovation', 'luxury']);
    expect(j.stages.map((s) => s.name)).toEqual(['Anticipation', 'Purchase', 'Consumption']);
  });

  it('has the seven touchpoints with their stage, channel, scores and importance', () => {
    const stageName = (id: string | null | undefined) => j.stages.find((s) => s.id === id)?.name;
    expect(j.touchpoints.map((t) => [t.name, stageName(t.stageId), t.emotion ?? null, t.brand ?? null, t.importance])).toEqual([
      ['Advertising', 'Anticipation', 4, 5, 4],
      ['PR', 'Anticipation', 3, 4, 3],
      ['Celebrity events', 'Anticipation', 4, 5, 3],
      ['Website', 'Anticipation', 1, 0, 2],
      ['Retail store', 'Purchase', null, null, 5],
      ['Product', 'Consumption', 5, 5, 5],
      ['Call center', 'Consumption', -2, -1, 1],
    ]);
    for (const t of j.touchpoints) expect(t.channel).toEqual(expect.any(String));
    expect(j.touchpoints.map((t) => t.id)).toEqual(['t1', 't2', 't3', 't4', 't5', 't6', 't7']);
  });

  it('breaks the Retail store into its five moments', () => {
    const store = j.touchpoints.find((t) => t.name === 'Retail store');
    expect(store?.moments?.map((m) => [m.name, m.emotion, m.brand])).toEqual([
      ['Store facade & decor', 3, 4],
      ['Product', 4, 5],
      ['Price', -3, 3],
      ['Service', -4, 1],
      ['Status', 5, 5],
    ]);
  });

  it('matches FORMAT.md`s example positions (Advertising at 0,0; Retail store at 400,0)', () => {
    expect(j.touchpoints[0]).toMatchObject({ id: 't1', x: 0, y: 0, stageId: 's1', channel: 'Media' });
    expect(j.touchpoints[4]).toMatchObject({ id: 't5', x: 400, y: 0, stageId: 's2' });
  });
});

describe('frames of METHOD.md §11', () => {
  it('blank journey has nothing yet and no figures', () => {
    const j = blankJourney();
    expect(j.stages).toEqual([]);
    expect(j.touchpoints).toEqual([]);
    expect(j.links).toEqual([]);
    expect(analyseJourney(j).figures.cei).toBeNull();
  });

  it('customer lifecycle has the five lifecycle stages, each with touchpoints, unscored', () => {
    const j = customerLifecycle();
    expect(j.stages.map((s) => s.name)).toEqual(['Acquisition', 'Growth', 'Maturity', 'Decline', 'Exit']);
    for (const s of j.stages) expect(j.touchpoints.filter((t) => t.stageId === s.id).length).toBeGreaterThanOrEqual(2);
    const a = analyseJourney(j);
    expect(a.figures.cei).toBeNull();
    expect(a.recommendations).toEqual([]);
  });

  it('real estate has the seven phases of seed 003, with the signing broken into moments', () => {
    const j = realEstate();
    expect(j.stages.map((s) => s.name)).toEqual([
      'Project preparation', 'Sales preparation', 'Signing', 'Waiting after sale', 'Handover', 'Warranty service',
      'Living and follow-up visits',
    ]);
    for (const s of j.stages) expect(j.touchpoints.filter((t) => t.stageId === s.id).length).toBeGreaterThanOrEqual(2);
    const signing = j.touchpoints.find((t) => (t.moments ?? []).length > 0);
    expect(signing?.moments?.map((m) => m.name)).toContain('Bank mortgage');
    expect(analyseJourney(j).touchpoints.every((t) => t.indices.e === null)).toBe(true);
  });
});
