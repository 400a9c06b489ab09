/** Where a text stops being JSON, in words a person can find: a line and column, or "ends too early". */
export type JsonErrorPlace = { kind: 'at'; line: number; column: number } | { kind: 'end' } | { kind: 'valid' };

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Broken {
  constructor(readonly offset: number) {}
}

/**
 * Scans the text as JSON and finds the first place it breaks, so a refused file can be
 * explained by line and column instead of the browser's parser message (which differs
 * between versions and speaks English only). Iterative: deep nesting cannot overflow the stack.
 */
export function findJsonErrorPlace(text: string): JsonErrorPlace {
  let i = 0;
  const fail = (offset = i): never => {
    throw new Broken(offset);
  };
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const char = text[i]!;
      if (char === '"') return void i++;
      if (char === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail(i);
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail(i);
      } else if (char < ' ') fail(i);
      else i++;
    }
  };
  const scalar = () => {
    if (text[i] === '"') return string();
    const literal = LITERALS.find((word) => text.startsWith(word, i));
    if (literal) return void (i += literal.length);
    NUMBER.lastIndex = i;
    if (NUMBER.test(text) && NUMBER.lastIndex > i) return void (i = NUMBER.lastIndex);
    fail();
  };

  // The stack holds the open containers; `expectValue`: a value comes next, else a separator or close.
  const stack: Array<'{' | '['> = [];
  try {
    let expectValue = true;
    skip();
    for (;;) {
      const top = stack.at(-1);
      if (expectValue) {
        if (i >= text.length) fail();
        const char = text[i];
        if (char === '{' || char === '[') {
          stack.push(char);
          i++;
          skip();
          if (text[i] === (char === '{' ? '}' : ']')) {
            stack.pop();
            i++;
            expectValue = false;
          } else if (char === '{') {
            if (text[i] !== '"') fail();
            string();
            skip();
            if (text[i] !== ':') fail();
            i++;
          }
        } else {
          scalar();
          expectValue = false;
        }
      } else if (!top) {
        skip();
        if (i < text.length) fail();
        return { kind: 'valid' };
      } else {
        skip();
        const char = text[i];
        if (char === ',') {
          i++;
          skip();
          if (top === '{') {
            if (text[i] !== '"') fail();
            string();
            skip();
            if (text[i] !== ':') fail();
            i++;
          }
          expectValue = true;
        } else if (char === (top === '{' ? '}' : ']')) {
          stack.pop();
          i++;
        } else fail();
      }
      skip();
    }
  } catch (error) {
    if (!(error instanceof Broken)) throw error;
    if (error.offset >= text.length) return { kind: 'end' };
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    return { kind: 'at', line, column: error.offset - before.lastIndexOf('\n') };
  }
}
