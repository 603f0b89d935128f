import type { CompiledIndex } from '../index/types';
import type { NormalizedText } from '../text/normalize';
import type { SentenceIndex, SentenceRange } from '../text/sentences';
import type { Tokens } from '../text/tokens';
import { claimTerms, nameTerms, type PreparedIndex } from './prepared';
import type { MentionDraft } from './rules';
import { isNumberTerm, termOf } from './terms';

export interface ClaimSettings {
  /** Distinctive words (not names, not numbers) a sentence must share with a claim. */
  minShared: number;
  minScore: number;
}

export interface ClaimDraft {
  start: number;
  end: number;
  claim: number;
  score: number;
  shared: string[];
  why: string;
}

/** A term counts as distinctive when at most this share of claims use it. */
const MAX_DISTINCTIVE_SHARE = 0.2;
/** Numbers are strong evidence, but a figure alone must never make a match. */
const NUMBER_WEIGHT = 0.7;
const ENTITY_WEIGHT = 1;
/** Evidence (summed IDF) at which the strength half of the score reaches 63%. */
const EVIDENCE_SCALE = 10;
const WORD_CACHE_LIMIT = 200_000;
/** Slack for rounding when a score bound is compared with the minimum score. */
const SCORE_MARGIN = 1e-9;

/** Claim-term hits of the text in order, and the window [from, to) of the current sentence. */
interface SentenceHits {
  starts: number[];
  tokens: number[];
  terms: number[];
  from: number;
  to: number;
}

function popCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Finds sentences that state a claim of the index. Claims are indexed once by their distinctive
 * terms (IDF over claim text, keywords and cited quotes), so a scan only visits the claims that
 * share a term with a sentence, and (see `bestClaim`) not even all of those: the cost of a scan
 * follows the text and its rarer terms rather than the number of claims.
 */
export class ClaimMatcher {
  private readonly termIds = new Map<string, number>();
  private readonly idf: number[] = [];
  private readonly numeric: boolean[] = [];
  private readonly postings: Int32Array[] = [];
  /** Each claim's term ids, ascending: membership is a binary search. */
  private readonly claimTerms: Int32Array[];
  private readonly coreWeight: Float64Array;
  /** Per term: the smallest core weight among the claims that use it (bounds their coverage). */
  private readonly minCore: Float64Array;
  private readonly weights: Float64Array;
  private readonly claimEntities: Set<number>[];
  private readonly sources: string[][];
  private readonly wordCache = new Map<string, number>();
  /** Scratch reused by every scan: stamps instead of clearing, so a sentence allocates nothing. */
  private stamp = 0;
  private readonly termStamp: Int32Array;
  private readonly claimStamp: Int32Array;
  private readonly contentCounts: Int32Array;
  private readonly termMasks: Int32Array;
  private readonly evidence: Float64Array;
  private readonly touched: Int32Array;
  /** Claims of each term with a long posting list, as bits: membership in one load. */
  private readonly bitSets: (Int32Array | undefined)[];
  private bestScore = 0;
  private readonly skipSets: Int32Array[] = [];
  private readonly skipBits = new Int32Array(32);
  /** Claims listing each entity, and per claim the entity bonus of the current sentence. */
  private readonly entityClaims: Int32Array[];
  private readonly bonusStamp: Int32Array;
  private readonly bonuses: Float64Array;
  private sentenceTerms = new Int32Array(64);
  private sentenceTokens = new Int32Array(64);
  private byLength = new Int32Array(64);

  /** `prepared` (checked by the caller to fit `index`) saves cutting every claim into terms. */
  constructor(
    private readonly index: CompiledIndex,
    private readonly settings: ClaimSettings,
    prepared?: PreparedIndex,
  ) {
    const claims = index.claims;
    const core: Set<string>[] = [];
    const all: Set<string>[] = [];
    if (prepared) {
      const words = prepared.terms;
      const named = (ids: readonly number[] | undefined) =>
        (ids ?? []).map((id) => words[id] as string);
      claims.forEach((_, i) => {
        const own = named(prepared.claimCore[i]);
        core.push(new Set(own));
        all.push(new Set([...own, ...named(prepared.claimQuotes[i])]));
      });
    } else {
      const names = nameTerms(index.entities);
      for (const claim of claims) {
        const terms = claimTerms(claim, names);
        core.push(new Set(terms.core));
        all.push(new Set([...terms.core, ...terms.quotes]));
      }
    }
    const df = new Map<string, number>();
    for (const terms of all) for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
    const maxDf = Math.max(2, Math.floor(claims.length * MAX_DISTINCTIVE_SHARE));
    const lists: number[][] = [];
    for (const [term, count] of df) {
      if (count > maxDf) continue;
      this.termIds.set(term, this.idf.length);
      this.idf.push(Math.log((claims.length + 1) / (count + 0.5)));
      this.numeric.push(isNumberTerm(term));
      lists.push([]);
    }
    this.claimTerms = all.map((terms, c) => {
      const ids: number[] = [];
      for (const t of terms) {
        const id = this.termIds.get(t);
        if (id === undefined) continue;
        ids.push(id);
        lists[id]?.push(c);
      }
      return Int32Array.from(ids).sort();
    });
    for (const list of lists) this.postings.push(Int32Array.from(list));
    this.weights = Float64Array.from(this.idf, (_, id) => this.termWeight(id));
    this.coreWeight = Float64Array.from(core, (terms) => {
      let weight = 0;
      for (const t of terms) {
        const id = this.termIds.get(t);
        if (id !== undefined) weight += this.termWeight(id);
      }
      return weight;
    });
    this.minCore = Float64Array.from(this.postings, (list) => {
      let least = Number.POSITIVE_INFINITY;
      for (const claim of list) least = Math.min(least, this.coreWeight[claim] as number);
      return least;
    });
    const entityPosition = new Map(index.entities.map((e, i) => [e.id, i]));
    this.claimEntities = claims.map(
      (c) => new Set(c.entities.map((id) => entityPosition.get(id) ?? -1)),
    );
    const documents = new Map(index.articles.map((a) => [a.id, a.document]));
    this.sources = claims.map((c) => [
      ...new Set(c.citations.map((q) => documents.get(q.article)).filter((d) => d !== undefined)),
    ]);
    this.termStamp = new Int32Array(this.idf.length);
    this.claimStamp = new Int32Array(claims.length);
    this.contentCounts = new Int32Array(claims.length);
    this.termMasks = new Int32Array(claims.length);
    const byEntity: number[][] = index.entities.map(() => []);
    this.claimEntities.forEach((entities, claim) => {
      for (const e of entities) byEntity[e]?.push(claim);
    });
    this.entityClaims = byEntity.map((list) => Int32Array.from(list));
    this.bonusStamp = new Int32Array(claims.length);
    this.bonuses = new Float64Array(claims.length);
    this.evidence = new Float64Array(claims.length);
    this.touched = new Int32Array(claims.length);
    const words = (claims.length + 31) >>> 5;
    this.bitSets = this.postings.map((list) => {
      // A bit set is no larger than the list it mirrors.
      if (list.length < words) return undefined;
      const bits = new Int32Array(words);
      for (const claim of list)
        bits[claim >>> 5] = (bits[claim >>> 5] as number) | (1 << (claim & 31));
      return bits;
    });
  }

  sourcesOf(claim: number): string[] {
    return this.sources[claim] ?? [];
  }

  private termWeight(id: number): number {
    const idf = this.idf[id] ?? 0;
    return this.numeric[id] ? idf * NUMBER_WEIGHT : idf;
  }

  private termIdOfWord(word: string): number {
    let id = this.wordCache.get(word);
    if (id === undefined) {
      const term = termOf(word);
      id = term === null ? -1 : (this.termIds.get(term) ?? -1);
      if (this.wordCache.size >= WORD_CACHE_LIMIT) this.wordCache.clear();
      this.wordCache.set(word, id);
    }
    return id;
  }

  find(
    normal: NormalizedText,
    tokens: Tokens,
    sentences: SentenceIndex,
    mentions: readonly MentionDraft[],
  ): ClaimDraft[] {
    const text = normal.text;
    // Words inside a recognised name ("Culver City", "Booz Allen") count as that entity, not as
    // shared wording.
    const inName = new Uint8Array(text.length);
    for (const m of mentions) inName.fill(1, m.start, m.end);
    const hits: SentenceHits = { starts: [], tokens: [], terms: [], from: 0, to: 0 };
    for (let i = 0; i < tokens.count; i++) {
      const start = tokens.starts[i] as number;
      if (inName[start]) continue;
      const id = this.termIdOfWord(text.slice(start, tokens.ends[i]));
      if (id < 0) continue;
      hits.starts.push(start);
      hits.tokens.push(i);
      hits.terms.push(id);
    }

    const found: ClaimDraft[] = [];
    let mentionAt = 0;
    let from = 0;
    while (from < hits.starts.length) {
      const block = sentences.blockAt(hits.starts[from] as number);
      let to = from;
      const stamp = this.nextStamp();
      let words = 0;
      while (to < hits.starts.length && (hits.starts[to] as number) < block.end) {
        const term = hits.terms[to] as number;
        if (!this.numeric[term] && this.termStamp[term] !== stamp) {
          this.termStamp[term] = stamp;
          words++;
        }
        to++;
      }
      if (words >= this.settings.minShared && this.anyClaimShares(hits, from, to)) {
        let hit = from;
        for (const sentence of sentences.sentencesOfBlock(block)) {
          hits.from = hit;
          while (hit < to && (hits.starts[hit] as number) < sentence.end) hit++;
          hits.to = hit;
          if (hits.to - hits.from < this.settings.minShared) continue;
          while (
            mentionAt < mentions.length &&
            (mentions[mentionAt] as MentionDraft).start < sentence.start
          )
            mentionAt++;
          const named = new Set<number>();
          for (let k = mentionAt; k < mentions.length; k++) {
            const m = mentions[k] as MentionDraft;
            if (m.start >= sentence.end) break;
            if (m.end <= sentence.end) named.add(m.entity);
          }
          const match = this.bestClaim(normal, tokens, sentence, hits, named);
          if (match) found.push(match);
        }
      }
      from = to;
    }
    return found;
  }

  /** A fresh stamp for `termStamp` / `claimStamp`: equal to no mark left by an earlier use. */
  private nextStamp(): number {
    if (this.stamp >= 0x7ffffff0) {
      this.stamp = 0;
      this.termStamp.fill(0);
      this.claimStamp.fill(0);
      this.bonusStamp.fill(0);
    }
    return ++this.stamp;
  }

  /** Whether claim `claim` uses term `term` (binary search in its sorted term ids). */
  private claimHas(claim: number, term: number): boolean {
    const terms = this.claimTerms[claim] as Int32Array;
    let lo = 0;
    let hi = terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = terms[mid] as number;
      if (t === term) return true;
      if (t < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /**
   * Whether some claim shares enough words with the whole block: most blocks fail this cheap
   * test and are never split into sentences.
   */
  private anyClaimShares(hits: SentenceHits, from: number, to: number): boolean {
    const stamp = this.nextStamp();
    const { claimStamp, contentCounts } = this;
    const minShared = this.settings.minShared;
    for (let h = from; h < to; h++) {
      const term = hits.terms[h] as number;
      if (this.numeric[term] || this.termStamp[term] === stamp) continue;
      this.termStamp[term] = stamp;
      const list = this.postings[term] as Int32Array;
      let found = false;
      for (let k = 0; k < list.length; k++) {
        const claim = list[k] as number;
        let shared = 1;
        if (claimStamp[claim] === stamp) shared = (contentCounts[claim] as number) + 1;
        else claimStamp[claim] = stamp;
        contentCounts[claim] = shared;
        if (shared >= minShared) found = true;
      }
      if (found) return true;
    }
    return false;
  }

  /**
   * The most any claim could score from the given evidence: used to skip the claims that share
   * only common terms with a sentence without scoring them.
   */
  private upperBound(evidence: number, leastCore: number): number {
    const coverage = Math.min(1, evidence / Math.max(1, leastCore));
    const strength = 1 - Math.exp(-evidence / EVIDENCE_SCALE);
    return 0.5 * coverage + 0.5 * strength;
  }

  private ensureSentenceCapacity(size: number): void {
    if (size <= this.sentenceTerms.length) return;
    const capacity = Math.max(size, this.sentenceTerms.length * 2);
    this.sentenceTerms = new Int32Array(capacity);
    this.sentenceTokens = new Int32Array(capacity);
    this.byLength = new Int32Array(capacity);
  }

  /**
   * The best-scoring claim for one sentence. Every claim sharing a term is scored from flat
   * typed arrays, except that the longest posting lists may be left out of candidate generation
   * (MaxScore): while a claim sharing only those terms could neither have enough shared words
   * nor reach the minimum score, their claims are never visited, and a candidate's use of them
   * is read from a bit set. Evidence is always summed in sentence order, so scores (and the
   * order in which ties are met) are the same as if every list had been walked.
   */
  private bestClaim(
    normal: NormalizedText,
    tokens: Tokens,
    sentence: SentenceRange,
    hits: SentenceHits,
    named: Set<number>,
  ): ClaimDraft | undefined {
    const { minShared, minScore } = this.settings;
    this.ensureSentenceCapacity(hits.to - hits.from);
    const terms = this.sentenceTerms;
    const stamp = this.nextStamp();
    let count = 0;
    let words = 0;
    /** Sentence positions of word (not number) terms, as bits. */
    let wordBits = 0;
    for (let h = hits.from; h < hits.to; h++) {
      const term = hits.terms[h] as number;
      if (this.termStamp[term] === stamp) continue;
      this.termStamp[term] = stamp;
      terms[count] = term;
      this.sentenceTokens[count] = hits.tokens[h] as number;
      if (!this.numeric[term]) {
        words++;
        if (count < 31) wordBits |= 1 << count;
      }
      count++;
    }
    if (words < minShared) return undefined;

    this.markNamed(named, stamp);
    // Claims naming an entity of the sentence are always scored (below), so the bound for the
    // claims left out needs no entity bonus.
    const skipped = count <= 31 ? this.skippable(count) : 0;
    const found =
      skipped === 0
        ? this.scoreAll(count, stamp)
        : this.scoreSkipping(count, skipped, wordBits, named, stamp);
    if (found < 0 || this.bestScore < minScore) return undefined;
    return this.describe(normal, tokens, sentence, found, this.bestScore, count, named);
  }

  /**
   * How many of the sentence's terms, longest posting list first (left in `byLength`), a claim
   * may share without being a possible match. Only terms with a bit set are left out.
   */
  private skippable(count: number): number {
    const terms = this.sentenceTerms;
    const order = this.byLength;
    for (let i = 0; i < count; i++) {
      const length = (this.postings[terms[i] as number] as Int32Array).length;
      let j = i;
      while (j > 0) {
        const before = terms[order[j - 1] as number] as number;
        if ((this.postings[before] as Int32Array).length >= length) break;
        order[j] = order[j - 1] as number;
        j--;
      }
      order[j] = i;
    }
    let skipped = 0;
    let words = 0;
    let weight = 0;
    let leastCore = Number.POSITIVE_INFINITY;
    for (; skipped < count; skipped++) {
      const term = terms[order[skipped] as number] as number;
      if (this.bitSets[term] === undefined) break;
      const nextWords = words + (this.numeric[term] ? 0 : 1);
      const nextWeight = weight + (this.weights[term] as number);
      const nextCore = Math.min(leastCore, this.minCore[term] as number);
      const hopeless =
        nextWords < this.settings.minShared ||
        this.upperBound(nextWeight, nextCore) + SCORE_MARGIN < this.settings.minScore;
      if (!hopeless) break;
      words = nextWords;
      weight = nextWeight;
      leastCore = nextCore;
    }
    return skipped;
  }

  /**
   * Marks, for the sentence being scored, how many of its named entities each claim lists,
   * walking the (short) lists of claims per entity.
   */
  private markNamed(named: Set<number>, stamp: number): void {
    for (const entity of named) {
      const list = this.entityClaims[entity];
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const claim = list[k] as number;
        if (this.bonusStamp[claim] === stamp)
          this.bonuses[claim] = (this.bonuses[claim] as number) + ENTITY_WEIGHT;
        else {
          this.bonusStamp[claim] = stamp;
          this.bonuses[claim] = ENTITY_WEIGHT;
        }
      }
    }
  }

  private entityBonus(claim: number, stamp: number): number {
    return this.bonusStamp[claim] === stamp ? (this.bonuses[claim] as number) : 0;
  }

  private claimScore(claim: number, evidence: number, stamp: number): number {
    const bonus = this.entityBonus(claim, stamp);
    const coverage = Math.min(1, evidence / Math.max(1, this.coreWeight[claim] as number));
    const strength = 1 - Math.exp(-(evidence + bonus) / EVIDENCE_SCALE);
    return 0.5 * coverage + 0.5 * strength;
  }

  /** Walks every posting list of the sentence's terms; returns the best claim or -1. */
  private scoreAll(count: number, stamp: number): number {
    const { claimStamp, evidence, contentCounts, touched } = this;
    let reached = 0;
    for (let i = 0; i < count; i++) {
      const term = this.sentenceTerms[i] as number;
      const weight = this.weights[term] as number;
      const word = this.numeric[term] ? 0 : 1;
      const list = this.postings[term] as Int32Array;
      for (let p = 0; p < list.length; p++) {
        const claim = list[p] as number;
        if (claimStamp[claim] !== stamp) {
          claimStamp[claim] = stamp;
          evidence[claim] = weight;
          contentCounts[claim] = word;
          touched[reached++] = claim;
        } else {
          evidence[claim] = (evidence[claim] as number) + weight;
          contentCounts[claim] = (contentCounts[claim] as number) + word;
        }
      }
    }
    let best = -1;
    let bestScore = 0;
    const minShared = this.settings.minShared;
    for (let k = 0; k < reached; k++) {
      const claim = touched[k] as number;
      if ((contentCounts[claim] as number) < minShared) continue;
      const score = this.claimScore(claim, evidence[claim] as number, stamp);
      if (score > bestScore) {
        best = claim;
        bestScore = score;
      }
    }
    this.bestScore = bestScore;
    return best;
  }

  /**
   * Scores the claims found through all but the first `skipped` terms of `byLength`, reading
   * their use of the skipped terms from bit sets; returns the best claim or -1.
   */
  private scoreSkipping(
    count: number,
    skipped: number,
    wordBits: number,
    named: Set<number>,
    stamp: number,
  ): number {
    const { claimStamp, termMasks: masks, touched } = this;
    const terms = this.sentenceTerms;
    const order = this.byLength;
    const minShared = this.settings.minShared;
    let reached = 0;
    let skippedBits = 0;
    for (let k = 0; k < skipped; k++) skippedBits |= 1 << (order[k] as number);
    const skippedWords = popCount(skippedBits & wordBits);
    for (let k = skipped; k < count; k++) {
      const position = order[k] as number;
      const bit = 1 << position;
      const list = this.postings[terms[position] as number] as Int32Array;
      for (let p = 0; p < list.length; p++) {
        const claim = list[p] as number;
        if (claimStamp[claim] !== stamp) {
          claimStamp[claim] = stamp;
          masks[claim] = bit;
          touched[reached++] = claim;
        } else masks[claim] = (masks[claim] as number) | bit;
      }
    }
    // Claims naming an entity of the sentence, which the bound on skipped terms does not cover.
    for (const entity of named) {
      const list = this.entityClaims[entity];
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const claim = list[k] as number;
        if (claimStamp[claim] === stamp) continue;
        claimStamp[claim] = stamp;
        masks[claim] = 0;
        touched[reached++] = claim;
      }
    }

    let best = -1;
    let bestScore = 0;
    let bestFirst = 0;
    const skipSets = this.skipSets;
    const skipBits = this.skipBits;
    for (let k = 0; k < skipped; k++) {
      const position = order[k] as number;
      skipSets[k] = this.bitSets[terms[position] as number] as Int32Array;
      skipBits[k] = 1 << position;
    }
    for (let c = 0; c < reached; c++) {
      const claim = touched[c] as number;
      let mask = masks[claim] as number;
      // Too few shared words even if the claim used every skipped word: no need to look.
      if (popCount(mask & wordBits) + skippedWords < minShared) continue;
      const word = claim >>> 5;
      const bit = 1 << (claim & 31);
      for (let k = 0; k < skipped; k++) {
        if (((skipSets[k] as Int32Array)[word] as number) & bit) mask |= skipBits[k] as number;
      }
      if (popCount(mask & wordBits) < minShared) continue;
      // Summed in sentence order, as a claim's evidence has always been accumulated.
      let evidence = 0;
      for (let i = 0; i < count; i++) {
        if (mask & (1 << i)) evidence += this.weights[terms[i] as number] as number;
      }
      const score = this.claimScore(claim, evidence, stamp);
      // Ties go to the claim met first through the sentence's terms, then the lower number,
      // which is the order in which walking every list meets them.
      const first = 31 - Math.clz32(mask & -mask);
      if (
        score > bestScore ||
        (best >= 0 &&
          score === bestScore &&
          (first < bestFirst || (first === bestFirst && claim < best)))
      ) {
        best = claim;
        bestScore = score;
        bestFirst = first;
      }
    }
    this.bestScore = bestScore;
    return best;
  }

  private describe(
    normal: NormalizedText,
    tokens: Tokens,
    sentence: SentenceRange,
    claim: number,
    score: number,
    count: number,
    named: Set<number>,
  ): ClaimDraft {
    const shared: string[] = [];
    for (let i = 0; i < count; i++) {
      if (!this.claimHas(claim, this.sentenceTerms[i] as number)) continue;
      const token = this.sentenceTokens[i] as number;
      shared.push(normal.text.slice(tokens.starts[token], tokens.ends[token]));
    }
    const entities = [...named]
      .filter((e) => this.claimEntities[claim]?.has(e))
      .map((e) => this.index.entities[e]?.name ?? '');
    const claimText = shorten(this.index.claims[claim]?.text ?? '', 90);
    const names = entities.length > 0 ? `; both name ${entities.join(', ')}` : '';
    return {
      start: sentence.start,
      end: sentence.end,
      claim,
      score: Math.round(score * 100) / 100,
      shared,
      why: `Shares ${shared.map((s) => `“${s}”`).join(', ')} with the claim “${claimText}”${names}.`,
    };
  }
}
