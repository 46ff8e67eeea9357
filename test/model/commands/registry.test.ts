import { describe, expect, it } from 'vitest';
import { COMMANDS, commandById } from '../../../src/model/commands/index.ts';

describe('the command table', () => {
  it('every command is registered under its own id, with a catalogue label', () => {
    for (const [key, command] of Object.entries(COMMANDS)) {
      expect(command.id).toBe(key);
      expect(command.label).toBe(`cmd.${key}`);
      expect(Object.isFrozen(command)).toBe(true);
      expect(commandById(key)).toBe(command);
    }
  });
  it('holds every document edit', () => {
    expect(Object.keys(COMMANDS).sort()).toEqual([
      'addLink', 'addMoment', 'addPath', 'addStage', 'addTouchpoint', 'deleteLink', 'deletePath', 'deleteSelection',
      'deleteStage', 'duplicateTouchpoints', 'moveMoment', 'moveStage', 'moveTouchpoints', 'pasteTouchpoints',
      'removeMoment', 'renameJourney', 'renameStage', 'setBrandValues', 'setImportances', 'setSettings',
      'updateLinkLabel', 'updateMoment', 'updatePath', 'updateTouchpoint',
    ]);
  });
  it('knows no other ids, not even inherited ones', () => {
    expect(commandById('toString')).toBeUndefined();
    expect(commandById('nope')).toBeUndefined();
  });
});
