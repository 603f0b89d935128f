import { foldUnit } from './case-fold';
import { classifyCode, isWordChar, WORD_CLASS } from './chars';

/**
 * Word tokens of a (normalised) text as parallel arrays, cheap to build for long pages: offsets,
 * and each token's hash (FNV-1a over its folded code units), so that a token can be looked up
 * without cutting it out. Folding the case of a character never changes its class (a test checks
 * every one), so the tokens of a cased text and of its folded text are the same, with the same
 * hashes.
 */
export interface Tokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
}

/** FNV-1a over UTF-16 code units. */
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function grown(list: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(list.length * 2);
  bigger.set(list);
  return bigger;
}

/** Whether `text[at]` is a separator inside a figure ("1,500", "1.5"), which is one token. */
function joinsFigure(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (
    (code === 0x2c || code === 0x2e) &&
    at + 1 < text.length &&
    isDigit(text.charCodeAt(at - 1)) &&
    isDigit(text.charCodeAt(at + 1))
  );
}

/** Whether the token going on at `at` (if any) goes on past it: `at` is no word boundary. */
export function continuesWord(text: string, at: number): boolean {
  return at < text.length && (isWordChar(text.charCodeAt(at)) || joinsFigure(text, at));
}

/**
 * Per code unit, what the tokeniser needs of it in one read: 0 while not looked up yet, 1 for a
 * character outside words, else the folded unit of a word character (never 0 or 1: those are
 * control characters, and folding keeps a character's class).
 */
const tokenUnits = new Uint16Array(0x10000);
const NOT_WORD = 1;

function tokenUnitOf(code: number): number {
  const unit = classifyCode(code) === WORD_CLASS ? foldUnit(code) : NOT_WORD;
  tokenUnits[code] = unit;
  return unit;
}

/**
 * Word tokens: runs of letters, digits and marks; a figure such as "1,500" or "1.5" is one.
 * `reuse` (tokens of an earlier text, no longer needed) lends its arrays when they are long enough.
 */
export function tokenize(text: string, reuse?: Tokens): Tokens {
  const n = text.length;
  const size = Math.max(16, n >> 2);
  const fits = reuse !== undefined && reuse.starts.length >= size;
  let starts = fits ? reuse.starts : new Int32Array(size);
  let ends = fits ? reuse.ends : new Int32Array(size);
  let hashes = fits ? reuse.hashes : new Int32Array(size);
  let count = 0;
  let i = 0;
  // The table reads and hash steps are written out: a call per character costs most while the
  // code is still cold (the first scans of a page).
  const units = tokenUnits;
  while (i < n) {
    let code = text.charCodeAt(i);
    let unit = units[code] as number;
    if (unit === 0) unit = tokenUnitOf(code);
    if (unit === NOT_WORD) {
      i++;
      continue;
    }
    const start = i;
    let hash = HASH_SEED;
    for (;;) {
      hash = Math.imul(hash ^ unit, HASH_PRIME);
      if (++i === n) break;
      code = text.charCodeAt(i);
      unit = units[code] as number;
      if (unit === 0) unit = tokenUnitOf(code);
      if (unit !== NOT_WORD) continue;
      // A separator inside a figure is hashed and passed like a word character.
      if ((code !== 0x2c && code !== 0x2e) || !joinsFigure(text, i)) break;
      unit = code;
    }
    if (count === starts.length) {
      starts = grown(starts);
      ends = grown(ends);
      hashes = grown(hashes);
    }
    starts[count] = start;
    ends[count] = i;
    hashes[count] = hash;
    count++;
  }
  return { count, starts, ends, hashes };
}
