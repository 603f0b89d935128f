import type { CompiledIndex, Entity } from '../index/types';
import type { NormalizedText } from '../text/normalize';
import { foldText } from '../text/normalize';
import type { SentenceIndex, SentenceRange } from '../text/sentences';
import { type Tokens, tokenize } from '../text/tokens';
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

/** Claim-term hits of the text in order, and the window [from, to) of the current sentence. */
interface SentenceHits {
  starts: number[];
  tokens: number[];
  terms: number[];
  from: number;
  to: number;
}

function termsOf(text: string): string[] {
  const folded = foldText(text);
  const tokens = tokenize(folded);
  const terms: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const term = termOf(folded.slice(tokens.starts[i], tokens.ends[i]));
    if (term) terms.push(term);
  }
  return terms;
}

/** Words that only name an entity ("tiktok", "chew"): entity presence is scored separately. */
function nameTerms(entities: readonly Entity[]): Set<string> {
  const names = new Set<string>();
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const terms = termsOf(alias.text);
      if (terms.length === 1 || entity.type === 'person') for (const t of terms) names.add(t);
    }
  }
  return names;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Finds sentences that state a claim of the index. Claims are indexed once by their distinctive
 * terms (IDF over claim text, keywords and cited quotes), so a scan only visits the claims that
 * share a term with a sentence.
 */
export class ClaimMatcher {
  private readonly termIds = new Map<string, number>();
  private readonly idf: number[] = [];
  private readonly numeric: boolean[] = [];
  private readonly postings: Int32Array[] = [];
  private readonly claimTerms: Set<number>[];
  private readonly coreWeight: Float64Array;
  private readonly claimEntities: Set<number>[];
  private readonly sources: string[][];
  private readonly wordCache = new Map<string, number>();
  private readonly scores: Float64Array;
  private readonly contentCounts: Int32Array;

  constructor(
    private readonly index: CompiledIndex,
    private readonly settings: ClaimSettings,
  ) {
    const claims = index.claims;
    const names = nameTerms(index.entities);
    const core = claims.map(
      (c) => new Set(termsOf([c.text, ...c.keywords].join('\n')).filter((t) => !names.has(t))),
    );
    const all = claims.map(
      (c, i) =>
        new Set([
          ...(core[i] ?? []),
          ...termsOf(c.citations.map((q) => q.quote).join('\n')).filter((t) => !names.has(t)),
        ]),
    );
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
      const ids = new Set<number>();
      for (const t of terms) {
        const id = this.termIds.get(t);
        if (id === undefined) continue;
        ids.add(id);
        lists[id]?.push(c);
      }
      return ids;
    });
    for (const list of lists) this.postings.push(Int32Array.from(list));
    this.coreWeight = Float64Array.from(core, (terms) => {
      let weight = 0;
      for (const t of terms) {
        const id = this.termIds.get(t);
        if (id !== undefined) weight += this.termWeight(id);
      }
      return weight;
    });
    const entityPosition = new Map(index.entities.map((e, i) => [e.id, i]));
    this.claimEntities = claims.map(
      (c) => new Set(c.entities.map((id) => entityPosition.get(id) ?? -1)),
    );
    const documents = new Map(index.articles.map((a) => [a.id, a.document]));
    this.sources = claims.map((c) => [
      ...new Set(c.citations.map((q) => documents.get(q.article)).filter((d) => d !== undefined)),
    ]);
    this.scores = new Float64Array(claims.length);
    this.contentCounts = new Int32Array(claims.length);
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
      const words = new Set<number>();
      while (to < hits.starts.length && (hits.starts[to] as number) < block.end) {
        const term = hits.terms[to] as number;
        if (!this.numeric[term]) words.add(term);
        to++;
      }
      if (words.size >= this.settings.minShared && this.anyClaimShares(hits, from, to)) {
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

  /**
   * Whether some claim shares enough words with the whole block: most blocks fail this cheap
   * test and are never split into sentences.
   */
  private anyClaimShares(hits: SentenceHits, from: number, to: number): boolean {
    const seen = new Set<number>();
    const touched: number[] = [];
    let found = false;
    for (let h = from; h < to && !found; h++) {
      const term = hits.terms[h] as number;
      if (this.numeric[term] || seen.has(term)) continue;
      seen.add(term);
      for (const claim of this.postings[term] ?? []) {
        const count = (this.contentCounts[claim] as number) + 1;
        if (count === 1) touched.push(claim);
        this.contentCounts[claim] = count;
        if (count >= this.settings.minShared) found = true;
      }
    }
    for (const claim of touched) this.contentCounts[claim] = 0;
    return found;
  }

  private bestClaim(
    normal: NormalizedText,
    tokens: Tokens,
    sentence: SentenceRange,
    hits: SentenceHits,
    named: Set<number>,
  ): ClaimDraft | undefined {
    /** Term → token of its first occurrence in the sentence. */
    const terms = new Map<number, number>();
    let words = 0;
    for (let h = hits.from; h < hits.to; h++) {
      const term = hits.terms[h] as number;
      if (terms.has(term)) continue;
      terms.set(term, hits.tokens[h] as number);
      if (!this.numeric[term]) words++;
    }
    if (words < this.settings.minShared) return undefined;

    const touched: number[] = [];
    for (const term of terms.keys()) {
      const weight = this.termWeight(term);
      const isWord = !this.numeric[term];
      for (const claim of this.postings[term] ?? []) {
        if (this.scores[claim] === 0) touched.push(claim);
        this.scores[claim] = (this.scores[claim] as number) + weight;
        if (isWord) this.contentCounts[claim] = (this.contentCounts[claim] as number) + 1;
      }
    }

    let best = -1;
    let bestScore = 0;
    for (const claim of touched) {
      const evidence = this.scores[claim] as number;
      const content = this.contentCounts[claim] as number;
      this.scores[claim] = 0;
      this.contentCounts[claim] = 0;
      if (content < this.settings.minShared) continue;
      let entityBonus = 0;
      for (const e of named) if (this.claimEntities[claim]?.has(e)) entityBonus += ENTITY_WEIGHT;
      const coverage = Math.min(1, evidence / Math.max(1, this.coreWeight[claim] as number));
      const strength = 1 - Math.exp(-(evidence + entityBonus) / EVIDENCE_SCALE);
      const score = 0.5 * coverage + 0.5 * strength;
      if (score > bestScore) {
        best = claim;
        bestScore = score;
      }
    }
    if (best < 0 || bestScore < this.settings.minScore) return undefined;
    return this.describe(normal, tokens, sentence, best, bestScore, terms, named);
  }

  private describe(
    normal: NormalizedText,
    tokens: Tokens,
    sentence: SentenceRange,
    claim: number,
    score: number,
    terms: Map<number, number>,
    named: Set<number>,
  ): ClaimDraft {
    const own = this.claimTerms[claim] ?? new Set<number>();
    const shared: string[] = [];
    for (const [term, token] of terms) {
      if (own.has(term)) shared.push(normal.text.slice(tokens.starts[token], tokens.ends[token]));
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
