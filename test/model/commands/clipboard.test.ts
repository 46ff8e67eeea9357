import { describe, expect, it } from 'vitest';
import { copySelection, duplicateTouchpoints, pasteTouchpoints, type Clipboard } from '../../../src/model/commands/index.ts';
import { after, expectRefusal, run, sample } from './helpers.ts';

describe('copySelection', () => {
  it('copies the touchpoints and only the links between them', () => {
    const clipboard = copySelection(sample(), ['t2', 't3']);
    expect(clipboard.touchpoints.map((t) => t.id)).toEqual(['t2', 't3']);
    expect(clipboard.links).toEqual([{ id: 'l2', from: 't2', to: 't3' }]);
    clipboard.touchpoints[0]!.name = 'changed';
    expect(sample().touchpoints[1]!.name).toBe('Website');
  });
});

describe('pasteTouchpoints', () => {
  it('gives fresh ids to touchpoints, moments and internal links, shifted by the offset', () => {
    const clipboard = copySelection(sample(), ['t2', 't3']);
    const { journey, result } = run(sample(), pasteTouchpoints, { clipboard, offset: { x: 10, y: -5 } });
    expect(result).toEqual(['t5', 't6']);
    expect(journey.touchpoints.slice(4)).toEqual([
      { id: 't5', name: 'Website', stageId: 's1', x: 210, y: -5, importance: 2, emotion: 1, brand: 0 },
      { id: 't6', name: 'Store', stageId: 's2', x: 410, y: -5, importance: 5,
        moments: [{ id: 'm3', name: 'Facade', emotion: 3, brand: 4 }, { id: 'm4', name: 'Price', emotion: -3, brand: 3 }] },
    ]);
    expect(journey.links.slice(2)).toEqual([{ id: 'l3', from: 't5', to: 't6' }]);
  });
  it('drops links that leave the clipboard and stages this journey lacks; keeps unknown fields', () => {
    const clipboard: Clipboard = {
      touchpoints: [{ id: 'a', name: 'A', stageId: 'elsewhere', x: 0, y: 0, importance: 2, colour: 'red' }, { id: 'b', name: 'B', x: 1, y: 1, importance: 2 }],
      links: [{ id: 'x', from: 'a', to: 'b', label: 'go' }, { id: 'y', from: 'a', to: 'zzz' }, { id: 'z', from: 'b', to: 'a' }],
    };
    const journey = after(sample(), pasteTouchpoints, { clipboard, offset: { x: 0, y: 0 } });
    expect(journey.touchpoints[4]).toEqual({ id: 't5', name: 'A', x: 0, y: 0, importance: 2, colour: 'red' });
    expect(journey.links.slice(2)).toEqual([{ id: 'l3', from: 't5', to: 't6', label: 'go' }]);
    expect(Object.isFrozen(clipboard.touchpoints[0])).toBe(false);
  });
  it('refuses clipboards with bad scores or that are not journey data', () => {
    const bad = copySelection(sample(), ['t1']);
    bad.touchpoints[0]!.emotion = 8;
    expectRefusal(sample(), pasteTouchpoints, { clipboard: bad, offset: { x: 0, y: 0 } }, 'Emotion must be between \u22125 and 5', 'out-of-range');
    const proto = JSON.parse('{"touchpoints": [{"__proto__": {}}], "links": []}') as Clipboard;
    expectRefusal(sample(), pasteTouchpoints, { clipboard: proto, offset: { x: 0, y: 0 } },
      'The clipboard is not journey data (touchpoints[0].__proto__: this key is not allowed)', 'invalid');
    expectRefusal(sample(), pasteTouchpoints, { clipboard: { touchpoints: [3], links: [] } as unknown as Clipboard, offset: { x: 0, y: 0 } },
      'The clipboard is not journey data', 'invalid');
  });
});

describe('duplicateTouchpoints', () => {
  it('copies touchpoints and the links between them, 40 px down and right by default', () => {
    const { journey, result } = run(sample(), duplicateTouchpoints, { ids: ['t1', 't2'] });
    expect(result).toEqual(['t5', 't6']);
    expect(journey.touchpoints.slice(4).map((t) => [t.name, t.x, t.y])).toEqual([['Advertising', 40, 40], ['Website', 240, 40]]);
    expect(journey.links.slice(2)).toEqual([{ id: 'l3', from: 't5', to: 't6', label: '' }]);
  });
  it('refuses unknown ids', () => {
    expectRefusal(sample(), duplicateTouchpoints, { ids: ['t1', 'q'] }, 'No touchpoint "q"', 'not-found');
  });
});
