/**
 * Test-only copy of the character-by-character normaliser that `utils/text/normalize.ts` replaced,
 * kept as the oracle for the differential property test: the fast version must agree with it on
 * `text`, `cased` and every original range.
 */

export interface NormalizedText {
  /** Case-folded text: what patterns are matched against. */
  text: string;
  /** The same text before case folding, offset for offset (for case-sensitive aliases). */
  cased: string;
  /** Original offset where the cluster that produced each normalised character begins; `length + 1` entries. */
  starts: Int32Array;
  /** Original offset where that cluster ends. */
  ends: Int32Array;
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

function isCombining(code: number): boolean {
  return code >= 0x300 && COMBINING_MARK.test(String.fromCharCode(code));
}

function lowerCase(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  const lower = String.fromCharCode(code).toLowerCase();
  // Expanding lowercase forms (İ → i̇) would shift offsets between `text` and `cased`.
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

class Output {
  cased: Uint16Array;
  folded: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  hasSurrogates = false;

  constructor(capacity: number) {
    this.cased = new Uint16Array(capacity);
    this.folded = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity + 1);
    this.ends = new Int32Array(capacity);
  }

  push(code: number, start: number, end: number): void {
    if (code >= 0xd800 && code <= 0xdfff) this.hasSurrogates = true;
    if (this.length === this.cased.length) this.grow();
    const i = this.length++;
    this.cased[i] = code;
    this.folded[i] = lowerCase(code);
    this.starts[i] = start;
    this.ends[i] = end;
  }

  /** An ASCII character that is not whitespace (the caller checked), one original unit wide. */
  pushAscii(code: number, at: number): void {
    if (this.length === this.cased.length) this.grow();
    const i = this.length++;
    this.cased[i] = code;
    this.folded[i] = code >= 65 && code <= 90 ? code + 32 : code;
    this.starts[i] = at;
    this.ends[i] = at + 1;
  }

  private grow(): void {
    const capacity = this.cased.length * 2 + 16;
    const cased = new Uint16Array(capacity);
    cased.set(this.cased);
    const folded = new Uint16Array(capacity);
    folded.set(this.folded);
    const starts = new Int32Array(capacity + 1);
    starts.set(this.starts);
    const ends = new Int32Array(capacity);
    ends.set(this.ends);
    this.cased = cased;
    this.folded = folded;
    this.starts = starts;
    this.ends = ends;
  }
}

const utf16 = new TextDecoder('utf-16le');

function decode(codes: Uint16Array, length: number, hasSurrogates: boolean): string {
  // The native decoder is much faster but would replace lone surrogates, shifting nothing yet
  // changing the text; those rare inputs take the exact path.
  if (!hasSurrogates) return utf16.decode(codes.subarray(0, length));
  let out = '';
  for (let i = 0; i < length; i += 8192) {
    out += String.fromCharCode.apply(
      null,
      codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[],
    );
  }
  return out;
}

/**
 * NFKC, case folding, one apostrophe / quote / hyphen each, invisible characters removed and every
 * whitespace run reduced to one character. That character is "\n" when the run contains a line
 * break, " " otherwise: block boundaries must survive so that no name or sentence spans two
 * paragraphs.
 */
export function normalizeText(input: string): NormalizedText {
  const out = new Output(input.length + 16);
  const n = input.length;
  let wsStart = -1;
  let wsEnd = -1;
  let wsBreak = false;

  const emit = (code: number, start: number, end: number) => {
    if (isWhitespace(code)) {
      if (wsStart < 0) wsStart = start;
      wsEnd = end;
      if (LINE_BREAKS.has(code)) wsBreak = true;
      return;
    }
    if (wsStart >= 0) {
      out.push(wsBreak ? 0x0a : 0x20, wsStart, wsEnd);
      wsStart = -1;
      wsBreak = false;
    }
    out.push(code, start, end);
  };

  let i = 0;
  while (i < n) {
    const code = input.charCodeAt(i);
    const next = i + 1 < n ? input.charCodeAt(i + 1) : 0;
    // Plain ASCII not followed by a combining mark: the bulk of most pages, written directly.
    if (code < 0x80 && next < 0x300) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
        if (wsStart < 0) wsStart = i;
        wsEnd = i + 1;
        if (code !== 0x20 && code !== 0x09) wsBreak = true;
      } else {
        if (wsStart >= 0) {
          out.push(wsBreak ? 0x0a : 0x20, wsStart, wsEnd);
          wsStart = -1;
          wsBreak = false;
        }
        out.pushAscii(code, i);
      }
      i++;
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
    const cluster =
      mapped === undefined
        ? input.slice(i, end)
        : String.fromCharCode(mapped) + input.slice(i + 1, end);
    const normal = cluster.normalize('NFKC');
    for (let k = 0; k < normal.length; k++) {
      const c = normal.charCodeAt(k);
      if (!REMOVED.has(c)) emit(PUNCTUATION[c] ?? c, i, end);
    }
    i = end;
  }
  if (wsStart >= 0) out.push(wsBreak ? 0x0a : 0x20, wsStart, wsEnd);

  const length = out.length;
  const starts = out.starts.slice(0, length + 1);
  starts[length] = n;
  return {
    text: decode(out.folded, length, out.hasSurrogates),
    cased: decode(out.cased, length, out.hasSurrogates),
    starts,
    ends: out.ends.slice(0, length),
  };
}

/** Original range of the normalised range [start, end). */
export function toOriginalRange(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const originalStart = normalized.starts[start] ?? 0;
  const originalEnd = end > start ? (normalized.ends[end - 1] ?? originalStart) : originalStart;
  return { start: originalStart, end: originalEnd };
}

/** The folded form of a short string (an alias, a keyword), without the offset map. */
export function foldText(input: string): string {
  return normalizeText(input).text.trim();
}
