/**
 * The text work a matcher needs before it can scan: every alias normalised, every claim's text,
 * keywords and quotes cut into terms. It depends only on the index, so `npm run build:index`
 * computes it once (data/compiled/matcher.json) and the content script skips it; the matcher
 * computes it itself when it is given no prepared data or data made for another index.
 */
import type { CompiledIndex } from '../index/types';
import { foldText, normalizeText } from '../text/normalize';
import { type ClaimTermIndex, claimTermIndex } from './claims/term-index';
import { ExactAliasMatcher } from './entities';
import { type FuzzyTables, fuzzyTables } from './fuzzy';
import { STRICTNESS_SETTINGS } from './strictness';
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

export function lettersOnly(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');
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
