import type { Entity } from '../index/types';
import { isWordChar } from '../text/chars';
import { type NormalizedText, normalizeText } from '../text/normalize';
import { HASH_SEED, hashStep } from '../text/tokens';
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
  return isWordChar(code) && !UNSPACED_SCRIPT.test(String.fromCharCode(code));
}

/** Bits of `ExactAliasMatcher.kinds`, set on first sight of a code unit (KNOWN: seen). */
const KNOWN = 1;
const WORD = 2;
/** Patterns that need a word boundary before them start with it. */
const BOUNDED = 4;
/** Patterns that need none start with it: they may begin anywhere, inside words too. */
const FREE = 8;
/** A pattern starting with it may begin a longer word (it ends in an unspaced script). */
const ANY_WORD = 16;

/**
 * The trie of `patterns` and the state where each ends. Prepared tables are used when they hold a
 * path for every pattern: a walk then finds the same patterns as in a trie built here, as any
 * other path leads to no pattern.
 */
function trieOf(
  patterns: readonly string[],
  prepared?: TrieTables,
): { trie: Trie; ends: number[] } {
  if (prepared) {
    const trie = new Trie(prepared);
    const ends = patterns.map((p) => trie.walk(p));
    if (!ends.includes(0)) return { trie, ends };
  }
  const trie = new Trie(trieTables(patterns));
  return { trie, ends: patterns.map((p) => trie.walk(p)) };
}

/**
 * Exact, whole-word, leftmost-longest matching of every alias of every entity in one pass: from
 * each position where an alias may begin, the trie is walked to find the longest alias there that
 * passes the word-boundary and case checks; it is taken, and the search goes on after it.
 *
 * Nearly every alias needs a word boundary before it, so it can only begin where a word begins,
 * and only at a word equal to its own first word (its word characters up to the first other
 * character, which the page must have too, or up to its end, which needs a boundary after it).
 * A bit set of those first words' hashes lets most words of a page be passed over without a walk.
 * The few aliases needing no boundary (an unspaced script, a leading symbol) are tried anywhere.
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
  /** Per code unit: KNOWN, WORD, BOUNDED, FREE, ANY_WORD (one table read per character). */
  private readonly kinds = new Uint8Array(0x10000);
  /** Bit set of the hashes of the first words of the patterns needing a boundary before them. */
  private readonly firstWords: Uint32Array;
  /** A hash's bit in `firstWords` is its top bits: `hash >>> shift`. */
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
    this.caseFree = Uint8Array.from(this.refsByPattern, (refs) =>
      refs.some((ref) => ref.alias.caseSensitive) ? 0 : 1,
    );
    this.boundedEnd = Uint8Array.from(patterns, (p) =>
      needsBoundary(p.charCodeAt(p.length - 1)) ? 1 : 0,
    );

    const { trie, ends } = trieOf(patterns, prepared?.trie);
    this.trie = trie;
    this.patternAt = new Int32Array(trie.stateCount).fill(-1);
    ends.forEach((state, p) => {
      this.patternAt[state] = p;
    });

    // At least 16 bits per first word: few words of a page pass for one by chance.
    const bits = Math.max(10, Math.ceil(Math.log2(patterns.length * 16)));
    this.shift = 32 - bits;
    this.firstWords = new Uint32Array(1 << (bits - 5));
    for (const p of patterns) {
      const first = p.charCodeAt(0);
      if (!needsBoundary(first)) continue;
      let hash = hashStep(HASH_SEED, first);
      let end = 1;
      for (; end < p.length && isWordChar(p.charCodeAt(end)); end++) {
        hash = hashStep(hash, p.charCodeAt(end));
      }
      if (end === p.length && !needsBoundary(p.charCodeAt(end - 1))) {
        this.kinds[first] = (this.kinds[first] || this.kindOf(first)) | ANY_WORD;
      }
      const bit = hash >>> this.shift;
      this.firstWords[bit >>> 5] = (this.firstWords[bit >>> 5] as number) | (1 << (bit & 31));
    }
  }

  /** The trie as plain arrays, for `prepareIndex`. */
  trieTables(): TrieTables {
    return this.trie.tables();
  }

  find(normal: NormalizedText): ExactHit[] {
    const { text } = normal;
    const n = text.length;
    const { kinds, firstWords, shift } = this;
    const hits: ExactHit[] = [];
    let afterWord = false;
    let i = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      const kind = kinds[code] || this.kindOf(code);
      // Where to go on when no pattern is taken at i.
      let next = i + 1;
      let walk = kind & FREE;
      if (kind & WORD && !afterWord && !walk) {
        // A word starts: read it whole, then pass it over unless a pattern may begin with it.
        let hash = hashStep(HASH_SEED, code);
        let inside = 0;
        for (; next < n; next++) {
          const c = text.charCodeAt(next);
          const k = kinds[c] || this.kindOf(c);
          if (!(k & WORD)) break;
          hash = hashStep(hash, c);
          inside |= k;
        }
        const bit = hash >>> shift;
        walk =
          kind & BOUNDED &&
          (kind & ANY_WORD || ((firstWords[bit >>> 5] as number) >>> (bit & 31)) & 1);
        // Patterns needing no boundary may begin inside the word: go on character by character.
        if (inside & FREE) next = i + 1;
      }
      if (walk) {
        const hit = this.longestAt(normal, i, this.trie.step(0, code));
        if (hit) {
          hits.push(hit);
          // A hit starting inside this one would overlap it.
          i = hit.end;
          afterWord = isWordChar(text.charCodeAt(i - 1));
          continue;
        }
      }
      // next - 1 is i or the end of the word starting at i, a word character like i.
      afterWord = (kind & WORD) !== 0;
      i = next;
    }
    return hits;
  }

  private kindOf(code: number): number {
    const starts = this.trie.step(0, code) !== 0;
    const bounded = needsBoundary(code);
    const kind =
      KNOWN |
      (isWordChar(code) ? WORD : 0) |
      (starts && bounded ? BOUNDED : 0) |
      (starts && !bounded ? FREE : 0);
    this.kinds[code] = kind;
    return kind;
  }

  /**
   * The longest accepted pattern at `start`, whose first character led to `state`. A longer
   * pattern rejected by the checks leaves a shorter one at the same start its chance.
   */
  private longestAt(normal: NormalizedText, start: number, state: number): ExactHit | undefined {
    const { text, cased } = normal;
    let best: ExactHit | undefined;
    for (let end = start + 1; state !== 0; end++) {
      const pattern = this.patternAt[state] as number;
      if (
        pattern >= 0 &&
        (!this.boundedEnd[pattern] || end === text.length || !isWordChar(text.charCodeAt(end)))
      ) {
        const refs = this.refsAt(pattern, cased, start);
        if (refs.length > 0) best = { start, end, refs };
      }
      state = end < text.length ? this.trie.step(state, text.charCodeAt(end)) : 0;
    }
    return best;
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
