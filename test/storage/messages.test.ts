// Storage's English source (src/storage/messages.ts): every error and save status storage gives is a
// key with a template, each raised once here with exactly the template's variables.
import { describe, expect, it } from 'vitest';
import type { MessageRef } from '../../src/model/messages.ts';
import { en } from '../../src/i18n/messages-en.ts';
import { ConflictError, InvalidJourneyError, saveErrorMessage } from '../../src/storage/errors.ts';
import { STORAGE_MESSAGES, storageText } from '../../src/storage/messages.ts';
import { assembleJourney, checkIds } from '../../src/storage/normalise.ts';
import { createMemoryStore } from '../../src/storage/open-storage.ts';
import { LIST_NAMES, type JourneyRecord, type ListRecord, type StoredJourney } from '../../src/storage/records.ts';
import { checkRef, rejectedRef, thrownRef } from '../message-refs.ts';

/** Words the status line takes from the catalogue by key ('save.saved', 'save.saving'), not from an error. */
const STATUS_WORDS = new Set(['save.saved', 'save.saving']);

function stored(head: Partial<JourneyRecord>, touchpoints: unknown[]): StoredJourney {
  return {
    head: { id: 'j', name: 'Trip', updatedAt: 1, rev: 1, touchpointCount: 0, lists: ['stages', 'touchpoints', 'links'], fields: {}, ...head },
    lists: { stages: [], touchpoints: touchpoints as ListRecord[], links: [], paths: [] },
  };
}

describe('the storage messages', () => {
  it('has an English template for every key, and en carries each unchanged', () => {
    for (const [key, template] of Object.entries(STORAGE_MESSAGES)) {
      expect(template.trim(), key).not.toBe('');
      expect((en as Record<string, string>)[key], key).toBe(template);
    }
  });

  it('gives every error exactly the variables of its template, and reaches every key', async () => {
    const store = createMemoryStore();
    const record = { journeyId: 'j', id: 't1', order: 1, data: { id: 't1' } };
    const errors: (MessageRef & Error)[] = [
      new ConflictError('j', 'changed'), new ConflictError('j', 'deleted'), new ConflictError('j', 'exists'),
      thrownRef(() => checkIds('touchpoints', [{ id: '' }])),
      thrownRef(() => checkIds('links', [{ id: 'a' }, { id: 'a' }])),
      thrownRef(() => assembleJourney(stored({ fields: null as unknown as Record<string, unknown> }, []))),
      thrownRef(() => assembleJourney(stored({ name: undefined }, [{ ...record, data: { id: 'other' } }]))),
      thrownRef(() => assembleJourney(stored({}, [null]))),
      thrownRef(() => assembleJourney(stored({ lists: ['stages', 'links'] }, [record]))),
      await rejectedRef(store.renameJourney('nope', 'x')),
      await rejectedRef(store.duplicateJourney('nope', 'x')),
    ];
    const refs: MessageRef[] = [
      ...errors,
      store.noticeMessage!,
      saveErrorMessage(new DOMException('full', 'QuotaExceededError')),
      saveErrorMessage(Object.assign(new Error('closed'), { name: 'DatabaseClosedError' })),
      saveErrorMessage(new Error('disk on fire')),
      // The kind of each list, as `storage.record(s).${list}` names it.
      ...LIST_NAMES.flatMap((list) => [
        { key: `storage.record.${list}`, vars: {} }, { key: `storage.records.${list}`, vars: {} },
      ]),
    ];
    const seen = new Set<string>();
    for (const ref of refs) checkRef(ref, STORAGE_MESSAGES, seen);
    expect(Object.keys(STORAGE_MESSAGES).filter((key) => !seen.has(key) && !STATUS_WORDS.has(key))).toEqual([]);
    for (const error of errors) {
      expect(error.message).toBe(storageText(error));
      expect(error.message).not.toMatch(/\{\w+\}/);
    }
    expect(errors.map((e) => e.message)).toEqual([
      'This journey changed in another tab',
      'This journey was deleted in another tab',
      'A journey with this id is already stored',
      'Not saved: touchpoints[0] has no id',
      'Not saved: two links share the id "a"',
      'Journey "Trip" (j) could not be opened: its main record is damaged.',
      'Journey "j" could not be opened: touchpoint "t1" is damaged.',
      'Journey "Trip" (j) could not be opened: touchpoint #1 is damaged.',
      'Journey "Trip" (j) could not be opened: its touchpoints are damaged.',
      'There is no journey "nope" to rename',
      'There is no journey "nope" to duplicate',
    ]);
    expect(errors[3]).toBeInstanceOf(InvalidJourneyError);
  });
});
