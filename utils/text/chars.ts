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
 * The class of a code unit: WORD_CLASS or OTHER_CLASS. Loops over every character of a page
 * read `wordClasses` themselves and call this only for a 0 there: a call per character costs
 * most while the code is still cold (the first scans of a page).
 */
export function classifyCode(code: number): number {
  let cls = wordClass[code] as number;
  if (cls === UNKNOWN) {
    cls = WORD_CHAR.test(String.fromCharCode(code)) ? WORD : OTHER;
    wordClass[code] = cls;
  }
  return cls;
}

/** Per code unit: 0 while not looked up yet (see `classifyCode`), else its class. */
export const wordClasses: Readonly<Uint8Array> = wordClass;
export const WORD_CLASS = WORD;

/** Letters, digits and combining marks: what may not touch either end of a matched name. */
export function isWordChar(code: number): boolean {
  return classifyCode(code) === WORD;
}
