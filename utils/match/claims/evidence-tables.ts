/**
 * What scoring a sentence's evidence reads of one index, worked out once per matcher: each
 * term's weight, whether it is specific, the claims using it (as lists, and as bit sets for
 * common terms); each entity's weight as evidence and the claims listing it.
 */
import type { CompiledIndex } from '../../index/types';
import { type ClaimTermIndex, dfLimits, idfOf, QUOTE_WEIGHT, termWeight } from './term-index';

/** An entity named by the sentence and listed by the claim weighs its IDF over claims, times this. */
const ENTITY_WEIGHT = 1;

export interface EvidenceTables {
  termIds: Map<string, number>;
  termCount: number;
  /** Per term: 1 for a number. */
  numeric: readonly number[];
  /** Per term: 1 when few enough claims use it for it to be specific evidence. */
  specific: Uint8Array;
  weights: Float64Array;
  postings: readonly number[][];
  /** Per posting: the weight factor of the term for that claim (quote-only terms count less). */
  postingFactors: readonly number[][];
  /** Each claim's term ids, ascending: membership is a binary search. */
  claimTerms: readonly number[][];
  /** The weight factor of each of those terms for the claim. */
  claimFactors: readonly number[][];
  coreWeight: readonly number[];
  /** Claims of each common term (and of any long list), as bits: membership in one load. */
  bitSets: (Int32Array | undefined)[];
  /** The same for the claims that have the term only in their quotes. */
  quoteBitSets: (Int32Array | undefined)[];
  claimEntities: Set<number>[];
  /** Claims listing each entity. */
  entityClaims: Int32Array[];
  /** Per entity: its weight as evidence (0 when nearly every claim lists it), specific or not, a person or not. */
  entityWeights: Float64Array;
  entitySpecific: Uint8Array;
  entityPerson: Uint8Array;
  /** Per claim: how many people it lists, and how many entities of some weight. */
  claimPersons: Int32Array;
  claimWeighted: Int32Array;
  /**
   * Per pair of entities that some claim lists together (key `pairKey`): how many claims list
   * both. Two names few claims list together are specific evidence, as a rare name is.
   */
  pairClaims: Map<number, number>;
  specificDf: number;
  /** Per claim: the documents its citations come from. */
  sources: string[][];
}

/** The key of entities `a` and `b` (either order) among `entities` entities in `pairClaims`. */
export function pairKey(a: number, b: number, entities: number): number {
  return a < b ? a * entities + b : b * entities + a;
}

function pairClaimsOf(
  claimEntities: readonly Set<number>[],
  entities: number,
): Map<number, number> {
  const pairs = new Map<number, number>();
  for (const listed of claimEntities) {
    const list = [...listed].filter((e) => e >= 0);
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const key = pairKey(list[i] as number, list[j] as number, entities);
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
  }
  return pairs;
}

/** Whether few enough claims list entities `a` and `b` together for the pair to be specific. */
export function isSpecificPair(tables: EvidenceTables, a: number, b: number): boolean {
  const count = tables.pairClaims.get(pairKey(a, b, tables.entityClaims.length));
  return count !== undefined && count <= tables.specificDf;
}

/** Common terms are looked up claim by claim (see `CandidateScorer`), specific ones walked. */
function bitSetsOf(
  postings: readonly number[][],
  postingFactors: readonly number[][],
  claims: number,
  specificDf: number,
): Pick<EvidenceTables, 'bitSets' | 'quoteBitSets'> {
  const words = (claims + 31) >>> 5;
  const bitSets: (Int32Array | undefined)[] = [];
  const quoteBitSets: (Int32Array | undefined)[] = [];
  for (let term = 0; term < postings.length; term++) {
    const list = postings[term] as number[];
    const factors = postingFactors[term] as number[];
    if (list.length <= specificDf && list.length < words) {
      bitSets.push(undefined);
      quoteBitSets.push(undefined);
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
    bitSets.push(bits);
    quoteBitSets.push(quoteBits);
  }
  return { bitSets, quoteBitSets };
}

export function evidenceTables(index: CompiledIndex, terms: ClaimTermIndex): EvidenceTables {
  const claims = index.claims;
  const { maxDf, specificDf } = dfLimits(claims.length);
  const specificIdf = idfOf(claims.length, specificDf);
  const termIds = new Map<string, number>();
  const specific = new Uint8Array(terms.terms.length);
  const weights = new Float64Array(terms.terms.length);
  // A plain loop: this runs once per page, before JIT compilers have warmed up.
  for (let id = 0; id < terms.terms.length; id++) {
    const idf = idfOf(claims.length, terms.df[id] as number);
    termIds.set(terms.terms[id] as string, id);
    specific[id] = idf >= specificIdf ? 1 : 0;
    weights[id] = termWeight(idf, terms.numeric[id] === 1);
  }
  const entityPosition = new Map(index.entities.map((e, i) => [e.id, i]));
  const claimEntities = claims.map(
    (c) => new Set(c.entities.map((id) => entityPosition.get(id) ?? -1)),
  );
  const documents = new Map(index.articles.map((a) => [a.id, a.document]));
  const byEntity: number[][] = index.entities.map(() => []);
  claimEntities.forEach((entities, claim) => {
    for (const e of entities) byEntity[e]?.push(claim);
  });
  const entityWeights = Float64Array.from(byEntity, (list) =>
    list.length === 0 || list.length > maxDf
      ? 0
      : ENTITY_WEIGHT * Math.log((claims.length + 1) / (list.length + 0.5)),
  );
  const entityPerson = Uint8Array.from(index.entities, (e) => (e.type === 'person' ? 1 : 0));
  return {
    termIds,
    termCount: terms.terms.length,
    numeric: terms.numeric,
    specific,
    weights,
    postings: terms.postings,
    postingFactors: terms.postingFactors,
    claimTerms: terms.claimTerms,
    claimFactors: terms.claimFactors,
    coreWeight: terms.coreWeight,
    ...bitSetsOf(terms.postings, terms.postingFactors, claims.length, specificDf),
    claimEntities,
    entityClaims: byEntity.map((list) => Int32Array.from(list)),
    entityWeights,
    entitySpecific: Uint8Array.from(byEntity, (list) =>
      list.length > 0 && list.length <= specificDf ? 1 : 0,
    ),
    entityPerson,
    claimPersons: Int32Array.from(claimEntities, (entities) => {
      let persons = 0;
      for (const e of entities) if (entityPerson[e]) persons++;
      return persons;
    }),
    claimWeighted: Int32Array.from(claimEntities, (entities) => {
      let weighted = 0;
      for (const e of entities) if ((entityWeights[e] ?? 0) > 0) weighted++;
      return weighted;
    }),
    pairClaims: pairClaimsOf(claimEntities, index.entities.length),
    specificDf,
    sources: claims.map((c) => [
      ...new Set(c.citations.map((q) => documents.get(q.article)).filter((d) => d !== undefined)),
    ]),
  };
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

/** The weight factor of term `term` for claim `claim`, 0 when the claim does not use it. */
export function factorOf(tables: EvidenceTables, claim: number, term: number): number {
  const bits = tables.bitSets[term];
  if (bits !== undefined) {
    const word = claim >>> 5;
    const bit = 1 << (claim & 31);
    if (((bits[word] as number) & bit) === 0) return 0;
    return ((tables.quoteBitSets[term] as Int32Array)[word] as number) & bit ? QUOTE_WEIGHT : 1;
  }
  const at = indexOfSorted(tables.claimTerms[claim] as number[], term);
  return at < 0 ? 0 : ((tables.claimFactors[claim] as number[])[at] as number);
}
