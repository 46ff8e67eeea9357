// Stages, links and paths.
import { describe, expect, it } from 'vitest';
import {
  addLink,
  addPath,
  addStage,
  deleteLink,
  deletePath,
  deleteStage,
  moveStage,
  renameStage,
  updateLinkLabel,
  updatePath,
} from '../../../src/model/commands/index.ts';
import { after, expectRefusal, run, sample } from './helpers.ts';

describe('stages', () => {
  it('adds a stage last, or at an index', () => {
    expect(run(sample(), addStage, { name: 'Consumption' })).toMatchObject({ result: 's3' });
    expect(after(sample(), addStage, { name: 'Consumption' }).stages.map((s) => s.name)).toEqual(['Anticipation', 'Purchase', 'Consumption']);
    expect(after(sample(), addStage, { name: 'Awareness', index: 0 }).stages.map((s) => s.id)).toEqual(['s3', 's1', 's2']);
  });
  it('renames and reorders', () => {
    expect(after(sample(), renameStage, { id: 's2', name: 'Buy' }).stages[1]).toEqual({ id: 's2', name: 'Buy' });
    expect(after(sample(), moveStage, { id: 's2', toIndex: 0 }).stages.map((s) => s.id)).toEqual(['s2', 's1']);
  });
  it('deleting a stage leaves its touchpoints without a stage', () => {
    const journey = after(sample(), deleteStage, { id: 's1' });
    expect(journey.stages.map((s) => s.id)).toEqual(['s2']);
    expect(journey.touchpoints.map((t) => t.stageId)).toEqual([undefined, undefined, 's2', undefined]);
    expect(journey.touchpoints[0]).not.toHaveProperty('stageId');
  });
  it('refuses unknown stages, bad indices and names that are not text', () => {
    expectRefusal(sample(), renameStage, { id: 's9', name: 'x' }, 'No stage "s9"', 'not-found');
    expectRefusal(sample(), deleteStage, { id: 's9' }, 'No stage "s9"', 'not-found');
    expectRefusal(sample(), moveStage, { id: 's1', toIndex: 2 }, 'Index must be a whole number from 0 to 1', 'invalid');
    expectRefusal(sample(), moveStage, { id: 's1', toIndex: 0.5 }, 'Index must be a whole number from 0 to 1', 'invalid');
    expectRefusal(sample(), addStage, { name: 'x', index: 3 }, 'Index must be a whole number from 0 to 2', 'invalid');
    expectRefusal(sample(), addStage, { name: 4 as unknown as string }, 'Name must be text', 'invalid');
  });
});

describe('links', () => {
  it('adds a link, with or without a label', () => {
    const { journey, result } = run(sample(), addLink, { from: 't3', to: 't4', label: 'then' });
    expect(result).toBe('l3');
    expect(journey.links.at(-1)).toEqual({ id: 'l3', from: 't3', to: 't4', label: 'then' });
    expect(after(sample(), addLink, { from: 't1', to: 't4' }).links.at(-1)).toEqual({ id: 'l3', from: 't1', to: 't4' });
  });
  it('refuses a self link, a second link between the same pair (either way) and unknown ends', () => {
    expectRefusal(sample(), addLink, { from: 't1', to: 't1' }, 'A link cannot join a touchpoint to itself', 'self-link');
    expectRefusal(sample(), addLink, { from: 't1', to: 't2' }, 'These touchpoints are already linked', 'duplicate');
    expectRefusal(sample(), addLink, { from: 't2', to: 't1' }, 'These touchpoints are already linked', 'duplicate');
    expectRefusal(sample(), addLink, { from: 't1', to: 't8' }, 'No touchpoint "t8"', 'not-found');
  });
  it('relabels and deletes', () => {
    expect(after(sample(), updateLinkLabel, { id: 'l2', label: 'visits' }).links[1]).toEqual({ id: 'l2', from: 't2', to: 't3', label: 'visits' });
    expect(after(sample(), deleteLink, { id: 'l1' }).links.map((l) => l.id)).toEqual(['l2']);
    expectRefusal(sample(), deleteLink, { id: 'l9' }, 'No link "l9"', 'not-found');
    expectRefusal(sample(), updateLinkLabel, { id: 'l1', label: null as unknown as string }, 'Label must be text', 'invalid');
  });
});

describe('paths', () => {
  it('adds a path, creating the list when the journey has none', () => {
    const bare = { ...sample(), paths: undefined };
    delete bare.paths;
    const { journey, result } = run(bare, addPath, { name: 'Online', touchpointIds: ['t1', 't2'] });
    expect(result).toBe('p1');
    expect(journey.paths).toEqual([{ id: 'p1', name: 'Online', touchpointIds: ['t1', 't2'] }]);
  });
  it('updates name, list and unknown fields; deletes', () => {
    const journey = after(sample(), updatePath, { id: 'p1', patch: { name: 'Buyer', touchpointIds: ['t4', 't1'], colour: 'red' } });
    expect(journey.paths).toEqual([{ id: 'p1', name: 'Buyer', touchpointIds: ['t4', 't1'], colour: 'red' }]);
    expect(after(sample(), deletePath, { id: 'p1' }).paths).toEqual([]);
  });
  it('setting the same list is no change', () => {
    const before = sample();
    expect(run(before, updatePath, { id: 'p1', patch: { touchpointIds: ['t1', 't3'] } }).journey).toBe(before);
  });
  it('refuses unknown touchpoints, a touchpoint twice, unknown paths', () => {
    expectRefusal(sample(), addPath, { name: 'x', touchpointIds: ['t1', 't9'] }, 'No touchpoint "t9"', 'not-found');
    expectRefusal(sample(), addPath, { name: 'x', touchpointIds: ['t1', 't2', 't1'] }, 'A path lists touchpoint "t1" twice', 'duplicate');
    expectRefusal(sample(), updatePath, { id: 'p1', patch: { touchpointIds: ['t7'] } }, 'No touchpoint "t7"', 'not-found');
    expectRefusal(sample(), updatePath, { id: 'p1', patch: { name: undefined } }, 'Name must be text', 'invalid');
    expectRefusal(sample(), deletePath, { id: 'p4' }, 'No path "p4"', 'not-found');
  });
});
