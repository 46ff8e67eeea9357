// Where a JSON text first goes wrong. Engines word JSON.parse errors differently and V8 often
// gives no position ("Unexpected token 'x', …"), so the line an error names comes from this small
// scanner instead. It only runs after JSON.parse has refused the text.

const WHITE_SPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** The offset of the first syntax error in `text`, or -1 when it is valid JSON. */
export function syntaxErrorOffset(text: string): number {
  let at = 0;
  const containers: string[] = [];
  const skipWhiteSpace = () => {
    while (at < text.length && WHITE_SPACE.has(text[at]!)) at++;
  };
  /** Reads a string starting at `at`; false when it is not one. */
  const readString = (): boolean => {
    if (text[at] !== '"') return false;
    at++;
    while (at < text.length) {
      const char = text[at]!;
      if (char === '"') {
        at++;
        return true;
      }
      if (char < ' ') return false;
      if (char === '\\') {
        const escape = text[at + 1];
        if (escape === 'u' ? !HEX4.test(text.slice(at + 2, at + 6)) : !ESCAPES.has(escape ?? '')) return false;
        at += escape === 'u' ? 6 : 2;
      } else at++;
    }
    return false;
  };
  /** Reads `"key":`; false when that is not what follows. */
  const readKey = (): boolean => {
    skipWhiteSpace();
    if (!readString()) return false;
    skipWhiteSpace();
    if (text[at] !== ':') return false;
    at++;
    return true;
  };
  /** Reads one scalar, or opens containers up to their first scalar; false when nothing valid starts at `at`. */
  const readValue = (): boolean => {
    for (;;) {
      skipWhiteSpace();
      const char = text[at];
      if (char === '{' || char === '[') {
        containers.push(char);
        at++;
        skipWhiteSpace();
        if (text[at] === (char === '{' ? '}' : ']')) {
          containers.pop();
          at++;
          return true;
        }
        if (char === '{' && !readKey()) return false;
        continue;
      }
      if (char === '"') return readString();
      for (const word of ['true', 'false', 'null']) {
        if (text.startsWith(word, at)) {
          at += word.length;
          return true;
        }
      }
      NUMBER.lastIndex = at;
      if (!NUMBER.test(text)) return false;
      at = NUMBER.lastIndex;
      return true;
    }
  };

  if (!readValue()) return at;
  for (;;) {
    skipWhiteSpace();
    const open = containers[containers.length - 1];
    if (open === undefined) return at < text.length ? at : -1;
    const close = open === '{' ? '}' : ']';
    if (text[at] === close) {
      containers.pop();
      at++;
    } else if (text[at] === ',') {
      at++;
      if ((open === '{' && !readKey()) || !readValue()) return at;
    } else return at;
  }
}

/** The 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
