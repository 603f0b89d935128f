import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Entity } from '../index/types';
import { foldedSlice, foldUnit } from '../text/case-fold';
import type { NormalizedText } from '../text/normalize';
import type { Tokens } from '../text/tokens';
import { lettersOnly, type PreparedIndex } from './prepared';
import { effectiveWhen, type FuzzyHit } from './rules';

export interface FuzzySettings {
  /** Minimum fuse.js similarity (1 − score) and edit-distance similarity. */
  minSimilarity: number;
  /** Shortest alias (letters and digits) worth a fuzzy match: short names collide with words. */
  minLength: number;
}

interface FuzzyAlias {
  key: string;
  entity: number;
  /** Its position among the entity's aliases. */
  alias: number;
  text: string;
}

function aliasText(entities: readonly Entity[], entity: number, alias: number): string {
  return entities[entity]?.aliases[alias]?.text ?? '';
}

const MAX_WINDOW = 3;
/** Leading letters a close spelling must share with the alias. */
const PREFIX = 2;
/** Trigram Dice overlap below which fuse.js is not asked at all. */
const MIN_TRIGRAM_DICE = 0.45;
/** Distinct candidates remembered across scans before the memo starts again. */
const MEMO_LIMIT = 50_000;

/** Whether `cased[at]` is a capital: folding changes it. */
function startsUpper(cased: string, at: number): boolean {
  const code = cased.charCodeAt(at);
  return foldUnit(code) !== code;
}

function trigrams(key: string): string[] {
  return [...grams(key, 3).keys()];
}

/** The distinct n-grams of a key, each with the number of positions it occupies. */
function grams(key: string, n: number): Map<string, number> {
  const found = new Map<string, number>();
  for (let i = 0; i + n <= key.length; i++) {
    const gram = key.slice(i, i + n);
    found.set(gram, (found.get(gram) ?? 0) + 1);
  }
  return found;
}

function editSimilarity(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return 1 - (previous[b.length] as number) / Math.max(a.length, b.length, 1);
}

/**
 * Aliases a misspelling may stand for: unconditional, case-insensitive, unambiguous, long, and
 * not a person's name (people share names with famous strangers: Will Farrell / Will Ferrell).
 */
function fuzzyAliases(
  entities: readonly Entity[],
  minLength: number,
  prepared: PreparedIndex | undefined,
): FuzzyAlias[] {
  const byKey = new Map<string, FuzzyAlias | null>();
  entities.forEach((entity, e) => {
    if (entity.type === 'person') return;
    entity.aliases.forEach((alias, a) => {
      const canonical = a === 0;
      if (alias.caseSensitive || alias.ambiguous) return;
      if (effectiveWhen(entity, alias, canonical) !== 'always') return;
      const key = prepared?.aliasLetters[e]?.[a] ?? lettersOnly(alias.text);
      if (key.length < minLength) return;
      const known = byKey.get(key);
      if (known === undefined) byKey.set(key, { key, entity: e, alias: a, text: alias.text });
      else if (known && known.entity !== e) byKey.set(key, null);
    });
  });
  return [...byKey.values()].filter((a): a is FuzzyAlias => a !== null);
}

/**
 * What the fuzzy matcher searches, as plain lists (so that `prepareIndex` can make them at build
 * time and a page only loads them): the aliases, the trigram index over them, and per two-letter
 * prefix the positions of its aliases and a bigram index over those.
 */
export interface FuzzyTables {
  /** The `minLength` the aliases were chosen with. */
  minLength: number;
  /** [entity, alias] of each fuzzy alias (see `fuzzyAliases`). */
  aliases: [number, number][];
  /** Trigram → ids (positions in `aliases`) of the aliases whose key contains it. */
  trigrams: [string, number[]][];
  /** Prefix → ids of its aliases, and bigram → positions among those of the keys containing it. */
  shards: [string, number[], [string, number[]][]][];
}

/** The fuzzy aliases of `entities` and their indexes (see `FuzzyTables`). */
export function fuzzyTables(
  entities: readonly Entity[],
  minLength: number,
  prepared?: PreparedIndex,
): FuzzyTables {
  return aliasTables(fuzzyAliases(entities, minLength, prepared), minLength);
}

/** The indexes of fuzzy aliases chosen with `minLength` (see `FuzzyTables`). */
function aliasTables(aliases: readonly FuzzyAlias[], minLength: number): FuzzyTables {
  const trigramLists = new Map<string, number[]>();
  const shardIds = new Map<string, number[]>();
  aliases.forEach((alias, id) => {
    for (const gram of trigrams(alias.key)) {
      const list = trigramLists.get(gram);
      if (list) list.push(id);
      else trigramLists.set(gram, [id]);
    }
    const prefix = alias.key.slice(0, PREFIX);
    const ids = shardIds.get(prefix);
    if (ids) ids.push(id);
    else shardIds.set(prefix, [id]);
  });
  const shards: FuzzyTables['shards'] = [];
  for (const [prefix, ids] of shardIds) {
    const bigrams = new Map<string, number[]>();
    ids.forEach((id, position) => {
      for (const gram of grams((aliases[id] as FuzzyAlias).key.toLowerCase(), 2).keys()) {
        const positions = bigrams.get(gram);
        if (positions) positions.push(position);
        else bigrams.set(gram, [position]);
      }
    });
    shards.push([prefix, ids, [...bigrams]]);
  }
  return {
    minLength,
    aliases: aliases.map((alias) => [alias.entity, alias.alias]),
    trigrams: [...trigramLists],
    shards,
  };
}

/** Aliases sharing a two-letter prefix, with what narrows a search among them. */
interface Shard {
  aliases: FuzzyAlias[];
  /**
   * fuse.js over the whole shard, for queries the bigram filter cannot narrow: made on first use,
   * since most shards are never searched and indexing them all slowed the matcher's start.
   */
  fuse: Fuse<FuzzyAlias> | null;
  /** Bigram of the (lower-cased) alias key → positions in `aliases` of the keys containing it. */
  bigrams: Map<string, readonly number[]>;
}

/**
 * Close spellings of long aliases among capitalised words the exact pass left unexplained.
 * A trigram index tells whether a candidate resembles any alias at all; fuse.js, per two-letter
 * prefix, scores the aliases it could be. Both steps cost time in proportion to the aliases that
 * share letter groups with the candidate, not to the whole list: fuse.js only sees the aliases of
 * its shard that pass a bigram count filter, which no alias within its threshold can fail.
 */
export class FuzzyAliasMatcher {
  private readonly aliases: FuzzyAlias[];
  private readonly postings: Map<string, readonly number[]>;
  private readonly shards = new Map<string, Shard>();
  private readonly fuseOptions: IFuseOptions<FuzzyAlias>;
  /** Scratch for counting shared grams per alias (or per shard position), reset by stamps. */
  private readonly counts: Int32Array;
  private readonly stamps: Int32Array;
  private stamp = 0;
  /**
   * Answers per distinct candidate, kept across scans: they depend only on the alias list, and
   * the capitalised words of news pages (days, places, the same names) recur from page to page.
   */
  private readonly memo = new Map<string, { alias: FuzzyAlias; score: number } | null>();
  /** Scratch of `find`: which characters a chosen hit covers; zero between scans. */
  private taken = new Uint8Array(0);

  /** `prepared` (checked by the caller to fit `entities`) saves making the tables. */
  constructor(
    entities: readonly Entity[],
    private readonly settings: FuzzySettings,
    prepared?: PreparedIndex,
  ) {
    // Prepared tables name their aliases by position; without them the aliases, keys included,
    // are chosen here once and indexed.
    let tables = prepared?.fuzzy;
    if (tables?.minLength === settings.minLength) {
      this.aliases = tables.aliases.map(([entity, alias]) => {
        const text = aliasText(entities, entity, alias);
        return {
          key: prepared?.aliasLetters[entity]?.[alias] ?? lettersOnly(text),
          entity,
          alias,
          text,
        };
      });
    } else {
      this.aliases = fuzzyAliases(entities, settings.minLength, prepared);
      tables = aliasTables(this.aliases, settings.minLength);
    }
    this.postings = new Map(tables.trigrams);
    this.fuseOptions = {
      keys: ['key'],
      includeScore: true,
      ignoreLocation: true,
      threshold: 1 - settings.minSimilarity,
    };
    let largest = this.aliases.length;
    for (const [prefix, ids, bigrams] of tables.shards) {
      this.shards.set(prefix, {
        aliases: ids.map((id) => this.aliases[id] as FuzzyAlias),
        fuse: null,
        bigrams: new Map(bigrams),
      });
      largest = Math.max(largest, ids.length);
    }
    this.counts = new Int32Array(largest);
    this.stamps = new Int32Array(largest);
  }

  private nextStamp(): number {
    if (this.stamp >= 0x7ffffff0) {
      this.stamp = 0;
      this.stamps.fill(0);
    }
    return ++this.stamp;
  }

  private mayResemble(key: string): boolean {
    const keyGrams = trigrams(key);
    const stamp = this.nextStamp();
    const { counts, stamps } = this;
    const touched: number[] = [];
    for (const gram of keyGrams) {
      const list = this.postings.get(gram);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const id = list[k] as number;
        if (stamps[id] === stamp) counts[id] = (counts[id] as number) + 1;
        else {
          stamps[id] = stamp;
          counts[id] = 1;
          touched.push(id);
        }
      }
    }
    for (const id of touched) {
      const other = Math.max(1, (this.aliases[id]?.key.length ?? 0) - 2);
      if ((2 * (counts[id] as number)) / (keyGrams.length + other) >= MIN_TRIGRAM_DICE) return true;
    }
    return false;
  }

  /**
   * The aliases of `shard` that fuse.js could match `key` with, in shard order, or null when the
   * filter cannot tell. fuse.js (bitap) accepts an alias when the key matches some part of it
   * with at most k edits, k / length within its threshold; each edit spoils at most two of the
   * key's bigram positions, so an alias containing fewer than (length − 1) − 2k of them cannot
   * match. fuse.js scores each alias on its own and breaks ties by list order, so searching the
   * narrowed list returns exactly what searching the shard would.
   */
  private possibleMatches(shard: Shard, key: string): FuzzyAlias[] | null {
    const pattern = key.toLowerCase();
    const length = pattern.length;
    // Longer patterns are searched in 32-letter chunks whose scores are averaged.
    if (length > 32) return null;
    const threshold = this.fuseOptions.threshold as number;
    let errors = 0;
    while ((errors + 1) / length <= threshold) errors++;
    const needed = length - 1 - 2 * errors;
    if (needed <= 0) return null;
    const stamp = this.nextStamp();
    const { counts, stamps } = this;
    const possible: number[] = [];
    for (const [gram, times] of grams(pattern, 2)) {
      const list = shard.bigrams.get(gram);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const position = list[k] as number;
        let count = times;
        if (stamps[position] === stamp) count += counts[position] as number;
        else stamps[position] = stamp;
        counts[position] = count;
        if (count >= needed && count - times < needed) possible.push(position);
      }
    }
    return possible.sort((a, b) => a - b).map((position) => shard.aliases[position] as FuzzyAlias);
  }

  private bestAlias(key: string): { alias: FuzzyAlias; score: number } | undefined {
    if (!this.mayResemble(key)) return undefined;
    // Keyed by the first two letters: a different start is another name ("UK/US Government").
    const shard = this.shards.get(key.slice(0, PREFIX));
    if (!shard) return undefined;
    const possible = this.possibleMatches(shard, key);
    if (possible?.length === 0) return undefined;
    let fuse: Fuse<FuzzyAlias>;
    if (possible !== null) fuse = new Fuse(possible, this.fuseOptions);
    else {
      shard.fuse ??= new Fuse(shard.aliases, this.fuseOptions);
      fuse = shard.fuse;
    }
    for (const result of fuse.search(key, { limit: 5 })) {
      const score = 1 - (result.score ?? 1);
      if (score < this.settings.minSimilarity) break;
      if (editSimilarity(key, result.item.key) >= this.settings.minSimilarity)
        return { alias: result.item, score };
    }
    return undefined;
  }

  find(normal: NormalizedText, tokens: Tokens, covered: Uint8Array): FuzzyHit[] {
    const found: FuzzyHit[] = [];
    this.readCandidates(normal, tokens, covered, found);
    // Overlapping readings of the same words: the best score wins, then the longer span.
    found.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
    if (this.taken.length < normal.cased.length) this.taken = new Uint8Array(normal.cased.length);
    const taken = this.taken;
    const chosen: FuzzyHit[] = [];
    for (const hit of found) {
      if (taken.subarray(hit.start, hit.end).includes(1)) continue;
      taken.fill(1, hit.start, hit.end);
      chosen.push(hit);
    }
    // Left clean for the next scan.
    for (const hit of chosen) taken.fill(0, hit.start, hit.end);
    return chosen.sort((a, b) => a.start - b.start);
  }

  /**
   * Adds to `found` the reading of candidate `key` (cased, as the page has it), at [start, end),
   * if it resembles an alias.
   */
  private consider(found: FuzzyHit[], start: number, end: number, key: string): void {
    const memo = this.memo;
    let best = memo.get(key);
    if (best === undefined) {
      best = this.bestAlias(foldedSlice(key, 0, key.length)) ?? null;
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(key, best);
    }
    if (best)
      found.push({
        start,
        end,
        entity: best.alias.entity,
        alias: best.alias.text,
        score: Math.round(best.score * 100) / 100,
      });
  }

  /**
   * Considers the runs of one to three capitalised words and the pieces of camel-case words.
   * A plain loop, not a generator: it visits every word of the page.
   */
  private readCandidates(
    normal: NormalizedText,
    tokens: Tokens,
    covered: Uint8Array,
    found: FuzzyHit[],
  ): void {
    const { cased } = normal;
    const { starts, ends, count } = tokens;
    const minLength = this.settings.minLength;
    for (let i = 0; i < count; i++) {
      const start = starts[i] as number;
      if (!startsUpper(cased, start) || covered[start]) continue;
      let key = '';
      for (let j = i; j < i + MAX_WINDOW && j < count; j++) {
        const tokenStart = starts[j] as number;
        const tokenEnd = ends[j] as number;
        if (j > i) {
          const gapStart = ends[j - 1] as number;
          if (tokenStart !== gapStart + 1 || cased.charCodeAt(gapStart) !== 0x20) break;
          if (!startsUpper(cased, tokenStart) || covered[tokenStart]) break;
        }
        if (covered[tokenEnd - 1]) break;
        key += cased.slice(tokenStart, tokenEnd);
        if (key.length >= minLength) this.consider(found, start, tokenEnd, key);
      }
      this.considerCamelPieces(normal, start, ends[i] as number, found);
    }
  }

  private considerCamelPieces(
    normal: NormalizedText,
    start: number,
    end: number,
    found: FuzzyHit[],
  ): void {
    const { cased } = normal;
    let cuts: number[] | undefined;
    for (let k = start + 1; k < end; k++) {
      if (!startsUpper(cased, k) || startsUpper(cased, k - 1)) continue;
      cuts ??= [start];
      cuts.push(k);
    }
    if (cuts === undefined) return;
    cuts.push(end);
    for (let a = 0; a < cuts.length - 1; a++) {
      for (let b = a + 1; b <= Math.min(a + MAX_WINDOW, cuts.length - 1); b++) {
        if (a === 0 && b === cuts.length - 1) continue;
        const pieceStart = cuts[a] as number;
        const pieceEnd = cuts[b] as number;
        const key = cased.slice(pieceStart, pieceEnd);
        if (key.length >= this.settings.minLength) this.consider(found, pieceStart, pieceEnd, key);
      }
    }
  }
}
