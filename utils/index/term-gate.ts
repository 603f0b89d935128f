/**
 * The cheap first check of a page: does its text hold any word the index could match on? The
 * longest word of some alias (an exact match has every word of its alias) or a specific term of
 * some claim (a claim match needs a specific piece of evidence, a term or a name few claims use;
 * numbers alone never make one). A page with none gets no index loaded and no scan. Only a page
 * whose sole hits would be fuzzy (a misspelt name and no other index word) is passed over that
 * the full matcher would mark.
 */
import { dfLimits } from '../match/claims/term-index';
import { isNumberTerm, termOf } from '../match/claims/terms';
import type { PreparedIndex } from '../match/prepared';
import { normalizeText } from '../text/normalize';
import { tokenize } from '../text/tokens';

export interface TermGate {
  /** The longest word of each alias, folded. */
  names: string[];
  /** Specific claim terms (stemmed), numbers left out. */
  terms: string[];
}

function words(text: string): string[] {
  const normal = normalizeText(text).text;
  const tokens = tokenize(normal);
  const out: string[] = [];
  for (let i = 0; i < tokens.count; i++) out.push(normal.slice(tokens.starts[i], tokens.ends[i]));
  return out;
}

export function termGateOf(prepared: PreparedIndex): TermGate {
  const names = new Set<string>();
  for (const keys of prepared.aliasKeys) {
    for (const key of keys) {
      const longest = words(key).reduce((a, b) => (b.length > a.length ? b : a), '');
      if (longest) names.add(longest);
    }
  }
  const { terms: all, df } = prepared.claims;
  const { specificDf } = dfLimits(prepared.claims.claimTerms.length);
  const terms = all.filter((term, id) => !isNumberTerm(term) && (df[id] ?? 0) <= specificDf);
  return { names: [...names].sort(), terms: [...new Set(terms)].sort() };
}

/** A check of texts against `gate`: true as soon as one word could be the start of a match. */
export function createTermCheck(gate: TermGate): (text: string) => boolean {
  const names = new Set(gate.names);
  const terms = new Set(gate.terms);
  return (text) => {
    for (const word of words(text)) {
      if (names.has(word)) return true;
      const term = termOf(word);
      if (term !== null && terms.has(term)) return true;
    }
    return false;
  };
}
