import type { CompiledIndex } from '../../index/types';
import { lastAtOrBefore } from '../../sorted';
import { foldedSlice } from '../../text/case-fold';
import type { NormalizedText } from '../../text/normalize';
import type { SentenceIndex, SentenceRange } from '../../text/sentences';
import type { Tokens } from '../../text/tokens';
import { WordCache } from '../../text/word-cache';
import type { MentionDraft } from '../rules';
import { describeMatch } from './explain';
import { MentionHistory } from './mention-history';
import { type ClaimModel, claimModel } from './model';
import {
  acceptClaim,
  type Evidence,
  evidenceScore,
  type Judgement,
  type SentenceFacts,
  SHORT_SENTENCE,
} from './scoring';
import type { ClaimSettings } from './settings';
import { assertedNegationCues } from './stance';
import { type SubjectTables, subjectTables } from './subject-tables';
import {
  namesInText,
  type SentenceSpan,
  type SentenceSubjects,
  sentenceSubjects,
} from './subjects';
import {
  type ClaimTermIndex,
  claimTermIndex,
  dfLimits,
  idfOf,
  QUOTE_WEIGHT,
  termWeight,
} from './term-index';
import { termOf } from './terms';

export interface ClaimDraft {
  start: number;
  end: number;
  claim: number;
  score: number;
  /**
   * What the sentence shares with the claim, and why it matched: worked out on the first call,
   * as most matches on a page are never asked (only an opened card or the scanner shows them).
   */
  explain: () => ClaimExplanation;
}

export interface ClaimExplanation {
  shared: string[];
  why: string;
}

/** An entity named by the sentence and listed by the claim weighs its IDF over claims, times this. */
const ENTITY_WEIGHT = 1;
/** The context of a sentence: its paragraph and this many blocks (paragraphs, headings) before. */
const CONTEXT_BLOCKS = 2;
/** `termIdOfNewWord` for a stop-word (not a content word at all). */
const NO_TERM = -2;
const WORD_CACHE_LIMIT = 200_000;
/** Candidates per sentence kept for acceptance, best first. */
const TOP_CANDIDATES = 3;

/** Claim-term hits of the text in order, and the window [from, to) of the current sentence. */
interface SentenceHits {
  count: number;
  starts: Int32Array;
  tokens: Int32Array;
  terms: Int32Array;
  from: number;
  to: number;
}

function popCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Where each line of `text` starts: 0 and every offset after a line break. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/**
 * The start of the line holding offset `end - 1` (0 for `end` 0): `lastIndexOf('\n', end - 1) + 1`,
 * found among `lineStarts` (which begin with 0) by halving.
 */
function lineStartAtOrBefore(lineStarts: readonly number[], end: number): number {
  return lineStarts[Math.max(0, lastAtOrBefore(lineStarts, end))] as number;
}

/** Where `value` sits in the ascending `list`, or -1. */
function indexOfSorted(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid] as number;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Finds sentences that state a claim of the index. Claims are indexed once by their distinctive
 * terms (IDF over claim text, keywords and cited quotes), so a scan only visits the claims that
 * share a specific term or name with a sentence (see `scoreCandidates`): the cost of a scan
 * follows the text and its rarer terms rather than the number of claims.
 *
 * A claim's evidence in a sentence is the IDF of the terms they share (terms of the quotes only
 * count for less) plus the IDF over claims of the entities both name, so that a name few claims
 * list weighs like a rare word and a name nearly all of them list weighs nothing. A match needs
 * enough pieces of evidence, at least one of them specific (a rare term or name), and a claim
 * attributed to people other than the one the sentence names scores lower.
 */
export class ClaimMatcher {
  private readonly termIds = new Map<string, number>();
  private readonly idf: number[] = [];
  /** Per term: 1 for a number. */
  private readonly numeric: readonly number[];
  /** Per term: 1 when few enough claims use it for it to be specific evidence. */
  private readonly specific: Uint8Array;
  private readonly postings: readonly number[][];
  /** Per posting: the weight factor of the term for that claim (quote-only terms count less). */
  private readonly postingFactors: readonly number[][];
  /** Each claim's term ids, ascending: membership is a binary search. */
  private readonly claimTerms: readonly number[][];
  /** The weight factor of each of those terms for the claim. */
  private readonly claimFactors: readonly number[][];
  private readonly coreWeight: readonly number[];
  private readonly weights: Float64Array;
  /** IDF at or above which a term or an entity is specific evidence. */
  private readonly specificIdf: number;
  private readonly claimEntities: Set<number>[];
  /** Per entity: its weight as evidence (0 when nearly every claim lists it), specific or not, a person or not. */
  private readonly entityWeights: Float64Array;
  private readonly entitySpecific: Uint8Array;
  private readonly entityPerson: Uint8Array;
  /** Per claim: how many people it lists, and how many entities of some weight. */
  private readonly claimPersons: Int32Array;
  private readonly claimWeighted: Int32Array;
  /**
   * Per claim: how many mentions of its weighted entities the paragraph being scored and the
   * ones before it (its context) hold. Zero between scans.
   */
  private readonly contextCount: Int32Array;
  private readonly sources: string[][];
  private readonly wordCache = new WordCache(WORD_CACHE_LIMIT);
  /** Scratch reused by every scan: stamps instead of clearing, so a sentence allocates nothing. */
  private stamp = 0;
  private readonly termStamp: Int32Array;
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
  /** Claims of each common term (and of any long list), as bits: membership in one load. */
  private readonly bitSets: (Int32Array | undefined)[];
  /** The same for the claims that have the term only in their quotes. */
  private readonly quoteBitSets: (Int32Array | undefined)[];
  /**
   * The best-scoring candidates of the sentence being scored, best first (ties to the claim
   * sharing the earliest term, then the lower number): acceptance may turn the first ones down.
   */
  private readonly topClaims = new Int32Array(TOP_CANDIDATES);
  private readonly topScores = new Float64Array(TOP_CANDIDATES);
  private readonly topFirsts = new Int32Array(TOP_CANDIDATES);
  private topCount = 0;
  private readonly evidence: Evidence = {
    weight: 0,
    words: 0,
    specificNames: 0,
    specificTerm: false,
    shortSentence: false,
    coreWeight: 0,
    otherPerson: false,
    absentNames: false,
  };
  #model: ClaimModel | undefined;
  /**
   * What judging a sentence needs beyond the term index: built on the first sentence judged, as
   * many pages (and most test indexes) never get that far.
   */
  #subjectTables: SubjectTables | undefined;
  /** The latest mention of each entity so far in the scan, for "the company" and the like. */
  private readonly history: MentionHistory;
  /** Per entity, whether the sentence being judged holds one of its aliases (see `namesInText`). */
  private readonly aliasMemo: Uint8Array;
  /** Where the passage of the block being scored starts, and its first mention. */
  private passageStart = 0;
  private passageMention = 0;
  /** Claims listing each entity, and per claim what the current sentence names of its entities. */
  private readonly entityClaims: Int32Array[];
  private readonly bonusStamp: Int32Array;
  private readonly bonuses: Float64Array;
  private readonly specificNamed: Int32Array;
  private readonly personsNamed: Int32Array;
  /** The entities the current sentence names, each once (see `collectNamed`). */
  private named = new Int32Array(16);
  private namedCount = 0;
  /** Per entity: the round of `collectNamed` that last took it. */
  private readonly namedStamp: Int32Array;
  private namedRound = 0;
  /** People the current sentence names, and whether it is short. */
  private sentencePersons = 0;
  private shortSentence = false;
  private sentenceTerms = new Int32Array(64);
  private sentenceTokens = new Int32Array(64);
  /** Scratch of `find`, grown to the longest text scanned: the terms of the text's words… */
  private readonly hits: SentenceHits = {
    count: 0,
    starts: new Int32Array(0),
    tokens: new Int32Array(0),
    terms: new Int32Array(0),
    from: 0,
    to: 0,
  };
  /** …and the content words (names included, stop-words not) before each token. */
  private content = new Int32Array(0);
  /** What explaining this scan's matches needs (see `draft`); a new list for every scan. */
  private kept: number[] = [];

  /** `prepared` (checked by the caller to fit `index`) saves cutting every claim into terms. */
  constructor(
    private readonly index: CompiledIndex,
    private readonly settings: ClaimSettings,
    prepared?: ClaimTermIndex,
  ) {
    const claims = index.claims;
    const terms = prepared ?? claimTermIndex(index);
    const { maxDf, specificDf } = dfLimits(claims.length);
    this.specificIdf = idfOf(claims.length, specificDf);
    this.numeric = terms.numeric;
    this.postings = terms.postings;
    this.postingFactors = terms.postingFactors;
    this.claimTerms = terms.claimTerms;
    this.claimFactors = terms.claimFactors;
    this.coreWeight = terms.coreWeight;
    this.history = new MentionHistory(index.entities.length);
    this.aliasMemo = new Uint8Array(index.entities.length);
    this.specific = new Uint8Array(terms.terms.length);
    this.weights = new Float64Array(terms.terms.length);
    // A plain loop: this runs once per page, before JIT compilers have warmed up.
    for (let id = 0; id < terms.terms.length; id++) {
      const idf = idfOf(claims.length, terms.df[id] as number);
      this.termIds.set(terms.terms[id] as string, id);
      this.idf.push(idf);
      this.specific[id] = idf >= this.specificIdf ? 1 : 0;
      this.weights[id] = termWeight(idf, this.numeric[id] === 1);
    }
    const entityPosition = new Map(index.entities.map((e, i) => [e.id, i]));
    this.claimEntities = claims.map(
      (c) => new Set(c.entities.map((id) => entityPosition.get(id) ?? -1)),
    );
    const documents = new Map(index.articles.map((a) => [a.id, a.document]));
    this.sources = claims.map((c) => [
      ...new Set(c.citations.map((q) => documents.get(q.article)).filter((d) => d !== undefined)),
    ]);
    this.termStamp = new Int32Array(this.idf.length);
    this.namedStamp = new Int32Array(index.entities.length);
    const byEntity: number[][] = index.entities.map(() => []);
    this.claimEntities.forEach((entities, claim) => {
      for (const e of entities) byEntity[e]?.push(claim);
    });
    this.entityClaims = byEntity.map((list) => Int32Array.from(list));
    this.entityWeights = Float64Array.from(byEntity, (list) =>
      list.length === 0 || list.length > maxDf
        ? 0
        : ENTITY_WEIGHT * Math.log((claims.length + 1) / (list.length + 0.5)),
    );
    this.entitySpecific = Uint8Array.from(byEntity, (list) =>
      list.length > 0 && list.length <= specificDf ? 1 : 0,
    );
    this.entityPerson = Uint8Array.from(index.entities, (e) => (e.type === 'person' ? 1 : 0));
    this.claimPersons = Int32Array.from(this.claimEntities, (entities) => {
      let persons = 0;
      for (const e of entities) if (this.entityPerson[e]) persons++;
      return persons;
    });
    this.claimWeighted = Int32Array.from(this.claimEntities, (entities) => {
      let weighted = 0;
      for (const e of entities) if ((this.entityWeights[e] ?? 0) > 0) weighted++;
      return weighted;
    });
    this.contextCount = new Int32Array(claims.length);
    this.bonusStamp = new Int32Array(claims.length);
    this.bonuses = new Float64Array(claims.length);
    this.specificNamed = new Int32Array(claims.length);
    this.personsNamed = new Int32Array(claims.length);
    this.touched = new Int32Array(claims.length);
    this.walkStamp = new Int32Array(claims.length);
    this.masks = new Int32Array(claims.length);
    this.quoteMasks = new Int32Array(claims.length);
    this.sumStamp = new Int32Array(claims.length);
    this.sums = new Float64Array(claims.length);
    this.sumWords = new Int32Array(claims.length);
    this.sumStrong = new Uint8Array(claims.length);
    this.sumFirst = new Int32Array(claims.length);
    // Common terms are looked up claim by claim (see `scoreCandidates`), specific ones walked.
    const words = (claims.length + 31) >>> 5;
    this.bitSets = [];
    this.quoteBitSets = [];
    for (let term = 0; term < this.postings.length; term++) {
      const list = this.postings[term] as number[];
      const factors = this.postingFactors[term] as number[];
      if (list.length <= specificDf && list.length < words) {
        this.bitSets.push(undefined);
        this.quoteBitSets.push(undefined);
        continue;
      }
      const bits = new Int32Array(words);
      const quoteBits = new Int32Array(words);
      for (let k = 0; k < list.length; k++) {
        const claim = list[k] as number;
        bits[claim >>> 5] = (bits[claim >>> 5] as number) | (1 << (claim & 31));
        if (factors[k] !== 1) {
          quoteBits[claim >>> 5] = (quoteBits[claim >>> 5] as number) | (1 << (claim & 31));
        }
      }
      this.bitSets.push(bits);
      this.quoteBitSets.push(quoteBits);
    }
  }

  private get model(): ClaimModel {
    this.#model ??= claimModel(this.index);
    return this.#model;
  }

  private get subjectTables(): SubjectTables {
    this.#subjectTables ??= subjectTables(this.index.entities, (word) => {
      const term = termOf(word.toLowerCase());
      return term === null || this.termIds.has(term);
    });
    return this.#subjectTables;
  }

  sourcesOf(claim: number): string[] {
    return this.sources[claim] ?? [];
  }

  /**
   * The indexed term id of the word `cased[start, end)`, which is not in the word cache yet and
   * is added to it: -1 for a term no claim uses, NO_TERM for a stop-word. The cache holds words as
   * the page has them ("Leaked", "leaked"), each with the id of its folded form.
   */
  private termIdOfNewWord(cased: string, start: number, end: number, hash: number): number {
    const word = cased.slice(start, end);
    const term = termOf(foldedSlice(word, 0, word.length));
    const id = term === null ? NO_TERM : (this.termIds.get(term) ?? -1);
    this.wordCache.set(word, hash, id);
    return id;
  }

  find(
    normal: NormalizedText,
    tokens: Tokens,
    sentences: SentenceIndex,
    mentions: readonly MentionDraft[],
  ): ClaimDraft[] {
    const text = normal.cased;
    if (this.hits.starts.length < tokens.count + 1) {
      const size = Math.max(tokens.count + 1, 2 * this.hits.starts.length);
      this.hits.starts = new Int32Array(size);
      this.hits.tokens = new Int32Array(size);
      this.hits.terms = new Int32Array(size);
      this.content = new Int32Array(size);
    }
    const hits = this.hits;
    hits.count = 0;
    this.history.reset(mentions);
    /** Content words (names included, stop-words not) before each token. */
    const content = this.content;
    content[0] = 0;
    // Locals, not property reads, in the loop over every word of the page.
    const { count, starts, ends, hashes } = tokens;
    const { starts: hitStarts, tokens: hitTokens, terms: hitTerms } = hits;
    const cache = this.wordCache;
    let hitCount = 0;
    let contentCount = 0;
    let mention = 0;
    let mentionStart = mentions.length > 0 ? (mentions[0] as MentionDraft).start : text.length;
    let mentionEnd = mentions.length > 0 ? (mentions[0] as MentionDraft).end : text.length;
    for (let i = 0; i < count; i++) {
      const start = starts[i] as number;
      // Words inside a recognised name ("Culver City", "Booz Allen") count as that entity, not
      // as shared wording. Mentions are in order and apart, as tokens are.
      while (mentionEnd <= start) {
        mention++;
        const next = mentions[mention];
        mentionStart = next === undefined ? text.length : next.start;
        mentionEnd = next === undefined ? text.length : next.end;
      }
      if (mentionStart <= start) {
        content[i + 1] = ++contentCount;
        continue;
      }
      const end = ends[i] as number;
      const hash = hashes[i] as number;
      const id = cache.get(text, start, end, hash) ?? this.termIdOfNewWord(text, start, end, hash);
      if (id !== NO_TERM) contentCount++;
      content[i + 1] = contentCount;
      if (id < 0) continue;
      hitStarts[hitCount] = start;
      hitTokens[hitCount] = i;
      hitTerms[hitCount] = id;
      hitCount++;
    }
    hits.count = hitCount;

    const { minShared } = this.settings;
    const found: ClaimDraft[] = [];
    this.kept = [];
    let mentionAt = 0;
    let from = 0;
    const lineStarts = lineStartsOf(text);
    /** The mentions counted in `contextCount`: the context of the last paragraph scored. */
    let contextFrom = 0;
    let contextTo = 0;
    while (from < hits.count) {
      const block = sentences.blockAt(hits.starts[from] as number);
      let to = from;
      const stamp = this.nextStamp();
      let words = 0;
      let specificTerms = 0;
      while (to < hits.count && (hits.starts[to] as number) < block.end) {
        const term = hits.terms[to] as number;
        if (this.specific[term]) specificTerms++;
        if (!this.numeric[term] && this.termStamp[term] !== stamp) {
          this.termStamp[term] = stamp;
          words++;
        }
        to++;
      }
      while (
        mentionAt < mentions.length &&
        (mentions[mentionAt] as MentionDraft).start < block.start
      )
        mentionAt++;
      let blockNames = 0;
      for (let k = mentionAt; k < mentions.length; k++) {
        const m = mentions[k] as MentionDraft;
        if (m.start >= block.end) break;
        if (this.entitySpecific[m.entity]) blockNames++;
      }
      if (words > 0 && words + blockNames >= minShared && specificTerms + blockNames > 0) {
        let contextStart = block.start;
        for (let b = 0; b < CONTEXT_BLOCKS && contextStart > 0; b++) {
          let end = contextStart - 1;
          while (end > 0 && text.charCodeAt(end - 1) <= 0x20) end--;
          contextStart = lineStartAtOrBefore(lineStarts, end);
        }
        // Paragraphs come in order, so the context slides forward: each mention enters it once
        // and leaves it once.
        while (
          contextFrom < contextTo &&
          (mentions[contextFrom] as MentionDraft).start < contextStart
        )
          this.countContext(mentions[contextFrom++] as MentionDraft, -1);
        if (contextFrom === contextTo) {
          while (
            contextTo < mentions.length &&
            (mentions[contextTo] as MentionDraft).start < contextStart
          )
            contextTo++;
          contextFrom = contextTo;
        }
        while (
          contextTo < mentions.length &&
          (mentions[contextTo] as MentionDraft).start < block.end
        )
          this.countContext(mentions[contextTo++] as MentionDraft, 1);
        this.passageStart = contextStart;
        this.passageMention = contextFrom;
        let hit = from;
        let sentenceMention = mentionAt;
        for (const sentence of sentences.sentencesOfBlock(block)) {
          hits.from = hit;
          while (hit < to && (hits.starts[hit] as number) < sentence.end) hit++;
          hits.to = hit;
          if (hits.to === hits.from) continue;
          while (
            sentenceMention < mentions.length &&
            (mentions[sentenceMention] as MentionDraft).start < sentence.start
          )
            sentenceMention++;
          this.collectNamed(mentions, sentenceMention, sentence.end);
          const first = (hits.tokens[hits.from] as number) - 1;
          const last = (hits.tokens[hits.to - 1] as number) + 1;
          const contentWords =
            (content[this.tokenAfter(tokens, sentence.end, last)] as number) -
            (content[this.tokenAfter(tokens, sentence.start, first, true)] as number);
          this.shortSentence = contentWords < SHORT_SENTENCE;
          const match = this.bestClaim(normal, tokens, sentences, sentence, hits, mentions);
          if (match) found.push(match);
        }
      }
      from = to;
    }
    while (contextFrom < contextTo) this.countContext(mentions[contextFrom++] as MentionDraft, -1);
    return found;
  }

  /**
   * Sets `named` to the entities named by the mentions from `from` that end by `end`, each once,
   * in page order.
   */
  private collectNamed(mentions: readonly MentionDraft[], from: number, end: number): void {
    if (this.namedRound >= 0x7ffffff0) {
      this.namedRound = 0;
      this.namedStamp.fill(0);
    }
    const round = ++this.namedRound;
    let count = 0;
    for (let k = from; k < mentions.length; k++) {
      const m = mentions[k] as MentionDraft;
      if (m.start >= end) break;
      if (m.end > end || this.namedStamp[m.entity] === round) continue;
      this.namedStamp[m.entity] = round;
      if (count === this.named.length) {
        const grown = new Int32Array(2 * count);
        grown.set(this.named);
        this.named = grown;
      }
      this.named[count++] = m.entity;
    }
    this.namedCount = count;
  }

  /** Adds `change` to the context count of the claims listing `mention`'s entity, if it weighs. */
  private countContext(mention: MentionDraft, change: number): void {
    if (this.entityWeights[mention.entity] === 0) return;
    const list = this.entityClaims[mention.entity] as Int32Array;
    const counts = this.contextCount;
    for (let c = 0; c < list.length; c++) {
      const claim = list[c] as number;
      counts[claim] = (counts[claim] as number) + change;
    }
  }

  /**
   * The first token starting at or after `offset`, looked for from token `near` onwards
   * (backwards from it when `back`): sentences are short, so the walk is too.
   */
  private tokenAfter(tokens: Tokens, offset: number, near: number, back = false): number {
    let t = Math.max(0, Math.min(near, tokens.count));
    if (back) {
      while (t > 0 && (tokens.starts[t - 1] as number) >= offset) t--;
      while (t < tokens.count && (tokens.starts[t] as number) < offset) t++;
      return t;
    }
    while (t < tokens.count && (tokens.starts[t] as number) < offset) t++;
    while (t > 0 && (tokens.starts[t - 1] as number) >= offset) t--;
    return t;
  }

  /** A fresh stamp for the stamp arrays: equal to no mark left by an earlier use. */
  private nextStamp(): number {
    if (this.stamp >= 0x7ffffff0) {
      this.stamp = 0;
      this.termStamp.fill(0);
      this.bonusStamp.fill(0);
      this.walkStamp.fill(0);
      this.sumStamp.fill(0);
    }
    return ++this.stamp;
  }

  /** The weight factor of term `term` for claim `claim`, 0 when the claim does not use it. */
  private factorOf(claim: number, term: number): number {
    const bits = this.bitSets[term];
    if (bits !== undefined) {
      const word = claim >>> 5;
      const bit = 1 << (claim & 31);
      if (((bits[word] as number) & bit) === 0) return 0;
      return ((this.quoteBitSets[term] as Int32Array)[word] as number) & bit ? QUOTE_WEIGHT : 1;
    }
    const at = indexOfSorted(this.claimTerms[claim] as number[], term);
    return at < 0 ? 0 : ((this.claimFactors[claim] as number[])[at] as number);
  }

  private ensureSentenceCapacity(size: number): void {
    if (size <= this.sentenceTerms.length) return;
    const capacity = Math.max(size, this.sentenceTerms.length * 2);
    this.sentenceTerms = new Int32Array(capacity);
    this.sentenceTokens = new Int32Array(capacity);
  }

  /** The best-scoring claim for one sentence. */
  private bestClaim(
    normal: NormalizedText,
    tokens: Tokens,
    sentences: SentenceIndex,
    sentence: SentenceRange,
    hits: SentenceHits,
    mentions: readonly MentionDraft[],
  ): ClaimDraft | undefined {
    const { minShared, minScore } = this.settings;
    this.ensureSentenceCapacity(hits.to - hits.from);
    const terms = this.sentenceTerms;
    const stamp = this.nextStamp();
    let count = 0;
    let words = 0;
    let strong = 0;
    for (let h = hits.from; h < hits.to; h++) {
      const term = hits.terms[h] as number;
      if (this.termStamp[term] === stamp) continue;
      this.termStamp[term] = stamp;
      terms[count] = term;
      this.sentenceTokens[count] = hits.tokens[h] as number;
      if (!this.numeric[term]) words++;
      if (this.specific[term]) strong++;
      count++;
    }
    let specific = 0;
    for (let n = 0; n < this.namedCount; n++) {
      if (this.entitySpecific[this.named[n] as number]) specific++;
    }
    // A match needs enough words, and one specific term or name among them.
    if (words === 0 || words + specific < minShared || strong + specific === 0) return undefined;

    this.markNamed(stamp);
    this.scoreCandidates(count, stamp);
    if (this.topCount === 0 || (this.topScores[0] as number) < minScore) return undefined;
    const span: SentenceSpan = {
      text: normal.cased,
      start: sentence.start,
      end: sentence.end,
      previousStart: -1,
      passageStart: this.passageStart,
    };
    let subjects: SentenceSubjects | undefined;
    let cues: string[] | undefined;
    let sentenceText: string | undefined;
    let aliasMemo: Uint8Array | undefined;
    const facts: SentenceFacts = {
      names: (entity) => this.namedStamp[entity] === this.namedRound,
      subjects: () => {
        if (subjects === undefined) {
          span.previousStart =
            sentence.start > 0 ? sentences.sentenceAt(sentence.start - 1).start : 0;
          subjects = sentenceSubjects(
            this.subjectTables,
            span,
            mentions,
            this.passageMention,
            this.history,
          );
        }
        return subjects;
      },
      cues: () => {
        cues ??= assertedNegationCues(normal.cased.slice(sentence.start, sentence.end));
        return cues;
      },
      unmatchedName: (entities) => {
        sentenceText ??= normal.cased.slice(sentence.start, sentence.end);
        if (aliasMemo === undefined) {
          aliasMemo = this.aliasMemo;
          aliasMemo.fill(0);
        }
        for (const entity of entities) {
          if (namesInText(this.subjectTables, sentenceText, entity, aliasMemo))
            return { entity, phrase: null, antecedent: null };
        }
        return null;
      },
    };
    for (let k = 0; k < this.topCount; k++) {
      const claim = this.topClaims[k] as number;
      const score = this.topScores[k] as number;
      const judged = acceptClaim(claim, score, facts, this.model, this.settings);
      if (judged) return this.draft(normal.cased, tokens, sentence, judged, count);
    }
    return undefined;
  }

  /**
   * Marks, for the sentence being scored, what each claim listing one of its named entities gets
   * from them (weight, specific names, people), walking the (short) lists of claims per entity.
   */
  private markNamed(stamp: number): void {
    let persons = 0;
    for (let n = 0; n < this.namedCount; n++) {
      const entity = this.named[n] as number;
      const person = this.entityPerson[entity] as number;
      persons += person;
      const weight = this.entityWeights[entity] as number;
      const specific = this.entitySpecific[entity] as number;
      const list = this.entityClaims[entity];
      // A name nearly every claim lists tells nothing, unless it names a person.
      if (!list || (weight === 0 && person === 0)) continue;
      for (let k = 0; k < list.length; k++) {
        const claim = list[k] as number;
        if (this.bonusStamp[claim] === stamp) {
          this.bonuses[claim] = (this.bonuses[claim] as number) + weight;
          this.specificNamed[claim] = (this.specificNamed[claim] as number) + specific;
          this.personsNamed[claim] = (this.personsNamed[claim] as number) + person;
        } else {
          this.bonusStamp[claim] = stamp;
          this.bonuses[claim] = weight;
          this.specificNamed[claim] = specific;
          this.personsNamed[claim] = person;
        }
      }
    }
    this.sentencePersons = persons;
  }

  /**
   * The score of a claim sharing `words` word terms of total weight `evidence` with the
   * sentence, `strong` when one of its shared terms is specific; 0 when that is not enough.
   */
  private claimScore(
    claim: number,
    evidence: number,
    words: number,
    strong: boolean,
    stamp: number,
  ): number {
    const marked = this.bonusStamp[claim] === stamp;
    const bonus = marked ? (this.bonuses[claim] as number) : 0;
    const specific = marked ? (this.specificNamed[claim] as number) : 0;
    const persons = marked ? (this.personsNamed[claim] as number) : 0;
    const otherPerson =
      persons === 0 && this.sentencePersons > 0 && (this.claimPersons[claim] as number) > 0;
    // One object filled per candidate, not one made: this runs for every candidate.
    const e = this.evidence;
    e.weight = evidence + bonus;
    e.words = words;
    e.specificNames = specific;
    e.specificTerm = strong;
    e.shortSentence = this.shortSentence;
    e.coreWeight = this.coreWeight[claim] as number;
    e.otherPerson = otherPerson;
    e.absentNames = (this.claimWeighted[claim] as number) > 0 && this.contextCount[claim] === 0;
    return evidenceScore(e, this.settings);
  }

  /**
   * Scores the claims that could match the sentence and keeps the best (see `topClaims`). A match needs a
   * specific piece of evidence, so the only candidates are the claims listing a specific name of
   * the sentence and those using one of its specific terms, which have short lists whatever the
   * size of the index. Walking those lists notes which specific terms each claim uses; its use of
   * the sentence's common terms, whose lists are long, is then read from bit sets, and only for
   * the claims that could still share enough words.
   */
  private scoreCandidates(count: number, stamp: number): void {
    const { touched, masks, quoteMasks } = this;
    const terms = this.sentenceTerms;
    const walkStamp = this.walkStamp;
    let reached = 0;
    let commonBits = 0;
    let wordBits = 0;
    for (let i = 0; i < count; i++) {
      const term = terms[i] as number;
      const bit = count <= 31 ? 1 << i : 0;
      if (!this.numeric[term]) wordBits |= bit;
      if (!this.specific[term]) {
        commonBits |= bit;
        continue;
      }
      const list = this.postings[term] as number[];
      const factors = this.postingFactors[term] as number[];
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
    for (let n = 0; n < this.namedCount; n++) {
      const entity = this.named[n] as number;
      const list = this.entityClaims[entity];
      if (!list || (this.entityWeights[entity] === 0 && !this.entitySpecific[entity])) continue;
      for (let k = 0; k < list.length; k++) {
        const claim = list[k] as number;
        if (walkStamp[claim] === stamp) continue;
        walkStamp[claim] = stamp;
        masks[claim] = 0;
        quoteMasks[claim] = 0;
        touched[reached++] = claim;
      }
    }
    this.topCount = 0;
    if (count > 31) {
      this.scoreLongSentence(count, reached, stamp);
      return;
    }
    const minShared = this.settings.minShared;
    const commonWords = popCount(commonBits & wordBits);
    for (let c = 0; c < reached; c++) {
      const claim = touched[c] as number;
      let mask = masks[claim] as number;
      const specific = this.bonusStamp[claim] === stamp ? (this.specificNamed[claim] as number) : 0;
      // Every specific term was walked: a claim with none of them and no specific name is out,
      // as is one that could not share enough words even using every common term.
      if (mask === 0 && specific === 0) continue;
      if (popCount(mask & wordBits) + commonWords + specific < minShared) continue;
      let quoted = quoteMasks[claim] as number;
      for (let rest = commonBits; rest !== 0; rest &= rest - 1) {
        const low = rest & -rest;
        const factor = this.factorOf(claim, terms[31 - Math.clz32(low)] as number);
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
        const weight = this.weights[terms[31 - Math.clz32(low)] as number] as number;
        evidence += weight * (quoted & low ? QUOTE_WEIGHT : 1);
      }
      const strong = (mask & ~commonBits) !== 0;
      const score = this.claimScore(claim, evidence, words, strong, stamp);
      this.keepBest(claim, score, 31 - Math.clz32(mask & -mask));
    }
  }

  /**
   * Scores the `reached` candidates of a sentence with too many terms for one bit each (a run-on
   * sentence, a paragraph without stops): the lists of all its terms are walked once, adding
   * each term's weight to the candidates that use it, in sentence order as `scoreCandidates` sums.
   */
  private scoreLongSentence(count: number, reached: number, stamp: number): void {
    const terms = this.sentenceTerms;
    const { walkStamp, sumStamp, sums, sumWords, sumStrong, sumFirst } = this;
    for (let i = 0; i < count; i++) {
      const term = terms[i] as number;
      const list = this.postings[term] as number[];
      const factors = this.postingFactors[term] as number[];
      const weight = this.weights[term] as number;
      const word = this.numeric[term] ? 0 : 1;
      const specific = this.specific[term] as number;
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
      const score = this.claimScore(
        claim,
        sums[claim] as number,
        sumWords[claim] as number,
        sumStrong[claim] === 1,
        stamp,
      );
      this.keepBest(claim, score, sumFirst[claim] as number);
    }
  }

  /** Ties go to the claim sharing the earliest term of the sentence, then the lower number. */
  private keepBest(claim: number, score: number, first: number): void {
    if (score <= 0) return;
    const { topClaims, topScores, topFirsts } = this;
    let at = this.topCount;
    // Walks up past the kept candidates this one beats: few, and a plain loop (no closure) as
    // it runs for every candidate of every sentence.
    while (at > 0) {
      const other = topScores[at - 1] as number;
      const otherFirst = topFirsts[at - 1] as number;
      const beats =
        score > other ||
        (score === other &&
          (first < otherFirst || (first === otherFirst && claim < (topClaims[at - 1] as number))));
      if (!beats) break;
      at--;
    }
    if (at >= TOP_CANDIDATES) return;
    for (let k = Math.min(this.topCount, TOP_CANDIDATES - 1); k > at; k--) {
      topClaims[k] = topClaims[k - 1] as number;
      topScores[k] = topScores[k - 1] as number;
      topFirsts[k] = topFirsts[k - 1] as number;
    }
    topClaims[at] = claim;
    topScores[at] = score;
    topFirsts[at] = first;
    this.topCount = Math.min(this.topCount + 1, TOP_CANDIDATES);
  }

  /**
   * The match the sentence of `cased` scored last makes, as `judged`, holding what explaining it
   * needs.
   */
  private draft(
    cased: string,
    tokens: Tokens,
    sentence: SentenceRange,
    judged: Judgement,
    count: number,
  ): ClaimDraft {
    // The sentence's terms and where they stand, copied from scratch that the next sentence
    // overwrites into the list all matches of this scan share (one list, not one per match).
    const kept = this.kept;
    const at = kept.length;
    for (let i = 0; i < count; i++) {
      const token = this.sentenceTokens[i] as number;
      kept.push(
        this.sentenceTerms[i] as number,
        tokens.starts[token] as number,
        tokens.ends[token] as number,
      );
    }
    kept.push(this.namedCount);
    for (let n = 0; n < this.namedCount; n++) kept.push(this.named[n] as number);
    let explanation: ClaimExplanation | undefined;
    return {
      start: sentence.start,
      end: sentence.end,
      claim: judged.claim,
      score: Math.round(judged.score * 100) / 100,
      explain: () => {
        explanation ??= this.explanation(cased, judged, kept, at, count);
        return explanation;
      },
    };
  }

  /**
   * `kept` holds, from `at`, the term, start and end (in `cased`) of each of the sentence's
   * `count` terms, then the entities it names.
   */
  private explanation(
    cased: string,
    judged: Judgement,
    kept: readonly number[],
    at: number,
    count: number,
  ): ClaimExplanation {
    // The evidence is what the sentence shares with the claim it was scored against.
    const scored = judged.contradicted ?? judged.claim;
    const namedAt = at + 3 * count;
    const named = kept.slice(namedAt + 1, namedAt + 1 + (kept[namedAt] as number));
    const shared: string[] = [];
    for (let i = at; i < at + 3 * count; i += 3) {
      if (this.factorOf(scored, kept[i] as number) === 0) continue;
      shared.push(foldedSlice(cased, kept[i + 1] as number, kept[i + 2] as number));
    }
    // The names that weighed in the score, the most telling first.
    const entities = named
      .filter((e) => this.claimEntities[scored]?.has(e) && (this.entityWeights[e] as number) > 0)
      .sort((a, b) => (this.entityWeights[b] as number) - (this.entityWeights[a] as number))
      .map((e) => this.index.entities[e]?.name ?? '');
    return describeMatch(this.index, this.subjectTables, judged, shared, entities);
  }
}
