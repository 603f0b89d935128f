/**
 * Unicode sentence boundaries (UAX #29, rules SB1–SB11 as ICU applies them for "en") for ASCII
 * text and the letters, dashes and quotes of common scripts. Intl.Segmenter gives the same
 * segments but costs far more per character, and normalised page text is nearly all of those.
 * Extend and Format (SB5) are never among them, and like Intl.Segmenter these rules know no
 * abbreviations: "Mr. Smith" is two sentences.
 */

const OTHER = 0;
const SP = 1;
const LOWER = 2;
const UPPER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SCONTINUE = 8;
const CR = 9;
const LF = 10;
const OLETTER = 11;
/** A non-ASCII code unit these rules leave to Intl.Segmenter: marks, symbols, other terminators. */
const UNKNOWN = 12;

/** Sentence_Break of each ASCII code (the ASCII part of SentenceBreakProperty.txt). */
const BREAK_CLASS = new Uint8Array(0x80).fill(OTHER);
BREAK_CLASS.fill(LOWER, 0x61, 0x7b);
BREAK_CLASS.fill(UPPER, 0x41, 0x5b);
BREAK_CLASS.fill(NUMERIC, 0x30, 0x3a);
for (const [chars, cls] of [
  [' \t\v\f', SP],
  ['.', ATERM],
  ['!?', STERM],
  ['"\'()[]{}', CLOSE],
  [',-:;', SCONTINUE],
  ['\r', CR],
  ['\n', LF],
] as const) {
  for (let k = 0; k < chars.length; k++) BREAK_CLASS[chars.charCodeAt(k)] = cls;
}

/**
 * Sentence_Break of the non-ASCII code units these rules know, plus one (0: not looked up yet):
 * letters, which names on news pages often have ("José", "字节跳动"), and the dashes and quotes
 * around them. Marks (Extend), format characters, other punctuation and astral characters are
 * UNKNOWN: a block with one is left to Intl.Segmenter.
 */
const OTHER_CLASS = new Uint8Array(0x10000);
/** Scripts whose letters were checked one by one against Intl.Segmenter (ICU has exceptions). */
const CHECKED_SCRIPT =
  /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}]$/u;
const LETTER = /^\p{L}$/u;
const LOWERCASE = /^\p{Lowercase}$/u;
const UPPERCASE = /^[\p{Uppercase}\p{Lt}]$/u;
const EXTEND = /^\p{Grapheme_Extend}$/u;
const NON_ASCII_PUNCTUATION = new Map([
  [0x2013, SCONTINUE],
  [0x2014, SCONTINUE],
  [0x2018, CLOSE],
  [0x2019, CLOSE],
  [0x201c, CLOSE],
  [0x201d, CLOSE],
  [0xab, CLOSE],
  [0xbb, CLOSE],
]);

function nonAsciiClass(code: number): number {
  const known = OTHER_CLASS[code] as number;
  if (known !== 0) return known - 1;
  const char = String.fromCharCode(code);
  let cls = NON_ASCII_PUNCTUATION.get(code) ?? UNKNOWN;
  if (
    (code < 0xd800 || code > 0xdfff) &&
    LETTER.test(char) &&
    CHECKED_SCRIPT.test(char) &&
    !EXTEND.test(char)
  ) {
    cls = LOWERCASE.test(char) ? LOWER : UPPERCASE.test(char) ? UPPER : OLETTER;
  }
  OTHER_CLASS[code] = cls + 1;
  return cls;
}

function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 0x80 ? (BREAK_CLASS[code] as number) : nonAsciiClass(code);
}

/**
 * Where a boundary may follow, and any non-ASCII character (which may be UNKNOWN). A regex finds
 * the next one several times faster than a loop over charCodeAt.
 */
const CANDIDATE = /[.!?\r\n\x80-\uffff]/g;

/** SB8: whether a lowercase letter comes before any other letter, terminator or separator. */
function lowerFollows(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const cls = classAt(text, i);
    if (cls === LOWER) return true;
    if (cls === UPPER || cls === OLETTER || cls === ATERM || cls === STERM) return false;
    if (cls === CR || cls === LF) return false;
    // Undecided: the caller reads on from `from` and gives the block up at this character.
    if (cls === UNKNOWN) return true;
  }
  return false;
}

/**
 * End of the sentence that starts at `start` in `text[start, end)`, or -1 if that range holds a
 * character these rules do not know (UNKNOWN). `start` must be the start of a block or a boundary
 * returned earlier.
 */
export function nextSentenceBreak(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    CANDIDATE.lastIndex = i;
    if (!CANDIDATE.test(text) || CANDIDATE.lastIndex > end) return end;
    i = CANDIDATE.lastIndex;
    const code = text.charCodeAt(i - 1);
    if (code >= 0x80) {
      // A known non-ASCII character is no terminator: read on.
      if (nonAsciiClass(code) === UNKNOWN) return -1;
      continue;
    }
    const cls = BREAK_CLASS[code];
    if (cls === LF) return i;
    if (cls === CR) return i < end && classAt(text, i) === LF ? i + 1 : i;

    // SB6, SB7: a decimal point, or a dot inside an initialism ("U.S").
    if (cls === ATERM && i < end) {
      const next = classAt(text, i);
      if (next === NUMERIC) continue;
      if (next === UPPER && i - 2 >= start) {
        const before = classAt(text, i - 2);
        if (before === UPPER || before === LOWER) continue;
      }
    }
    // SB9, SB10: closing punctuation and spaces stay with the terminator.
    let j = i;
    while (j < end && classAt(text, j) === CLOSE) j++;
    while (j < end && classAt(text, j) === SP) j++;
    if (j === end) return end;
    const next = classAt(text, j);
    if (next === UNKNOWN) return -1;
    if (next === LF) return j + 1;
    if (next === CR) return j + 1 < end && classAt(text, j + 1) === LF ? j + 2 : j + 1;
    // SB8a, SB8: the sentence goes on after "?," or "..." or "e.g. the".
    if (next === SCONTINUE || next === ATERM || next === STERM) {
      i = j;
      continue;
    }
    if (cls === ATERM && lowerFollows(text, j, end)) {
      i = j;
      continue;
    }
    return j;
  }
  return end;
}
