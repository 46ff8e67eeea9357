// The model's words: one table of English templates, key → text with `{name}` variables (the syntax of
// src/i18n). The model never imports the catalogue; it names its messages by key, and
//   - `formatMessage(key, vars)` gives the English text (error `.message`, the CLI, the tests);
//   - src/i18n spreads this table into its English catalogue, and shows `t(key, vars)` on screen, so
//     another language overrides these keys without touching the model.
// A variable is text (data: a name, an id, a field path, JSON as the file writes it), a number (shown
// as prose shows it: a true minus sign, U+2212, and every digit), or another message (a nested
// `MessageRef`, e.g. a field's label or a record's kind), which is itself translated.

export const MODEL_MESSAGES = {
  /** Text that comes from elsewhere (a JavaScript engine, a library), shown as it is. */
  'model.text': '{text}',

  // Commands (src/model/commands): a refused edit.
  'model.command.selfLink': 'A link cannot join a touchpoint to itself',
  'model.command.alreadyLinked': 'These touchpoints are already linked',
  'model.command.pathIds': 'A path must list touchpoint ids',
  'model.command.pathTwice': 'A path lists touchpoint "{id}" twice',
  'model.command.clipboard': 'The clipboard is not journey data',
  'model.command.clipboardBecause': 'The clipboard is not journey data ({problem})',
  'model.command.between': '{label} must be between {min} and {max}',
  'model.command.position': 'Position must be a finite number',
  'model.command.text': '{label} must be text',
  'model.command.notFound': 'No {what} "{id}"',
  'model.command.index': 'Index must be a whole number from 0 to {last}',
  'model.command.patch': 'A change must be an object of fields',
  'model.command.forbiddenField': '"{field}" cannot be a field name',
  'model.command.lockedField': '"{field}" cannot be changed this way',
  'model.command.notes': 'Notes must be text',
  'model.command.stageId': 'Stage must be a stage id or none',
  'model.command.brandValues': 'Brand values must be a list of text',
  'model.command.notSetting': '"{key}" is not a setting',
  'model.command.ipaCut': 'IPA cut must be "mean" or "midpoint"',

  // Field labels inside messages ({label}).
  'model.label.name': 'Name',
  'model.label.emotion': 'Emotion',
  'model.label.brand': 'Brand',
  'model.label.brandDelivery': 'Brand delivery',
  'model.label.importance': 'Importance',
  'model.label.channel': 'Channel',
  'model.label.linkLabel': 'Label',
  'model.label.brandValue': 'A brand value',
  'model.label.brandedThreshold': 'Branded threshold',
  'model.label.unbrandedThreshold': 'Un-branded threshold',
  'model.label.cei': 'CEI',
  'model.label.bei': 'BEI',

  // Kinds of record inside messages ({what}).
  'model.record.touchpoint': 'touchpoint',
  'model.record.stage': 'stage',
  'model.record.link': 'link',
  'model.record.moment': 'moment',
  'model.record.path': 'path',

  // The scales (src/model/method/scales.ts).
  'model.score.number': '{label} must be a number',
  'model.score.required': '{label} is required',
  'model.score.thresholdOrder': 'Un-branded threshold must not be above the branded threshold',

  // Paths (src/model/method/path.ts).
  'model.path.unknownPath': 'unknown path "{id}"',
  'model.path.unknownTouchpoint': 'unknown touchpoint "{id}"',

  // The journey file (src/model/format): "{path}: {message}", the path as data (journey.touchpoints[3].importance).
  'model.file.field': '{path}: {message}',
  'model.file.notJson': 'not JSON: {reason}',
  'model.file.notJsonAt': 'not JSON: {reason} (line {line})',
  'model.file.expected': 'expected {what}',
  'model.file.or': '{first} or {second}',
  'model.file.nonEmpty': 'expected a non-empty string',
  'model.file.numberOrNull': 'expected a number or null',
  'model.file.stringOrNull': 'expected a string or null',
  'model.file.outside': '{value} is outside {min}…{max}',
  'model.file.usedTwice': '{id} is used twice',
  'model.file.namesNo': '{id} names no {what}',
  'model.file.notFinite': 'expected a finite number, got {got}',
  'model.file.notData': 'expected JSON data, got {got}',
  'model.file.cycle': 'refers back to an object that contains it',
  'model.file.forbiddenKey': 'this key is not allowed',
  'model.file.wholeNumber': 'expected a whole number',
  'model.file.newer': 'this file is version {version}; this app reads up to version {latest}',
  'model.file.noMigration': 'this app cannot read version {version} (no migration from version {from})',
  'model.file.migrationFailed': 'migrating from version {from} to {to} failed: {reason}',
  'model.file.migrationEmpty': 'migrating from version {from} to {to} gave no file',
  'model.file.invalid': 'not valid',

  // Kinds of value inside file messages ({what}, {got}).
  'model.type.object': 'an object',
  'model.type.array': 'an array',
  'model.type.integer': 'an integer',
  'model.type.string': 'a string',
  'model.type.number': 'a number',
  'model.type.boolean': 'a boolean',
  'model.type.nonPlain': 'a non-plain object',
  'model.type.other': 'a {name}',

  // Survey files and mappings (src/model/survey).
  'model.survey.columnNumber': '{role}: there is no column number {number} (the file has {count})',
  'model.survey.unknownColumn': '{role}: unknown column "{column}"; the columns are {columns}',
  'model.survey.noRatings': 'no rating column given',
  'model.survey.brands': '{brands} brand columns for {ratings} ratings',
  'model.survey.scale': 'scale {lo}…{hi}: the lowest value must be below the highest',
  'model.survey.outcomeValue': 'outcome category "{category}" maps to {value}, not 1 or 0',
  'model.survey.outcomeColumn': 'an outcome map needs an outcome column',
  'model.survey.row': 'data row {row} (row {fileRow} of the file, counting the header)',
  'model.survey.nonNumeric': '{row}, column "{column}": {cell} is neither a number nor a declared not-applicable code',
  'model.survey.outsideAt': '{row}, column "{column}": {value} is outside the scale {lo}…{hi}',
  'model.survey.outside': 'column "{column}": {value} is outside the scale {lo}…{hi}',
  'model.survey.role.rating': 'rating',
  'model.survey.role.brand': 'brand',
  'model.survey.role.weight': 'weight',
  'model.survey.role.outcome': 'outcome',
  'model.survey.role.segment': 'segment',
} as const;

export type ModelMessageKey = keyof typeof MODEL_MESSAGES;

/** A message by key with its variables; `K` narrows the keys (the model's own, storage's, …). */
export interface MessageRef<K extends string = string> {
  readonly key: K;
  readonly vars: MessageVars;
}

export type MessageVar = string | number | MessageRef;
export type MessageVars = Readonly<Record<string, MessageVar>>;

/** A number as prose shows it: a true minus sign (U+2212), as METHOD.md writes "−5"; never rounded. */
export const proseNumber = (value: number): string =>
  value < 0 ? `\u2212${String(-value)}` : String(value);

/** Fills `{name}`s with text, in one pass (inserted text is never read for variables again). */
export function fillTemplate(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** Variables as text: numbers as prose, nested messages through `text` (English, or the catalogue's). */
export function resolveVars(vars: MessageVars, text: (ref: MessageRef) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(vars)) {
    out[name] = typeof value === 'number' ? proseNumber(value) : typeof value === 'string' ? value : text(value);
  }
  return out;
}

/** The English of a message from a table of templates; an unknown key is shown as itself. */
export function formatFrom(templates: Readonly<Record<string, string>>, ref: MessageRef): string {
  const template = Object.hasOwn(templates, ref.key) ? templates[ref.key]! : ref.key;
  return fillTemplate(template, resolveVars(ref.vars, (inner) => formatFrom(templates, inner)));
}

export const message = <K extends ModelMessageKey>(key: K, vars: MessageVars = {}): MessageRef<K> => ({ key, vars });

/** The English text of one of the model's messages. */
export function formatMessage(key: ModelMessageKey, vars: MessageVars = {}): string {
  return formatFrom(MODEL_MESSAGES, { key, vars });
}

export const messageText = (ref: MessageRef<ModelMessageKey>): string => formatFrom(MODEL_MESSAGES, ref);

/** Text from elsewhere (an engine's error message) as a message: shown as it is in every language. */
export const literal = (text: string): MessageRef<'model.text'> => message('model.text', { text });

/**
 * An error that names its message by key: `.message` is the English (the CLI prints it), and the UI
 * shows `t(err.key, err.vars)` through src/i18n's `errorText`.
 */
export class MessageError<K extends string = string> extends Error implements MessageRef<K> {
  constructor(
    readonly key: K,
    readonly vars: MessageVars,
    english: string,
  ) {
    super(english);
    this.name = 'MessageError';
  }
}

/** A MessageError of the model's own table. */
export class ModelError extends MessageError<ModelMessageKey> {
  constructor(key: ModelMessageKey, vars: MessageVars = {}) {
    super(key, vars, formatMessage(key, vars));
    this.name = 'ModelError';
  }
}

/** Whether a value carries a message key and variables (a MessageError, or one sent between threads). */
export function isMessageRef(value: unknown): value is MessageRef {
  if (typeof value !== 'object' || value === null) return false;
  const { key, vars } = value as { key?: unknown; vars?: unknown };
  return typeof key === 'string' && typeof vars === 'object' && vars !== null && !Array.isArray(vars);
}
