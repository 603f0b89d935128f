/**
 * Normalisation for matching that keeps a map back to the original text, so a match found in
 * normalised text can be highlighted in the page. Every output character comes from one input
 * "cluster" (a code point plus its combining marks, or a run of whitespace) and records that
 * cluster's original range.
 */

import { lastAtOrBefore } from '../sorted';
import { foldsAlone, foldWithAlone } from './case-fold';

export interface NormalizedText {
  /**
   * Case-folded text: what patterns are matched against. Made on first read: a scan reads `cased`
   * and folds each character as it goes (see `case-fold.ts`).
   */
  readonly text: string;
  /** The same text before case folding, offset for offset (for case-sensitive aliases). */
  readonly cased: string;
  /** Where each normalised character comes from; read through `toOriginalRange`. */
  readonly offsets: OffsetMap;
}

/**
 * The original range of every normalised character, stored as pieces so that plain text costs
 * nothing: in a "run" piece each character is one original unit and the offsets advance together;
 * in a cluster piece every character comes from the same original range.
 */
class OffsetMap {
  /** Normalised offset where each piece begins, ascending. */
  private readonly at: number[] = [];
  private readonly from: number[] = [];
  /** Original end of a cluster piece; -1 for a run piece. */
  private readonly to: number[] = [];
  /** The piece of the last lookup. */
  private last = 0;

  /** Normalised character `offset` comes from original [start, end); offsets arrive in order. */
  add(offset: number, start: number, end: number): void {
    const last = this.at.length - 1;
    if (last >= 0) {
      const to = this.to[last] as number;
      const from = this.from[last] as number;
      const continues =
        to < 0
          ? end === start + 1 && start === from + offset - (this.at[last] as number)
          : start === from && end === to;
      if (continues) return;
    }
    this.at.push(offset);
    this.from.push(start);
    this.to.push(end === start + 1 ? -1 : end);
  }

  /** Original offset where the cluster of normalised character `offset` begins. */
  start(offset: number): number {
    const k = this.pieceAt(offset);
    const to = this.to[k] as number;
    const from = this.from[k] as number;
    return to < 0 ? from + offset - (this.at[k] as number) : from;
  }

  /** Original offset where the cluster of normalised character `offset` ends. */
  end(offset: number): number {
    const k = this.pieceAt(offset);
    const to = this.to[k] as number;
    return to < 0 ? (this.from[k] as number) + offset - (this.at[k] as number) + 1 : to;
  }

  private pieceAt(offset: number): number {
    // Callers mostly ask in text order: the piece of the last answer or the next one is checked
    // before searching.
    const at = this.at;
    const last = this.last;
    if ((at[last] as number) <= offset) {
      if (last + 1 >= at.length || (at[last + 1] as number) > offset) return last;
      if (last + 2 >= at.length || (at[last + 2] as number) > offset) {
        this.last = last + 1;
        return last + 1;
      }
    }
    // The first piece starts at 0: some piece is at or before any offset.
    this.last = Math.max(0, lastAtOrBefore(at, offset));
    return this.last;
  }
}

class Normalized implements NormalizedText {
  #text: string | undefined;

  constructor(
    readonly cased: string,
    /** Where `cased` has units that fold alone (see `foldWithAlone`). */
    private readonly alone: readonly number[],
    readonly offsets: OffsetMap,
  ) {}

  get text(): string {
    this.#text ??= foldWithAlone(this.cased, this.alone);
    return this.#text;
  }
}

const REMOVED = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

/** Applied before NFKC, which would otherwise turn ″ into two primes. */
const PUNCTUATION: Record<number, number> = {
  8216: 0x27,
  8217: 0x27,
  8219: 0x27,
  8242: 0x27,
  700: 0x27,
  8220: 0x22,
  8221: 0x22,
  8222: 0x22,
  8223: 0x22,
  8243: 0x22,
  8208: 0x2d,
  8209: 0x2d,
  8210: 0x2d,
  8211: 0x2d,
  8212: 0x2d,
  8722: 0x2d,
};

const COMBINING_MARK = /\p{M}/u;
const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);

/**
 * Printable ASCII words joined by single spaces: copied unchanged, each character its own cluster.
 * The last one must not take a combining mark, so it may not precede a unit from U+0300 on, save
 * the common dashes, quotes and ellipsis at U+2010–U+2027 (which are no marks). Whatever this
 * leaves out goes the slow way, which gives the same result.
 */
const PLAIN = /[!-~]+(?: [!-~]+)*(?![\u0300-\u200f\u2028-\uffff])/y;

function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x85 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Caches a function of one code unit: non-Latin text asks the slow Unicode calls again and again. */
function perUnit<T>(compute: (code: number) => T): (code: number) => T {
  const known = new Map<number, T>();
  return (code) => {
    let value = known.get(code);
    if (value === undefined) {
      value = compute(code);
      known.set(code, value);
    }
    return value;
  };
}

const isMark = perUnit((code) => COMBINING_MARK.test(String.fromCharCode(code)));

function isCombining(code: number): boolean {
  return code >= 0x300 && isMark(code);
}

const unitNfkc = perUnit((code) => String.fromCharCode(code).normalize('NFKC'));

/**
 * NFKC, case folding, one apostrophe / quote / hyphen each, invisible characters removed and every
 * whitespace run reduced to one character. That character is "\n" when the run contains a line
 * break, " " otherwise: block boundaries must survive so that no name or sentence spans two
 * paragraphs.
 */
export function normalizeText(input: string): NormalizedText {
  const offsets = new OffsetMap();
  const n = input.length;
  // Joined once at the end: a flat string, which every later pass reads faster than the tree
  // of pieces that appending one by one would make.
  const parts: string[] = [];
  let length = 0;
  const alone: number[] = [];
  let wsStart = -1;
  let wsEnd = -1;
  let wsBreak = false;

  const flushWhitespace = () => {
    if (wsStart < 0) return;
    offsets.add(length++, wsStart, wsEnd);
    parts.push(wsBreak ? '\n' : ' ');
    wsStart = -1;
    wsBreak = false;
  };

  const emit = (code: number, start: number, end: number) => {
    if (isWhitespace(code)) {
      if (wsStart < 0) wsStart = start;
      wsEnd = end;
      if (LINE_BREAKS.has(code)) wsBreak = true;
      return;
    }
    flushWhitespace();
    if (foldsAlone(code)) alone.push(length);
    offsets.add(length++, start, end);
    parts.push(String.fromCharCode(code));
  };

  let i = 0;
  while (i < n) {
    const code = input.charCodeAt(i);
    PLAIN.lastIndex = i;
    if (code > 0x20 && code < 0x7f && PLAIN.test(input)) {
      flushWhitespace();
      offsets.add(length, i, i + 1);
      parts.push(input.slice(i, PLAIN.lastIndex));
      length += PLAIN.lastIndex - i;
      i = PLAIN.lastIndex;
      continue;
    }
    if (REMOVED.has(code)) {
      i++;
      continue;
    }
    let end = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && end < n) {
      const low = input.charCodeAt(end);
      if (low >= 0xdc00 && low <= 0xdfff) end++;
    }
    // Marks after white space are a cluster of their own: a run of white space collapses to one
    // character, whose original range must not stretch over a mark that is kept.
    if (!isWhitespace(code)) while (end < n && isCombining(input.charCodeAt(end))) end++;
    const mapped = PUNCTUATION[code];
    // NFKC leaves a lone ASCII character as it is: skip it for whitespace and mapped punctuation.
    if (end === i + 1 && (code < 0x80 || mapped !== undefined)) {
      emit(mapped ?? code, i, end);
      i = end;
      continue;
    }
    const normal =
      end === i + 1
        ? unitNfkc(code)
        : (mapped === undefined
            ? input.slice(i, end)
            : String.fromCharCode(mapped) + input.slice(i + 1, end)
          ).normalize('NFKC');
    for (let k = 0; k < normal.length; k++) {
      const c = normal.charCodeAt(k);
      if (!REMOVED.has(c)) emit(PUNCTUATION[c] ?? c, i, end);
    }
    i = end;
  }
  flushWhitespace();
  // The end of the text maps to the end of the original.
  offsets.add(length, n, n + 1);
  return new Normalized(parts.join(''), alone, offsets);
}

/** Original range of the normalised range [start, end). */
export function toOriginalRange(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const originalStart = normalized.offsets.start(start);
  const originalEnd = end > start ? normalized.offsets.end(end - 1) : originalStart;
  return { start: originalStart, end: originalEnd };
}

/** The folded form of a short string (an alias, a keyword). */
export function foldText(input: string): string {
  return normalizeText(input).text.trim();
}
