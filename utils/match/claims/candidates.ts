/**
 * Candidate retrieval and scoring for one sentence: which claims could state it, and the score
 * of each (see `evidenceScore`), the best kept in `top` for acceptance. Claims are indexed by
 * their distinctive terms, so a sentence only visits the claims that share a specific term or
 * name with it: the cost follows the text and its rarer terms rather than the number of claims.
 */

import { ClaimEvidence } from './claim-evidence';
import { type EvidenceTables, factorOf, isSpecificPair } from './evidence-tables';
import type { NamedEntities } from './sentence-facts';
import type { ClaimSettings } from './settings';
import type { Stamps } from './stamps';
import { QUOTE_WEIGHT } from './term-index';
import { TopCandidates } from './top-candidates';
import type { SentenceHits } from './word-hits';

function popCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Whether the sentence names two entities that few claims list together (see `isSpecificPair`). */
function hasSpecificPair(tables: EvidenceTables, named: NamedEntities): boolean {
  for (let i = 1; i < named.count; i++)
    for (let j = 0; j < i; j++)
      if (isSpecificPair(tables, named.list[i] as number, named.list[j] as number)) return true;
  return false;
}

export class CandidateScorer {
  readonly top = new TopCandidates();
  /** The distinct terms of the sentence scored last, in sentence order, and the token of each. */
  terms = new Int32Array(64);
  termTokens = new Int32Array(64);
  termCount = 0;
  private readonly termStamp: Int32Array;
  /** What each claim gets from the names of the sentence, and its score. */
  private readonly claimEvidence: ClaimEvidence;
  private readonly touched: Int32Array;
  /**
   * Per claim, while a sentence's lists are walked: which of its terms (bits by position in the
   * sentence) the claim uses, and which of those only in its quotes.
   */
  private readonly walkStamp: Int32Array;
  private readonly masks: Int32Array;
  private readonly quoteMasks: Int32Array;
  /** Per claim, while a long sentence is scored: its evidence so far, and what went into it. */
  private readonly sumStamp: Int32Array;
  private readonly sums: Float64Array;
  private readonly sumWords: Int32Array;
  private readonly sumStrong: Uint8Array;
  private readonly sumFirst: Int32Array;

  /** `passageCounts`: per claim, mentions of its weighted entities in the sentence's passage. */
  constructor(
    private readonly tables: EvidenceTables,
    private readonly settings: ClaimSettings,
    private readonly stamps: Stamps,
    passageCounts: Int32Array,
  ) {
    const claims = tables.claimEntities.length;
    this.termStamp = stamps.array(tables.termCount);
    this.walkStamp = stamps.array(claims);
    this.sumStamp = stamps.array(claims);
    this.claimEvidence = new ClaimEvidence(tables, settings, stamps, passageCounts);
    this.touched = new Int32Array(claims);
    this.masks = new Int32Array(claims);
    this.quoteMasks = new Int32Array(claims);
    this.sums = new Float64Array(claims);
    this.sumWords = new Int32Array(claims);
    this.sumStrong = new Uint8Array(claims);
    this.sumFirst = new Int32Array(claims);
  }

  /**
   * Scores the claims that could state the sentence whose term hits are the window of `hits`
   * and which names `named`; whether the best of them (in `top`) reaches the minimum score.
   */
  score(hits: SentenceHits, named: NamedEntities, shortSentence: boolean): boolean {
    const { minShared, minScore } = this.settings;
    const { numeric, specific: specificTerm, entitySpecific } = this.tables;
    this.ensureCapacity(hits.to - hits.from);
    const terms = this.terms;
    const stamp = this.stamps.next();
    let count = 0;
    let words = 0;
    let strong = 0;
    for (let h = hits.from; h < hits.to; h++) {
      const term = hits.terms[h] as number;
      if (this.termStamp[term] === stamp) continue;
      this.termStamp[term] = stamp;
      terms[count] = term;
      this.termTokens[count] = hits.tokens[h] as number;
      if (!numeric[term]) words++;
      if (specificTerm[term]) strong++;
      count++;
    }
    this.termCount = count;
    let specific = 0;
    for (let n = 0; n < named.count; n++) {
      if (entitySpecific[named.list[n] as number]) specific++;
    }
    if (hasSpecificPair(this.tables, named)) specific++;
    this.top.clear();
    // A match needs enough words, and one specific term or name among them.
    if (words === 0 || words + specific < minShared || strong + specific === 0) return false;
    this.claimEvidence.markNamed(named, stamp, shortSentence);
    this.scoreCandidates(named, count, stamp);
    return this.top.count > 0 && (this.top.scores[0] as number) >= minScore;
  }

  private ensureCapacity(size: number): void {
    if (size <= this.terms.length) return;
    const capacity = Math.max(size, this.terms.length * 2);
    this.terms = new Int32Array(capacity);
    this.termTokens = new Int32Array(capacity);
  }

  /**
   * Scores the claims that could match the sentence and keeps the best (see `top`). A match needs a
   * specific piece of evidence, so the only candidates are the claims listing a specific name of
   * the sentence and those using one of its specific terms, which have short lists whatever the
   * size of the index. Walking those lists notes which specific terms each claim uses; its use of
   * the sentence's common terms, whose lists are long, is then read from bit sets, and only for
   * the claims that could still share enough words.
   */
  private scoreCandidates(named: NamedEntities, count: number, stamp: number): void {
    const { touched, masks, quoteMasks, tables } = this;
    const { numeric, specific: specificTerm, postings, postingFactors, weights } = tables;
    const terms = this.terms;
    const walkStamp = this.walkStamp;
    let reached = 0;
    let commonBits = 0;
    let wordBits = 0;
    for (let i = 0; i < count; i++) {
      const term = terms[i] as number;
      const bit = count <= 31 ? 1 << i : 0;
      if (!numeric[term]) wordBits |= bit;
      if (!specificTerm[term]) {
        commonBits |= bit;
        continue;
      }
      const list = postings[term] as number[];
      const factors = postingFactors[term] as number[];
      for (let p = 0; p < list.length; p++) {
        const claim = list[p] as number;
        const quoted = factors[p] === 1 ? 0 : bit;
        if (walkStamp[claim] === stamp) {
          masks[claim] = (masks[claim] as number) | bit;
          quoteMasks[claim] = (quoteMasks[claim] as number) | quoted;
        } else {
          walkStamp[claim] = stamp;
          masks[claim] = bit;
          quoteMasks[claim] = quoted;
          touched[reached++] = claim;
        }
      }
    }
    // Claims listing a name of the sentence: the name may be their specific evidence.
    for (let n = 0; n < named.count; n++) {
      const entity = named.list[n] as number;
      const list = tables.entityClaims[entity];
      if (!list || (tables.entityWeights[entity] === 0 && !tables.entitySpecific[entity])) continue;
      for (let k = 0; k < list.length; k++) {
        const claim = list[k] as number;
        if (walkStamp[claim] === stamp) continue;
        walkStamp[claim] = stamp;
        masks[claim] = 0;
        quoteMasks[claim] = 0;
        touched[reached++] = claim;
      }
    }
    if (count > 31) {
      this.scoreLongSentence(count, reached, stamp);
      return;
    }
    const minShared = this.settings.minShared;
    const commonWords = popCount(commonBits & wordBits);
    for (let c = 0; c < reached; c++) {
      const claim = touched[c] as number;
      let mask = masks[claim] as number;
      const specific = this.claimEvidence.specificNames(claim, stamp);
      // Every specific term was walked: a claim with none of them and no specific name is out,
      // as is one that could not share enough words even using every common term.
      if (mask === 0 && specific === 0) continue;
      if (popCount(mask & wordBits) + commonWords + specific < minShared) continue;
      let quoted = quoteMasks[claim] as number;
      for (let rest = commonBits; rest !== 0; rest &= rest - 1) {
        const low = rest & -rest;
        const factor = factorOf(tables, claim, terms[31 - Math.clz32(low)] as number);
        if (factor === 0) continue;
        mask |= low;
        if (factor !== 1) quoted |= low;
      }
      const words = popCount(mask & wordBits);
      if (words === 0 || words + specific < minShared) continue;
      // Summed in sentence order, as `scoreLongSentence` sums, so equal evidence gives equal floats.
      let evidence = 0;
      for (let rest = mask; rest !== 0; rest &= rest - 1) {
        const low = rest & -rest;
        const weight = weights[terms[31 - Math.clz32(low)] as number] as number;
        evidence += weight * (quoted & low ? QUOTE_WEIGHT : 1);
      }
      const strong = (mask & ~commonBits) !== 0;
      const score = this.claimEvidence.score(claim, evidence, words, strong, stamp);
      this.top.keep(claim, score, 31 - Math.clz32(mask & -mask));
    }
  }

  /**
   * Scores the `reached` candidates of a sentence with too many terms for one bit each (a run-on
   * sentence, a paragraph without stops): the lists of all its terms are walked once, adding
   * each term's weight to the candidates that use it, in sentence order as `scoreCandidates` sums.
   */
  private scoreLongSentence(count: number, reached: number, stamp: number): void {
    const terms = this.terms;
    const { walkStamp, sumStamp, sums, sumWords, sumStrong, sumFirst } = this;
    const { postings, postingFactors, weights, numeric, specific: specificTerm } = this.tables;
    for (let i = 0; i < count; i++) {
      const term = terms[i] as number;
      const list = postings[term] as number[];
      const factors = postingFactors[term] as number[];
      const weight = weights[term] as number;
      const word = numeric[term] ? 0 : 1;
      const specific = specificTerm[term] as number;
      for (let p = 0; p < list.length; p++) {
        const claim = list[p] as number;
        if (walkStamp[claim] !== stamp) continue;
        if (sumStamp[claim] !== stamp) {
          sumStamp[claim] = stamp;
          sums[claim] = 0;
          sumWords[claim] = 0;
          sumStrong[claim] = 0;
          sumFirst[claim] = i;
        }
        sums[claim] = (sums[claim] as number) + weight * (factors[p] as number);
        sumWords[claim] = (sumWords[claim] as number) + word;
        sumStrong[claim] = (sumStrong[claim] as number) | specific;
      }
    }
    for (let c = 0; c < reached; c++) {
      const claim = this.touched[c] as number;
      // A claim sharing no term scores 0, which never beats the best.
      if (sumStamp[claim] !== stamp) continue;
      const score = this.claimEvidence.score(
        claim,
        sums[claim] as number,
        sumWords[claim] as number,
        sumStrong[claim] === 1,
        stamp,
      );
      this.top.keep(claim, score, sumFirst[claim] as number);
    }
  }
}
