// Storage's words: key → English template (`{name}` variables, the syntax of src/i18n). Errors and
// save statuses name them by key; `.message` is their English, and src/i18n spreads this table into
// its English catalogue so the editor shows `t(key, vars)`. One English source, as for src/model.
import { formatFrom, MessageError, MODEL_MESSAGES, type MessageRef, type MessageVars } from '../model/messages.ts';

export const STORAGE_MESSAGES = {
  'save.saved': 'Saved',
  'save.saving': 'Saving…',
  'storage.full': 'Not saved: storage is full',
  'storage.unavailable': 'Not saved: storage is unavailable',
  'storage.notAllowed': 'Not saved: this browser does not allow storage',
  'storage.notSaved': 'Not saved: {detail}',
  'storage.conflict': 'This journey changed in another tab',
  'storage.deleted': 'This journey was deleted in another tab',
  'storage.exists': 'A journey with this id is already stored',
  'storage.noId': 'Not saved: {list}[{index}] has no id',
  'storage.sharedId': 'Not saved: two {records} share the id "{id}"',
  'storage.corrupt': 'Journey "{id}" could not be opened: {detail}.',
  'storage.corruptNamed': 'Journey "{name}" ({id}) could not be opened: {detail}.',
  'storage.damaged.head': 'its main record is damaged',
  'storage.damaged.record': '{record} "{id}" is damaged',
  'storage.damaged.recordAt': '{record} #{number} is damaged',
  'storage.damaged.list': 'its {records} are damaged',
  'storage.noJourneyToRename': 'There is no journey "{id}" to rename',
  'storage.noJourneyToDuplicate': 'There is no journey "{id}" to duplicate',
  // The records of a journey, inside messages ({record}, {records}).
  'storage.record.stages': 'stage',
  'storage.record.touchpoints': 'touchpoint',
  'storage.record.links': 'link',
  'storage.record.paths': 'path',
  'storage.records.stages': 'stages',
  'storage.records.touchpoints': 'touchpoints',
  'storage.records.links': 'links',
  'storage.records.paths': 'paths',
} as const;

export type StorageMessageKey = keyof typeof STORAGE_MESSAGES;
export type StorageMessage = MessageRef<StorageMessageKey>;

export const storageMessage = <K extends StorageMessageKey>(key: K, vars: MessageVars = {}): MessageRef<K> => ({ key, vars });

const ENGLISH: Readonly<Record<string, string>> = { ...MODEL_MESSAGES, ...STORAGE_MESSAGES };

/** The English text of a storage message (or of a model message, e.g. `literal(text)`, inside one). */
export const storageText = (ref: MessageRef): string => formatFrom(ENGLISH, ref);

/** An error of storage, named by key (`.message` is the English). */
export class StorageError extends MessageError<StorageMessageKey> {
  constructor(key: StorageMessageKey, vars: MessageVars = {}) {
    super(key, vars, storageText({ key, vars }));
    this.name = 'StorageError';
  }
}
