import type { Entity } from '../index/types';
import { foldUnit } from '../text/case-fold';
import { isWordChar } from '../text/chars';
import { type NormalizedText, normalizeText } from '../text/normalize';
import { continuesWord, type Tokens, tokenize } from '../text/tokens';
import type { PreparedIndex } from './prepared';
import { type AliasRef, type ExactHit, effectiveWhen } from './rules';
import { Trie, type TrieTables, trieTables } from './trie';

/** Entity indexes related to each entity, whichever side of the pair lists the other. */
export function relatedIndexes(entities: readonly Entity[]): number[][] {
  const position = new Map(entities.map((e, i) => [e.id, i]));
  const related = entities.map(() => new Set<number>());
  entities.forEach((entity, i) => {
    for (const id of entity.related) {
      const j = position.get(id);
      if (j === undefined || j === i) continue;
      related[i]?.add(j);
      related[j]?.add(i);
    }
  });
  return related.map((set) => [...set]);
}

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Scripts written without spaces have no word boundary to check. */
function needsBoundary(code: number): boolean {
  if (!isWordChar(code)) return false;
  return code < 0x80 || !UNSPACED_SCRIPT.test(String.fromCharCode(code));
}

/** Bits of `ExactAliasMatcher.kinds`, set on first sight of a code unit (KNOWN: seen). */
const KNOWN = 1;
/** Patterns that need a word boundary before them start with it. */
const BOUNDED = 2;
/** A pattern starting with it may begin a longer word (it ends in an unspaced script). */
const ANY_WORD = 4;

/** The hash of two words in a row, from their hashes. */
function pairHash(first: number, second: number): number {
  return Math.imul(first ^ ((second << 13) | (second >>> 19)), 0x9e3779b1);
}

function addBit(set: Uint32Array, bit: number): void {
  set[bit >>> 5] = (set[bit >>> 5] as number) | (1 << (bit & 31));
}

function hasBit(set: Uint32Array, bit: number): boolean {
  return (((set[bit >>> 5] as number) >>> (bit & 31)) & 1) === 1;
}

/**
 * The trie of `patterns` and the state where each ends. Prepared tables are used when they lead
 * every pattern to a state of its own: a walk then finds the same patterns as in a trie built
 * here, as any other path leads to no pattern.
 */
function trieOf(
  patterns: readonly string[],
  prepared?: TrieTables,
): { trie: Trie; ends: number[] } {
  if (prepared) {
    const trie = new Trie(prepared);
    const ends = patterns.map((p) => trie.walk(p));
    const inside = ends.every((end) => Number.isInteger(end) && end > 0 && end < trie.stateCount);
    if (inside && new Set(ends).size === ends.length) return { trie, ends };
  }
  const trie = new Trie(trieTables(patterns));
  return { trie, ends: patterns.map((p) => trie.walk(p)) };
}

/**
 * Exact, whole-word, leftmost-longest matching of every alias of every entity in one pass: from
 * each position where an alias may begin, the trie is walked to find the longest alias there that
 * passes the word-boundary and case checks; it is taken, and the search goes on after it.
 *
 * Nearly every alias needs a word boundary before it, so it can only begin where a word (a token
 * of `tokenize`) begins, and only at a word equal to its own first word (which the page must have
 * too, whole, as a boundary follows it), followed by a word equal to its second word if it has
 * one. Bit sets of the hashes of one-word aliases and of the first two words of longer ones let
 * most words of a page be passed over by their token hashes, without reading them: "the" is the
 * first word of "The New York Times" but is rarely followed by "new". The few aliases needing no
 * boundary (an unspaced script, a leading symbol) are tried wherever their first character is.
 */
export class ExactAliasMatcher {
  private readonly trie: Trie;
  /** Per trie state: the pattern (distinct alias key) ending there, or -1. */
  private readonly patternAt: Int32Array;
  private readonly refsByPattern: AliasRef[][];
  /** Per pattern: 1 when none of its aliases is case-sensitive, so that every ref is kept. */
  private readonly caseFree: Uint8Array;
  /** Per pattern: 1 when its end needs a word boundary. */
  private readonly boundedEnd: Uint8Array;
  /**
   * Per pattern of several words needing a boundary before it: where its first word ends, as the
   * page must have that word whole ("1," is not in "1,500"); 0 for any other pattern.
   */
  private readonly firstWordEnds: Int32Array;
  /** Per code unit: KNOWN, BOUNDED, ANY_WORD. */
  private readonly kinds = new Uint8Array(0x10000);
  /** The first characters of patterns needing no boundary before them; null when there are none. */
  private readonly freeStarts: RegExp | null;
  /**
   * Bit sets, for the patterns needing a boundary before them, of the hashes of the one-word
   * patterns' words and of the first two words of the others (`pairHash`).
   */
  private readonly singleWords: Uint32Array;
  private readonly wordPairs: Uint32Array;
  /** A hash's bit in those sets is its top bits: `hash >>> shift`. */
  private readonly shift: number;

  /** `prepared` (checked by the caller to fit `entities`) saves normalising every alias. */
  constructor(entities: readonly Entity[], prepared?: PreparedIndex) {
    const patternIndex = new Map<string, number>();
    const patterns: string[] = [];
    this.refsByPattern = [];
    entities.forEach((entity, e) => {
      entity.aliases.forEach((alias, a) => {
        let key: string;
        let cased: string;
        const preparedKey = prepared?.aliasKeys[e]?.[a];
        if (preparedKey !== undefined) {
          key = preparedKey;
          cased = prepared?.aliasCased[e]?.[a] ?? key;
        } else {
          const normal = normalizeText(alias.text.trim());
          key = normal.text;
          cased = normal.cased;
        }
        if (key.length === 0) return;
        const canonical = a === 0 || alias.text === entity.name;
        let p = patternIndex.get(key);
        if (p === undefined) {
          p = patterns.length;
          patternIndex.set(key, p);
          patterns.push(key);
          this.refsByPattern.push([]);
        }
        this.refsByPattern[p]?.push({
          entity: e,
          alias,
          cased,
          when: effectiveWhen(entity, alias, canonical),
          canonical,
        });
      });
    });
    // Plain loops: this runs once per page, before JIT compilers have warmed up.
    this.caseFree = new Uint8Array(patterns.length);
    this.boundedEnd = new Uint8Array(patterns.length);
    for (let p = 0; p < patterns.length; p++) {
      const pattern = patterns[p] as string;
      this.caseFree[p] = 1;
      for (const ref of this.refsByPattern[p] ?? [])
        if (ref.alias.caseSensitive) this.caseFree[p] = 0;
      this.boundedEnd[p] = needsBoundary(pattern.charCodeAt(pattern.length - 1)) ? 1 : 0;
    }

    const { trie, ends } = trieOf(patterns, prepared?.trie);
    this.trie = trie;
    this.patternAt = new Int32Array(trie.stateCount).fill(-1);
    for (let p = 0; p < ends.length; p++) this.patternAt[ends[p] as number] = p;

    // At least 64 bits per pattern: few words of a page pass for the start of one by chance.
    const bits = Math.max(10, Math.ceil(Math.log2(patterns.length * 64)));
    this.shift = 32 - bits;
    this.singleWords = new Uint32Array(1 << (bits - 5));
    this.wordPairs = new Uint32Array(1 << (bits - 5));
    const freeStarts = new Set<number>();
    this.firstWordEnds = new Int32Array(patterns.length);
    let words: Tokens | undefined;
    for (let k = 0; k < patterns.length; k++) {
      const p = patterns[k] as string;
      const start = p.charCodeAt(0);
      if (!needsBoundary(start)) {
        freeStarts.add(start);
        continue;
      }
      // A pattern starting with a word character starts with a token: the page must have it whole.
      // Cut as a page is (which also warms the tokeniser up for the page).
      words = tokenize(p, words);
      const wordEnd = words.ends[0] as number;
      if (wordEnd < p.length) this.firstWordEnds[k] = wordEnd;
      if (wordEnd === p.length && !this.boundedEnd[k]) {
        this.kinds[start] = (this.kinds[start] || this.kindOf(start)) | ANY_WORD;
      }
      // The second word is the next token, whatever stands between. The page has it whole when
      // the pattern goes on after it with a character that never joins it (not "1." of "1.5"),
      // or ends with it and needs a boundary there (not "b 字" in "b 字字"); else the first word
      // alone must do.
      const first = words.hashes[0] as number;
      const secondEnd = words.count > 1 ? (words.ends[1] as number) : p.length;
      const after = p.charCodeAt(secondEnd);
      const secondWhole =
        secondEnd < p.length ? after !== 0x2c && after !== 0x2e : this.boundedEnd[k] === 1;
      if (words.count > 1 && secondWhole) {
        addBit(this.wordPairs, pairHash(first, words.hashes[1] as number) >>> this.shift);
      } else {
        addBit(this.singleWords, first >>> this.shift);
      }
    }
    // Code units, not code points (no "u" flag), as the trie reads them.
    const unitEscape = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
    this.freeStarts =
      freeStarts.size > 0 ? new RegExp(`[${[...freeStarts].map(unitEscape).join('')}]`, 'g') : null;
  }

  /** The trie as plain arrays, for `prepareIndex`. */
  trieTables(): TrieTables {
    return this.trie.tables();
  }

  /**
   * `tokens` are the tokens of `normal.cased`. The page is read cased, each character folded as
   * the trie reads it: `normal.text` is never made.
   */
  find(normal: NormalizedText, tokens: Tokens): ExactHit[] {
    const text = normal.cased;
    const n = text.length;
    const { kinds, singleWords, wordPairs, shift } = this;
    const { count, starts, hashes } = tokens;
    const hits: ExactHit[] = [];
    let t = 0;
    let free = this.nextFree(text, 0);
    for (;;) {
      const word = t < count ? (starts[t] as number) : n;
      let at: number;
      if (free < word) {
        at = free;
        free = this.nextFree(text, at + 1);
      } else if (word < n) {
        at = word;
        const hash = hashes[t] as number;
        t++;
        if (free === at) {
          free = this.nextFree(text, at + 1);
        } else {
          const code = foldUnit(text.charCodeAt(at));
          const kind = kinds[code] || this.kindOf(code);
          if (!(kind & BOUNDED)) continue;
          if (
            !(kind & ANY_WORD) &&
            !hasBit(singleWords, hash >>> shift) &&
            !(t < count && hasBit(wordPairs, pairHash(hash, hashes[t] as number) >>> shift))
          )
            continue;
        }
      } else {
        return hits;
      }
      const hit = this.longestAt(normal, at, this.trie.step(0, foldUnit(text.charCodeAt(at))));
      if (!hit) continue;
      hits.push(hit);
      // A hit starting inside this one would overlap it.
      while (t < count && (starts[t] as number) < hit.end) t++;
      if (free < hit.end) free = this.nextFree(text, hit.end);
    }
  }

  /**
   * Where the next pattern needing no boundary may start, from `from` on (the text's length:
   * nowhere), in cased text. These patterns start with a character of no case, and no other
   * character folds to one (a test checks every character).
   */
  private nextFree(text: string, from: number): number {
    const freeStarts = this.freeStarts;
    if (freeStarts === null) return text.length;
    freeStarts.lastIndex = from;
    return freeStarts.test(text) ? freeStarts.lastIndex - 1 : text.length;
  }

  private kindOf(code: number): number {
    const kind = KNOWN | (this.trie.step(0, code) !== 0 && needsBoundary(code) ? BOUNDED : 0);
    this.kinds[code] = kind;
    return kind;
  }

  /**
   * The longest accepted pattern at `start`, whose first character led to `state`. A longer
   * pattern rejected by the checks leaves a shorter one at the same start its chance.
   */
  private longestAt(normal: NormalizedText, start: number, state: number): ExactHit | undefined {
    const { cased } = normal;
    let best: ExactHit | undefined;
    for (let end = start + 1; state !== 0; end++) {
      const pattern = this.patternAt[state] as number;
      if (pattern >= 0 && this.wholeWordsAt(cased, pattern, start, end)) {
        const refs = this.refsAt(pattern, cased, start);
        if (refs.length > 0) best = { start, end, refs };
      }
      state = end < cased.length ? this.trie.step(state, foldUnit(cased.charCodeAt(end))) : 0;
    }
    return best;
  }

  /**
   * Whether `pattern`, found at [start, end) of `text` (cased or folded: folding keeps every
   * character's class), begins and ends with whole words of the page.
   */
  private wholeWordsAt(text: string, pattern: number, start: number, end: number): boolean {
    if (this.boundedEnd[pattern] && continuesWord(text, end)) return false;
    const wordEnd = this.firstWordEnds[pattern] as number;
    return wordEnd === 0 || !continuesWord(text, start + wordEnd);
  }

  /**
   * The refs of `pattern` at `start`, case-sensitive aliases only where the page has their case.
   * The list itself when the pattern has none: a hit's refs are only read.
   */
  private refsAt(pattern: number, cased: string, start: number): readonly AliasRef[] {
    const refs = this.refsByPattern[pattern] ?? [];
    if (this.caseFree[pattern]) return refs;
    return refs.filter((ref) => !ref.alias.caseSensitive || cased.startsWith(ref.cased, start));
  }
}
