/**
 * The claims' term index, built from the index alone (at build time by `prepareIndex`, or by the
 * matcher when it has no prepared data): every claim's wording, keywords, curated paraphrases and
 * quotes cut into terms, with their IDF over claims and weight factors.
 */
import type { CompiledIndex, Entity } from '../../index/types';
import { foldText } from '../../text/normalize';
import { tokenize } from '../../text/tokens';
import { synonymsOf } from './synonyms';
import { isNumberTerm, termOf } from './terms';

/** A term counts as distinctive when at most this share of claims use it. */
export const MAX_DISTINCTIVE_SHARE = 0.2;
/**
 * A term or entity is specific when at most this share of claims use it: a match needs one
 * specific piece of evidence, so a sentence sharing only common words never makes one.
 */
export const SPECIFIC_SHARE = 0.05;
/**
 * …and at most this many claims, however large the index: a word that dozens of claims use tells
 * none of them apart, and it keeps the claims a sentence must be checked against few.
 */
export const SPECIFIC_MAX_CLAIMS = 25;
/** Numbers are strong evidence, but a figure alone must never make a match. */
export const NUMBER_WEIGHT = 0.7;
/** Words found only in a claim's cited quotes, not in its own wording or keywords, count less. */
export const QUOTE_WEIGHT = 0.5;
/**
 * How many claims may use a term or an entity for it to count as evidence at all (`maxDf`), and
 * for it to be specific evidence (`specificDf`).
 */
export function dfLimits(claims: number): { maxDf: number; specificDf: number } {
  return {
    maxDf: Math.max(2, Math.floor(claims * MAX_DISTINCTIVE_SHARE)),
    specificDf: Math.max(1, Math.min(SPECIFIC_MAX_CLAIMS, Math.floor(claims * SPECIFIC_SHARE))),
  };
}

/** The IDF over `claims` claims of a term or entity used by `df` of them. */
export function idfOf(claims: number, df: number): number {
  return Math.log((claims + 1) / (df + 0.5));
}

export function termWeight(idf: number, numeric: boolean): number {
  return numeric ? idf * NUMBER_WEIGHT : idf;
}

/** The fields of a claim that its terms come from. */
interface ClaimText {
  text: string;
  keywords: readonly string[];
  paraphrases?: readonly string[];
  citations: readonly { quote: string }[];
}

export function termsOf(text: string): string[] {
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
export function nameTerms(entities: readonly Entity[]): Set<string> {
  const names = new Set<string>();
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const terms = termsOf(alias.text);
      if (terms.length === 1 || entity.type === 'person') for (const t of terms) names.add(t);
    }
  }
  return names;
}

/**
 * A claim's core terms (text and keywords), its other words for them (curated paraphrases and
 * the synonyms of both, see `synonymsOf`), and the further terms of its quotes, names left out.
 */
export function claimTerms(
  claim: ClaimText,
  names: ReadonlySet<string>,
): { core: string[]; synonyms: string[]; quotes: string[] } {
  const core = new Set(
    termsOf([claim.text, ...claim.keywords].join('\n')).filter((t) => !names.has(t)),
  );
  // Paraphrases and synonyms are other words for the same wording: they count as evidence as
  // fully as it does, but do not make the claim longer to cover.
  const paraphrases = termsOf((claim.paraphrases ?? []).join('\n')).filter(
    (t) => !names.has(t) && !core.has(t),
  );
  const synonyms = [...new Set([...paraphrases, ...synonymsOf([...core, ...paraphrases])])].filter(
    (t) => !names.has(t) && !core.has(t),
  );
  const quotes = new Set<string>();
  for (const t of termsOf(claim.citations.map((q) => q.quote).join('\n'))) {
    if (!names.has(t) && !core.has(t)) quotes.add(t);
  }
  return { core: [...core], synonyms, quotes: [...quotes] };
}

/**
 * Every claim's terms (see `claimTerms`), numbered in order of first use: claim by claim, the
 * terms of its text and keywords, then those of its quotes.
 */
export function numberClaimTerms(index: CompiledIndex): {
  /** Claim terms, numbered: the lists below hold positions in it. */
  terms: string[];
  /** Per claim: the distinct terms of its text and keywords that are not names, in order of use. */
  claimCore: number[][];
  /** Per claim: the terms of its paraphrases and synonyms that are not core terms. */
  claimSynonyms: number[][];
  /** Per claim: the further distinct terms of its quotes that are not names, in order of use. */
  claimQuotes: number[][];
} {
  const names = nameTerms(index.entities);
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  const ids = (list: string[]) =>
    list.map((term) => {
      let id = termIds.get(term);
      if (id === undefined) {
        id = terms.length;
        termIds.set(term, id);
        terms.push(term);
      }
      return id;
    });
  const claimCore: number[][] = [];
  const claimSynonyms: number[][] = [];
  const claimQuotes: number[][] = [];
  for (const claim of index.claims) {
    const { core, synonyms, quotes } = claimTerms(claim, names);
    claimCore.push(ids(core));
    claimQuotes.push(ids(quotes));
    claimSynonyms.push(ids(synonyms));
  }
  return { terms, claimCore, claimSynonyms, claimQuotes };
}

/**
 * The claims' term index, as plain lists (so that `prepareIndex` can make it at build time and a
 * page only loads it). Terms used by too many claims to tell them apart are left out.
 */
export interface ClaimTermIndex {
  /** The terms, by id. */
  terms: string[];
  /** Per term: how many claims use it, and 1 when it is a number. */
  df: number[];
  numeric: number[];
  /** Per term: the claims using it, ascending, and the term's weight factor for each. */
  postings: number[][];
  postingFactors: number[][];
  /** Per claim: its term ids, ascending, and their weight factors (quote-only terms count less). */
  claimTerms: number[][];
  claimFactors: number[][];
  /** Per claim: the summed weight of the terms of its own wording and keywords. */
  coreWeight: number[];
}

/** The term index of the claims of `index` (see `ClaimTermIndex`). */
export function claimTermIndex(index: CompiledIndex): ClaimTermIndex {
  const count = index.claims.length;
  const { terms: termList, claimCore, claimSynonyms, claimQuotes } = numberClaimTerms(index);
  // Numbered in order of first use, so counting in that order keeps the order of first use.
  const df = new Int32Array(termList.length);
  for (let c = 0; c < count; c++) {
    for (const id of claimCore[c] ?? []) df[id] = (df[id] as number) + 1;
    for (const id of claimQuotes[c] ?? []) df[id] = (df[id] as number) + 1;
    for (const id of claimSynonyms[c] ?? []) {
      if (!claimQuotes[c]?.includes(id)) df[id] = (df[id] as number) + 1;
    }
  }
  const { maxDf } = dfLimits(count);
  const built: ClaimTermIndex = {
    terms: [],
    df: [],
    numeric: [],
    postings: [],
    postingFactors: [],
    claimTerms: [],
    claimFactors: [],
    coreWeight: [],
  };
  /** Per term of `termList`: its id in the index, or -1 when too many claims use it. */
  const kept = new Int32Array(termList.length).fill(-1);
  for (let t = 0; t < termList.length; t++) {
    const used = df[t] as number;
    if (used === 0 || used > maxDf) continue;
    const term = termList[t] as string;
    kept[t] = built.terms.length;
    built.terms.push(term);
    built.df.push(used);
    built.numeric.push(isNumberTerm(term) ? 1 : 0);
    built.postings.push([]);
    built.postingFactors.push([]);
  }
  const weightOf = (id: number) =>
    termWeight(idfOf(count, built.df[id] as number), built.numeric[id] === 1);
  for (let c = 0; c < count; c++) {
    const factorOf = new Map<number, number>();
    let weight = 0;
    for (const t of claimCore[c] ?? []) {
      const id = kept[t] as number;
      if (id < 0) continue;
      factorOf.set(id, 1);
      weight += weightOf(id);
    }
    // A claim's quote terms leave out its core terms: each id comes once.
    for (const t of claimQuotes[c] ?? []) {
      const id = kept[t] as number;
      if (id >= 0) factorOf.set(id, QUOTE_WEIGHT);
    }
    // A synonym of its wording counts as fully as the wording, but the claim's own weight (how
    // much evidence covers it) stays that of its wording.
    for (const t of claimSynonyms[c] ?? []) {
      const id = kept[t] as number;
      if (id >= 0) factorOf.set(id, 1);
    }
    for (const [id, factor] of factorOf) {
      built.postings[id]?.push(c);
      built.postingFactors[id]?.push(factor);
    }
    const ids = [...factorOf.keys()].sort((a, b) => a - b);
    built.claimTerms.push(ids);
    built.claimFactors.push(ids.map((id) => factorOf.get(id) as number));
    built.coreWeight.push(weight);
  }
  return built;
}
