import { isWordChar } from './chars';

/** Word tokens of a (normalised) text as parallel offset arrays, cheap to build for long pages. */
export interface Tokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Word tokens: runs of letters, digits and marks; a figure such as "1,500" or "1.5" is one. */
export function tokenize(text: string): Tokens {
  const n = text.length;
  let starts = new Int32Array(Math.max(16, n >> 2));
  let ends = new Int32Array(starts.length);
  let count = 0;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(text.charCodeAt(i))) {
      i++;
      // A figure with thousands separators or decimals ("1,500", "1.5") is one token.
      if (
        i + 1 < n &&
        (text.charCodeAt(i) === 0x2c || text.charCodeAt(i) === 0x2e) &&
        isDigit(text.charCodeAt(i - 1)) &&
        isDigit(text.charCodeAt(i + 1))
      )
        i++;
    }
    if (count === starts.length) {
      const grownStarts = new Int32Array(count * 2);
      grownStarts.set(starts);
      const grownEnds = new Int32Array(count * 2);
      grownEnds.set(ends);
      starts = grownStarts;
      ends = grownEnds;
    }
    starts[count] = start;
    ends[count] = i;
    count++;
  }
  return { count, starts, ends };
}
