import { describe, expect, it } from 'vitest';
import { maskPath, miniMapShapes, miniMapWindow, unionRect, viewRect } from '../../src/editor/canvas/minimap-geometry.ts';
import { compactName } from '../../src/editor/canvas/touchpoint-node.tsx';

describe('mini map shapes', () => {
  it('puts each touchpoint box in the path of its zone and bounds them all', () => {
    const shapes = miniMapShapes([
      { x: 0, y: 10, width: 184, height: 96, zone: 'branded' },
      { x: 300.4, y: -20.6, width: 184, height: 96, zone: 'un-branded' },
      { x: 600, y: 50, width: 184, height: 96, zone: null },
      { x: 900, y: 50, width: 184, height: 96, zone: 'branded' },
    ]);
    expect(shapes.paths.branded).toBe('M0 10h184v96h-184zM900 50h184v96h-184z');
    expect(shapes.paths['un-branded']).toBe('M300 -21h184v96h-184z');
    expect(shapes.paths.none).toBe('M600 50h184v96h-184z');
    expect(shapes.paths['non-branded']).toBe('');
    expect(shapes.bounds).toEqual({ x: 0, y: -20.6, width: 1084, height: 146 - -20.6 });
  });

  it('has no bounds without boxes, and skips boxes without a size or a position', () => {
    expect(miniMapShapes([]).bounds).toBeNull();
    const shapes = miniMapShapes([
      { x: 5, y: 5, width: 0, height: 96, zone: 'branded' },
      { x: Number.NaN, y: 5, width: 10, height: 10, zone: 'branded' },
      { x: 1, y: 2, width: 3, height: 4, zone: 'non-branded' },
    ]);
    expect(shapes.paths.branded).toBe('');
    expect(shapes.bounds).toEqual({ x: 1, y: 2, width: 3, height: 4 });
  });
});

describe('mini map window', () => {
  it('turns the transform into the flow rectangle the canvas shows', () => {
    // transform: flow (x, y) is drawn at (x × zoom + tx, y × zoom + ty)
    expect(viewRect([-100, 50, 0.5], 800, 600)).toEqual({ x: 200, y: -100, width: 1600, height: 1200 });
  });

  it('unites the journey with the view, so the view is always on the map', () => {
    expect(unionRect(null, { x: 1, y: 2, width: 3, height: 4 })).toEqual({ x: 1, y: 2, width: 3, height: 4 });
    expect(unionRect({ x: 0, y: 0, width: 100, height: 50 }, { x: 50, y: -10, width: 100, height: 20 }))
      .toEqual({ x: 0, y: -10, width: 150, height: 60 });
  });

  it('fits the content into the map, centred, with the map aspect ratio and a margin', () => {
    // A wide journey: width limits the scale.
    const wide = miniMapWindow({ x: 0, y: 0, width: 1500, height: 100 }, 160, 100, 5);
    expect(wide.scale).toBe(10);
    expect(wide.viewBox).toEqual({ x: -50, y: -450, width: 1600, height: 1000 });
    // A tall one: height limits it.
    const tall = miniMapWindow({ x: 10, y: 20, width: 100, height: 900 }, 160, 100, 5);
    expect(tall.scale).toBe(10);
    expect(tall.viewBox.x + tall.viewBox.width / 2).toBeCloseTo(60);
    expect(tall.viewBox.y + tall.viewBox.height / 2).toBeCloseTo(470);
    expect(tall.viewBox.width / tall.viewBox.height).toBeCloseTo(1.6);
  });

  it('masks everything but the view (even-odd path of the two rectangles)', () => {
    expect(maskPath({ x: 0, y: 0, width: 10, height: 5 }, { x: 2, y: 1, width: 3, height: 2 }))
      .toBe('M0,0h10v5h-10z M2,1h3v2h-3z');
  });
});

describe('compact node name', () => {
  it('keeps a short name whole and cuts a long one at the budget with an ellipsis', () => {
    expect(compactName('Call center')).toBe('Call center');
    expect(compactName('A very long touchpoint name that goes on and on')).toBe('A very long touchpoint name th…');
    expect(compactName('abc def', 4)).toBe('abc…');
  });

  it('counts wide (CJK) characters double', () => {
    expect(compactName('门店体验与售后服务中心', 10)).toBe('门店体验与…');
    expect(compactName('门店体验', 8)).toBe('门店体验');
  });

  it('never cuts a character made of two UTF-16 units in half', () => {
    const name = 'ab😀😀😀😀';
    for (let budget = 2; budget < 12; budget++) {
      const cut = compactName(name, budget);
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(cut), `budget ${budget}: ${cut}`).toBe(false);
    }
    expect(compactName('ab😀😀😀😀', 6)).toBe('ab😀😀…');
  });
});
