/**
 * Where a JSON text first goes wrong, as line and column. JSON.parse on Node 20 often names no
 * position ("Unexpected token '}', ... is not valid JSON"), and people writing framework files by
 * hand need one, so this walks the text the way the JSON grammar (RFC 8259) does and stops at the
 * first character that cannot be there.
 */
export interface JsonSyntaxProblem {
  line: number;
  column: number;
  message: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  let i = 0;
  const describe = (at: number) => (at >= text.length ? 'the end of the file' : `"${text[at]}"`);
  const fail = (message: string, at = i): never => {
    throw new Stop(at, message);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`Unexpected ${describe(i)}: expected a value (a string, number, object, array, true, false or null).`);
  };
  const string = () => {
    i += 1; // opening quote
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        i += 1;
        return;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('A \\u escape needs four hexadecimal digits.');
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail('Unknown escape in a string: use \\", \\\\, \\n, \\t or \\uXXXX.');
      } else if (ch.charCodeAt(0) < 0x20) fail('A line break or control character inside a string: close the string first, or write \\n.');
      else i += 1;
    }
    fail('This string is never closed: add the closing ".', text.length);
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match || match[0] === '-' || match[0] === '') fail(`Unexpected ${describe(i)}: expected a value.`);
    i += match![0].length;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') return object();
    if (ch === '[') return array();
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail(`Unexpected ${describe(i)}: expected a value (a string, number, object, array, true, false or null).`);
  };
  const object = () => {
    i += 1;
    space();
    if (text[i] === '}') {
      i += 1;
      return;
    }
    for (;;) {
      space();
      if (text[i] !== '"') fail(text[i] === '}' ? 'A comma before "}" is not allowed in JSON: remove it.' : `Unexpected ${describe(i)}: expected a property name in double quotes.`);
      string();
      space();
      if (text[i] !== ':') fail(`Unexpected ${describe(i)}: expected ":" after the property name.`);
      i += 1;
      value();
      space();
      if (text[i] === ',') i += 1;
      else if (text[i] === '}') {
        i += 1;
        return;
      } else fail(`Unexpected ${describe(i)}: expected "," or "}" (is a comma missing on the line before?).`);
    }
  };
  const array = () => {
    i += 1;
    space();
    if (text[i] === ']') {
      i += 1;
      return;
    }
    for (;;) {
      space();
      if (text[i] === ']') fail('A comma before "]" is not allowed in JSON: remove it.');
      value();
      space();
      if (text[i] === ',') i += 1;
      else if (text[i] === ']') {
        i += 1;
        return;
      } else fail(`Unexpected ${describe(i)}: expected "," or "]".`);
    }
  };

  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1; // a byte-order mark from Windows editors is harmless
    value();
    space();
    if (i < text.length) fail(`Unexpected ${describe(i)} after the end of the JSON value.`);
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...lineAndColumn(text, error.offset), message: error.message };
  }
}

/** 1-based line and column (in characters) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k += 1) {
    if (text[k] === '\n') {
      line += 1;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
