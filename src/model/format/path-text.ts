// Field paths as errors show them: `journey.touchpoints[3].importance`.

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

/** `path: message`, the one shape of every file error. */
export const fieldError = (path: readonly PropertyKey[], message: string): string =>
  `${pathText(path)}: ${message}`;
