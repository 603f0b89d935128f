import Fuse from 'fuse.js';
import type { Entity } from '../index/types';
import type { NormalizedText } from '../text/normalize';
import { foldText } from '../text/normalize';
import type { Tokens } from '../text/tokens';
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
  text: string;
}

interface Candidate {
  start: number;
  end: number;
  key: string;
}

const MAX_WINDOW = 3;
/** Leading letters a close spelling must share with the alias. */
const PREFIX = 2;
/** Trigram Dice overlap below which fuse.js is not asked at all. */
const MIN_TRIGRAM_DICE = 0.45;

function lettersOnly(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

function trigrams(key: string): string[] {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= key.length; i++) grams.add(key.slice(i, i + 3));
  return [...grams];
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
function fuzzyAliases(entities: readonly Entity[], minLength: number): FuzzyAlias[] {
  const byKey = new Map<string, FuzzyAlias | null>();
  entities.forEach((entity, e) => {
    if (entity.type === 'person') return;
    entity.aliases.forEach((alias, a) => {
      const canonical = a === 0;
      if (alias.caseSensitive || alias.ambiguous) return;
      if (effectiveWhen(entity, alias, canonical) !== 'always') return;
      const key = lettersOnly(alias.text);
      if (key.length < minLength) return;
      const known = byKey.get(key);
      if (known === undefined) byKey.set(key, { key, entity: e, text: alias.text });
      else if (known && known.entity !== e) byKey.set(key, null);
    });
  });
  return [...byKey.values()].filter((a): a is FuzzyAlias => a !== null);
}

/**
 * Close spellings of long aliases among capitalised words the exact pass left unexplained.
 * A trigram index picks the few aliases a candidate could be; fuse.js, built once per two-letter
 * prefix because its search cost grows with the list it scans, scores them.
 */
export class FuzzyAliasMatcher {
  private readonly aliases: FuzzyAlias[];
  private readonly postings = new Map<string, number[]>();
  private readonly fuses = new Map<string, Fuse<FuzzyAlias>>();

  constructor(
    entities: readonly Entity[],
    private readonly settings: FuzzySettings,
  ) {
    this.aliases = fuzzyAliases(entities, settings.minLength);
    const shards = new Map<string, FuzzyAlias[]>();
    this.aliases.forEach((alias, id) => {
      for (const gram of trigrams(alias.key)) {
        const list = this.postings.get(gram);
        if (list) list.push(id);
        else this.postings.set(gram, [id]);
      }
      const prefix = alias.key.slice(0, PREFIX);
      shards.set(prefix, [...(shards.get(prefix) ?? []), alias]);
    });
    for (const [prefix, list] of shards) {
      this.fuses.set(
        prefix,
        new Fuse(list, {
          keys: ['key'],
          includeScore: true,
          ignoreLocation: true,
          threshold: 1 - settings.minSimilarity,
        }),
      );
    }
  }

  private mayResemble(key: string): boolean {
    const grams = trigrams(key);
    const shared = new Map<number, number>();
    for (const gram of grams) {
      for (const id of this.postings.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    for (const [id, count] of shared) {
      const other = Math.max(1, (this.aliases[id]?.key.length ?? 0) - 2);
      if ((2 * count) / (grams.length + other) >= MIN_TRIGRAM_DICE) return true;
    }
    return false;
  }

  private bestAlias(key: string): { alias: FuzzyAlias; score: number } | undefined {
    if (!this.mayResemble(key)) return undefined;
    // Keyed by the first two letters: a different start is another name ("UK/US Government").
    const fuse = this.fuses.get(key.slice(0, PREFIX));
    if (!fuse) return undefined;
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
    const memo = new Map<string, { alias: FuzzyAlias; score: number } | undefined>();
    for (const candidate of this.candidates(normal, tokens, covered)) {
      let best = memo.get(candidate.key);
      if (!memo.has(candidate.key)) {
        best = this.bestAlias(candidate.key);
        memo.set(candidate.key, best);
      }
      if (best)
        found.push({
          start: candidate.start,
          end: candidate.end,
          entity: best.alias.entity,
          alias: best.alias.text,
          score: Math.round(best.score * 100) / 100,
        });
    }
    // Overlapping readings of the same words: the best score wins, then the longer span.
    found.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
    const taken = new Uint8Array(normal.text.length);
    const chosen: FuzzyHit[] = [];
    for (const hit of found) {
      if (taken.subarray(hit.start, hit.end).includes(1)) continue;
      taken.fill(1, hit.start, hit.end);
      chosen.push(hit);
    }
    return chosen.sort((a, b) => a.start - b.start);
  }

  /** Runs of one to three capitalised words, and the pieces of camel-case words. */
  private *candidates(normal: NormalizedText, tokens: Tokens, covered: Uint8Array) {
    const { text, cased } = normal;
    const minLength = this.settings.minLength;
    const capitalised = (t: number) => {
      const start = tokens.starts[t] as number;
      return cased.charCodeAt(start) !== text.charCodeAt(start) && !covered[start];
    };
    for (let i = 0; i < tokens.count; i++) {
      if (!capitalised(i)) continue;
      const start = tokens.starts[i] as number;
      let key = '';
      for (let j = i; j < i + MAX_WINDOW && j < tokens.count; j++) {
        const tokenStart = tokens.starts[j] as number;
        const tokenEnd = tokens.ends[j] as number;
        if (j > i) {
          const gapStart = tokens.ends[j - 1] as number;
          if (tokenStart !== gapStart + 1 || text.charCodeAt(gapStart) !== 0x20) break;
          if (!capitalised(j)) break;
        }
        if (covered[tokenEnd - 1]) break;
        key += text.slice(tokenStart, tokenEnd);
        if (key.length >= minLength) yield { start, end: tokenEnd, key };
      }
      yield* this.camelPieces(normal, start, tokens.ends[i] as number);
    }
  }

  private *camelPieces(normal: NormalizedText, start: number, end: number): Generator<Candidate> {
    const cuts = [start];
    for (let k = start + 1; k < end; k++) {
      const code = normal.cased.charCodeAt(k);
      const isUpper = code !== normal.text.charCodeAt(k);
      const previousLower = normal.cased.charCodeAt(k - 1) === normal.text.charCodeAt(k - 1);
      if (isUpper && previousLower) cuts.push(k);
    }
    if (cuts.length < 2) return;
    cuts.push(end);
    for (let a = 0; a < cuts.length - 1; a++) {
      for (let b = a + 1; b <= Math.min(a + MAX_WINDOW, cuts.length - 1); b++) {
        if (a === 0 && b === cuts.length - 1) continue;
        const pieceStart = cuts[a] as number;
        const pieceEnd = cuts[b] as number;
        const key = normal.text.slice(pieceStart, pieceEnd);
        if (key.length >= this.settings.minLength) yield { start: pieceStart, end: pieceEnd, key };
      }
    }
  }
}
