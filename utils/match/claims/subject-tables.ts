/**
 * Per index: the references without a name a sentence may use for an entity ("the company", "the
 * app", "he"), what each may stand for, and each entity's aliases as patterns.
 */
import type { Entity, EntityType } from '../../index/types';

/**
 * What a reference without a name may stand for: these entities (what they are referred to as),
 * or any entity of these types (a pronoun).
 */
export interface Referent {
  entities: Set<number>;
  types: Set<EntityType>;
}

/**
 * Pronouns every entity of a type may be referred to by, within its passage. The descriptions
 * an entity goes by ("the company", "the app", "the CEO") come from its `referredToAs` and reach
 * back over the whole page: an article names its company once and calls it "the company" after.
 */
const PRONOUNS: Partial<Record<EntityType, readonly string[]>> = {
  organization: ['it', 'its'],
  product: ['it', 'its'],
  project: ['it', 'its'],
  law: ['it', 'its'],
  person: ['he', 'him', 'his', 'she', 'her'],
};

/** Per index: the references to look for and what each may stand for. */
export interface SubjectTables {
  pattern: RegExp;
  /** Every alias of every entity, folded: a name the names matcher held back is still ours. */
  known: ReadonlySet<string>;
  /** Whether a capitalised word is a common word of the claims' wording ("Staff", "American"). */
  isCommonWord: (word: string) => boolean;
  /** Per entity: its case-sensitive and its other aliases, as words of a sentence. */
  aliases: readonly (readonly (RegExp | null)[])[];

  referents: Map<string, Referent>;
  types: readonly EntityType[];
  names: readonly string[];
}

function aliasPattern(texts: readonly string[], flags: string): RegExp | null {
  if (texts.length === 0) return null;
  const words = texts.map(escapePattern).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, flags);
}

function escapePattern(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

export function subjectTables(
  entities: readonly Entity[],
  isCommonWord: (word: string) => boolean,
): SubjectTables {
  const referents = new Map<string, Referent>();
  const referent = (phrase: string) => {
    const key = phrase.toLowerCase();
    let found = referents.get(key);
    if (!found) {
      found = { entities: new Set(), types: new Set() };
      referents.set(key, found);
    }
    return found;
  };
  for (const [type, phrases] of Object.entries(PRONOUNS)) {
    for (const phrase of phrases ?? []) referent(phrase).types.add(type as EntityType);
  }
  entities.forEach((entity, e) => {
    for (const phrase of entity.referredToAs ?? []) referent(phrase).entities.add(e);
  });
  // Longest first, so "its parent company" wins over "its".
  const alternatives = [...referents.keys()].sort((a, b) => b.length - a.length).map(escapePattern);
  return {
    // ASCII word boundaries, not Unicode look-arounds: the references are English words, and
    // this runs on every sentence judged.
    pattern: new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi'),
    referents,
    known: new Set(entities.flatMap((e) => e.aliases.map((a) => a.text.toLowerCase()))),
    isCommonWord,
    aliases: entities.map((e) => [
      aliasPattern(
        e.aliases.filter((a) => a.caseSensitive).map((a) => a.text),
        'u',
      ),
      aliasPattern(
        e.aliases.filter((a) => !a.caseSensitive).map((a) => a.text),
        'iu',
      ),
    ]),
    types: entities.map((e) => e.type),
    names: entities.map((e) => e.name),
  };
}
