// Field paths as errors show them: `journey.touchpoints[3].importance`.

import { message, type MessageRef, type ModelMessageKey } from '../messages.ts';

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The JSON-path-like name of a field; the file itself is "file". */
export function pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'symbol') text += `[${String(segment)}]`;
    else if (IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text === '' ? 'file' : text;
}

/** A file error as a message: "{path}: {message}" (or "not JSON: …", which has no field). */
export type FileIssue = MessageRef<ModelMessageKey>;

/** `path: sentence`, the shape of every file error: the path is data, the sentence a message of its own. */
export const fieldIssue = (path: readonly PropertyKey[], sentence: MessageRef<ModelMessageKey>): FileIssue =>
  message('model.file.field', { path: pathText(path), message: sentence });
