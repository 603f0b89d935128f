/**
 * The text work a matcher needs before it can scan: every alias normalised, every claim's text,
 * keywords and quotes cut into terms. It depends only on the index, so `npm run build:index`
 * computes it once (data/compiled/matcher.json) and the content script skips it; the matcher
 * computes it itself when it is given no prepared data or data made for another index.
 */
import type { CompiledIndex, Entity } from '../index/types';
import { foldText, normalizeText } from '../text/normalize';
import { tokenize } from '../text/tokens';
import { type ClaimTermIndex, claimTermIndex } from './claims';
import { ExactAliasMatcher } from './entities';
import { type FuzzyTables, fuzzyTables } from './fuzzy';
import { STRICTNESS_SETTINGS } from './strictness';
import { termOf } from './terms';
import type { TrieTables } from './trie';

export const PREPARED_VERSION = 5;

export interface PreparedIndex {
  version: number;
  /** Per entity, per alias: the normalised alias (`normalizeText(text.trim()).text`). */
  aliasKeys: string[][];
  /** Per entity, per alias: the same before case folding, or null when it equals the key. */
  aliasCased: (string | null)[][];
  /** The trie of the distinct alias keys, for exact matching. */
  trie?: TrieTables;
  /** Per entity, per alias: its letters and digits only, folded (the fuzzy matcher's key). */
  aliasLetters: string[][];
  /** The fuzzy matcher's tables, for the shortest fuzzy alias of the default strictness. */
  fuzzy?: FuzzyTables;
  /** The claims' term index. */
  claims: ClaimTermIndex;
}

/** The fields of a claim that its terms come from. */
interface ClaimText {
  text: string;
  keywords: readonly string[];
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

export function lettersOnly(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A claim's core terms (text and keywords) and the further terms of its quotes, names left out. */
export function claimTerms(
  claim: ClaimText,
  names: ReadonlySet<string>,
): { core: string[]; quotes: string[] } {
  const core = new Set(
    termsOf([claim.text, ...claim.keywords].join('\n')).filter((t) => !names.has(t)),
  );
  const quotes = new Set<string>();
  for (const t of termsOf(claim.citations.map((q) => q.quote).join('\n'))) {
    if (!names.has(t) && !core.has(t)) quotes.add(t);
  }
  return { core: [...core], quotes: [...quotes] };
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
  const claimQuotes: number[][] = [];
  for (const claim of index.claims) {
    const { core, quotes } = claimTerms(claim, names);
    claimCore.push(ids(core));
    claimQuotes.push(ids(quotes));
  }
  return { terms, claimCore, claimQuotes };
}

export function prepareIndex(index: CompiledIndex): PreparedIndex {
  const aliasKeys: string[][] = [];
  const aliasCased: (string | null)[][] = [];
  const aliasLetters: string[][] = [];
  for (const entity of index.entities) {
    const keys: string[] = [];
    const cased: (string | null)[] = [];
    for (const alias of entity.aliases) {
      const normal = normalizeText(alias.text.trim());
      keys.push(normal.text);
      cased.push(normal.cased === normal.text ? null : normal.cased);
    }
    aliasKeys.push(keys);
    aliasCased.push(cased);
    aliasLetters.push(entity.aliases.map((alias) => lettersOnly(alias.text)));
  }
  const prepared: PreparedIndex = {
    version: PREPARED_VERSION,
    aliasKeys,
    aliasCased,
    aliasLetters,
    claims: claimTermIndex(index),
  };
  prepared.trie = new ExactAliasMatcher(index.entities, prepared).trieTables();
  const fuzzy = STRICTNESS_SETTINGS.balanced.fuzzy;
  if (fuzzy) prepared.fuzzy = fuzzyTables(index.entities, fuzzy.minLength, prepared);
  return prepared;
}

/**
 * Whether `prepared` was made (by this version) for an index shaped like `index`: the same
 * number of aliases for every entity and the same number of claims. Anything else, and the
 * matcher prepares the index itself.
 */
export function fitsIndex(
  prepared: PreparedIndex | null | undefined,
  index: CompiledIndex,
): prepared is PreparedIndex {
  if (!prepared || prepared.version !== PREPARED_VERSION) return false;
  const { entities, claims } = index;
  if (prepared.aliasKeys.length !== entities.length) return false;
  const terms = prepared.claims;
  if (terms.claimTerms.length !== claims.length) return false;
  if (terms.claimFactors.length !== claims.length || terms.coreWeight.length !== claims.length) {
    return false;
  }
  const fuzzyFits = (prepared.fuzzy?.aliases ?? []).every(
    ([e, a]) => a >= 0 && a < (entities[e]?.aliases.length ?? 0),
  );
  return (
    fuzzyFits &&
    entities.every(
      (entity, e) =>
        prepared.aliasKeys[e]?.length === entity.aliases.length &&
        prepared.aliasCased[e]?.length === entity.aliases.length &&
        prepared.aliasLetters[e]?.length === entity.aliases.length,
    )
  );
}
