/** Character classes shared by the normaliser, the tokeniser and the matchers (UTF-16 code units). */

const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;

/** Lazily filled: a Unicode property regex per code unit is too slow for every character of a page. */
const wordClass = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

for (let code = 0; code < 0x80; code++) {
  const isWord =
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  wordClass[code] = isWord ? WORD : OTHER;
}
// Astral letters are rare on news pages while astral emoji are common next to names.
wordClass.fill(OTHER, 0xd800, 0xe000);

/**
 * Blocks whose every code unit is known without the regex (a test checks them against it):
 * compiling the regex costs a page about a millisecond, and text in Latin scripts, with the
 * punctuation of news pages, or Chinese and Korean names then never needs it.
 */
export const KNOWN_BLOCKS: readonly (readonly [from: number, to: number, word: boolean])[] = [
  [0x80, 0xa9, false],
  [0xc0, 0xd6, true],
  [0xd7, 0xd7, false],
  [0xd8, 0xf6, true],
  [0xf7, 0xf7, false],
  [0xf8, 0x24f, true],
  [0x2000, 0x206f, false],
  [0x20a0, 0x20bf, false],
  [0x2100, 0x2101, false],
  [0x2190, 0x23ff, false],
  [0x2500, 0x2775, false],
  [0x3000, 0x3004, false],
  [0x3008, 0x3020, false],
  [0x4e00, 0x9fef, true],
  [0xac00, 0xd7a3, true],
  [0xff01, 0xff0f, false],
];
for (const [from, to, word] of KNOWN_BLOCKS) wordClass.fill(word ? WORD : OTHER, from, to + 1);

/**
 * The class of a code unit: WORD_CLASS or another. The tokeniser keeps its own table of what it
 * reads per character, filled from this (see `tokenize`).
 */
export function classifyCode(code: number): number {
  let cls = wordClass[code] as number;
  if (cls === UNKNOWN) {
    cls = WORD_CHAR.test(String.fromCharCode(code)) ? WORD : OTHER;
    wordClass[code] = cls;
  }
  return cls;
}

export const WORD_CLASS = WORD;

/** Letters, digits and combining marks: what may not touch either end of a matched name. */
export function isWordChar(code: number): boolean {
  return classifyCode(code) === WORD;
}
