/**
 * Words news prose uses for one another where the claims use one of them. Applied when the claims'
 * term index is built: a claim worded "recordings" also has the terms of "tapes" and "audio", so a
 * page saying "the tapes" shares that word with it. Language, not facts about the story: a
 * claim's own paraphrases live in the data (`paraphrases`).
 */
import { termOf } from './terms';

const GROUPS: readonly (readonly string[])[] = [
  ['recordings', 'tapes', 'audio'],
  ['outdated', 'dated'],
  ['handed', 'shared', 'gave', 'provided'],
  ['pressure', 'lean', 'force'],
  ['stored', 'kept', 'housed'],
  ['banned', 'barred', 'prohibited'],
  ['avoid', 'shun'],
  ['documents', 'docs'],
  ['licenses', 'licences'],
  ['spokesperson', 'spokesman', 'spokeswoman'],
  ['fear', 'worry'],
  ['parent', 'owner'],
];

/** Per term, the terms of the other words of its group. */
function synonymTable(): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const group of GROUPS) {
    const terms = [...new Set(group.map(termOf).filter((t): t is string => t !== null))];
    for (const term of terms) {
      table.set(term, [...(table.get(term) ?? []), ...terms.filter((t) => t !== term)]);
    }
  }
  return table;
}

/**
 * Made on first use, not at import: the content script imports this module with the page's term
 * check, and stemming the groups on every page, a switched-off one included, is wasted work.
 */
let synonyms: Map<string, string[]> | null = null;

/** The synonyms of `terms` that are not among them, each once. */
export function synonymsOf(terms: Iterable<string>): string[] {
  synonyms ??= synonymTable();
  const own = new Set(terms);
  const found = new Set<string>();
  for (const term of own) {
    for (const synonym of synonyms.get(term) ?? []) if (!own.has(synonym)) found.add(synonym);
  }
  return [...found];
}
