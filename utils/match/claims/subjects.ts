/**
 * Who a sentence is about: the entities it names, and those it refers to without a name ("the
 * company", "the app", "its parent", "the CEO", "he", "it"), each resolved to the most recent
 * compatible entity named before it in the sentence or its passage. A sentence whose reference
 * follows a name the index does not know ("Temu says it…") refers to that other name, not to one
 * of ours. Pure: text, offsets and mentions in, findings out.
 */
import type { Entity, EntityType } from '../../index/types';
import type { MentionDraft } from '../rules';

/**
 * What a reference without a name may stand for: these entities (what they are referred to as),
 * or any entity of these types (a pronoun).
 */
interface Referent {
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

/** Reporting verbs after which a name is the speaker of the sentence. */
const REPORTING =
  'says|said|insists|insisted|maintains|maintained|added|adds|told|tells|claims|claimed|stated|denies|denied|argues|argued|wrote|writes';

/** Whether a sentence has a reporting verb at all: most do not, and need no closer look. */
const REPORTING_VERB = new RegExp(`\\b(?:${REPORTING})\\b`);

/** A name followed by a reporting verb ("Temu says", "a spokeswoman for Snap said"). */
const SPEAKER_NAME = new RegExp(
  `(\\p{Lu}[\\p{L}\\p{N}&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&-]*)*)\\s+(?:${REPORTING})\\b`,
  'gu',
);

/** Sentence-opening capitalised words that are not names ("The", "Officials", "Critics"). */
const NOT_A_NAME =
  /^(?:the|a|an|he|she|it|they|we|i|you|this|that|these|those|his|her|its|their|our|and|but|or|so|then|also|\p{L}+s)$/iu;

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

/**
 * Per entity, its latest mention before a point that only moves forward through a scan: so that
 * "the company" finds the company named anywhere before it without walking back over the page.
 */
export class MentionHistory {
  private readonly last: Int32Array;
  private mentions: readonly MentionDraft[] = [];
  private next = 0;

  constructor(entities: number) {
    this.last = new Int32Array(entities).fill(-1);
  }

  /** Starts a scan of `mentions` (in page order). */
  reset(mentions: readonly MentionDraft[]): void {
    this.last.fill(-1);
    this.mentions = mentions;
    this.next = 0;
  }

  /** Takes in the mentions before mention `k`. */
  advance(k: number): void {
    for (; this.next < k; this.next++) {
      this.last[(this.mentions[this.next] as MentionDraft).entity] = this.next;
    }
  }

  /** The latest mention taken in of any of `entities`, or -1. */
  latest(entities: ReadonlySet<number>): number {
    let best = -1;
    for (const e of entities) best = Math.max(best, this.last[e] ?? -1);
    return best;
  }
}

/** One entity a sentence is about, and how that was found. */
export interface SubjectFound {
  entity: number;
  /** The words that refer to it without its name, or null when the sentence names it. */
  phrase: string | null;
  /** Where the name it refers back to stands. */
  antecedent: 'sentence' | 'previous sentence' | 'passage' | 'page' | null;
  /** The description in the passage a pronoun refers back through ("it" → "the company"). */
  via?: string;
}

/** What a sentence is about (see `sentenceSubjects`). */
export interface SentenceSubjects {
  /** The entities it names or refers to. */
  own: SubjectFound[];
  /** The entities its passage names before it, latest first: its subject when it names none. */
  previous: SubjectFound[];
  /** Whether a name the index does not know speaks or owns in it ("Temu says"). */
  otherName: boolean;
}

/** What a scan knows of the sentence being looked at. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
  /** Where the sentence before it starts, and where its passage (paragraph and context) starts. */
  previousStart: number;
  passageStart: number;
}

/** Offsets in the sentence where a name the index does not know speaks or owns. */
function otherNames(
  tables: SubjectTables,
  span: SentenceSpan,
  mentions: readonly MentionDraft[],
  from: number,
): number[] {
  const sentence = span.text.slice(span.start, span.end);
  const found: number[] = [];
  if (!REPORTING_VERB.test(sentence)) return found;
  for (const match of sentence.matchAll(SPEAKER_NAME)) {
    const name = match[1] ?? '';
    if (tables.known.has(name.toLowerCase())) continue;
    if (!name.includes(' ') && tables.isCommonWord(name)) continue;
    const at = span.start + (match.index ?? 0) + match[0].indexOf(name);
    const opening = span.text.slice(span.start, at).trim() === '';
    if (opening && NOT_A_NAME.test(name)) continue;
    if (!opening && /^(?:he|she|it|they|we|i)$/i.test(name)) continue;
    let ours = false;
    for (let k = from; k < mentions.length && !ours; k++) {
      const m = mentions[k] as MentionDraft;
      if (m.start >= span.end) break;
      ours = m.start < at + name.length && m.end > at;
    }
    if (!ours) found.push(at);
  }
  return found;
}

/** The last description ("the company", not a pronoun) in `text`, with what it stands for. */
function lastDescription(
  tables: SubjectTables,
  text: string,
): { phrase: string; referent: Referent } | null {
  let last: { phrase: string; referent: Referent } | null = null;
  for (const match of text.matchAll(tables.pattern)) {
    const referent = tables.referents.get(match[0].toLowerCase().replace(/\s+/g, ' '));
    if (referent && referent.entities.size > 0) last = { phrase: match[0], referent };
  }
  return last;
}

function isCompatible(tables: SubjectTables, referent: Referent, entity: number): boolean {
  return referent.entities.has(entity) || referent.types.has(tables.types[entity] as EntityType);
}

/**
 * The entities the sentence `span` is about: those its mentions name, then those its references
 * resolve to. `from` is the first of `mentions` (in page order) that could be in the passage.
 */
export function sentenceSubjects(
  tables: SubjectTables,
  span: SentenceSpan,
  mentions: readonly MentionDraft[],
  from: number,
  history: MentionHistory,
): SentenceSubjects {
  const found: SubjectFound[] = [];
  const previous: SubjectFound[] = [];
  let first = from;
  while (first < mentions.length && (mentions[first] as MentionDraft).start < span.passageStart)
    first++;
  let inSentence = first;
  while (inSentence < mentions.length && (mentions[inSentence] as MentionDraft).start < span.start)
    inSentence++;
  for (let k = inSentence - 1; k >= first; k--) {
    const m = mentions[k] as MentionDraft;
    if (previous.some((f) => f.entity === m.entity)) continue;
    const antecedent = m.start >= span.previousStart ? 'previous sentence' : 'passage';
    previous.push({ entity: m.entity, phrase: null, antecedent });
  }
  for (let k = inSentence; k < mentions.length; k++) {
    const m = mentions[k] as MentionDraft;
    if (m.start >= span.end) break;
    if (!found.some((f) => f.entity === m.entity))
      found.push({ entity: m.entity, phrase: null, antecedent: null });
  }
  const others = otherNames(tables, span, mentions, inSentence);
  const sentence = span.text.slice(span.start, span.end);
  for (const match of sentence.matchAll(tables.pattern)) {
    const at = span.start + (match.index ?? 0);
    const phrase = match[0];
    const referent = tables.referents.get(phrase.toLowerCase().replace(/\s+/g, ' '));
    if (!referent) continue;
    let k = inSentence;
    while (k < mentions.length && (mentions[k] as MentionDraft).start < at) k++;
    if (k > inSentence && (mentions[k - 1] as MentionDraft).end > at) continue;
    // The most recent compatible name before the reference, unless another name intervenes: in
    // the passage for a pronoun, anywhere before for a description.
    history.advance(k);
    let antecedent = -1;
    for (let back = k - 1; back >= first && antecedent < 0; back--) {
      const m = mentions[back] as MentionDraft;
      if (others.some((o) => o > m.start && o < at)) break;
      if (isCompatible(tables, referent, m.entity)) antecedent = back;
    }
    const described = history.latest(referent.entities);
    if (antecedent < 0 && described >= 0 && described < first && !others.some((o) => o < at))
      antecedent = described;
    let via: string | undefined;
    if (antecedent < 0 && referent.entities.size === 0 && !others.some((o) => o < at)) {
      // A pronoun with no name in its passage may refer back through a description there:
      // "The company says … For years it has …".
      const through = lastDescription(tables, span.text.slice(span.passageStart, at));
      const latest = through ? history.latest(through.referent.entities) : -1;
      if (
        through &&
        latest >= 0 &&
        isCompatible(tables, referent, (mentions[latest] as MentionDraft).entity)
      ) {
        antecedent = latest;
        via = through.phrase;
      }
    }
    if (antecedent < 0) continue;
    const m = mentions[antecedent] as MentionDraft;
    const place =
      m.start >= span.start
        ? 'sentence'
        : m.start >= span.previousStart
          ? 'previous sentence'
          : m.start >= span.passageStart
            ? 'passage'
            : 'page';
    if (!found.some((f) => f.entity === m.entity))
      found.push(
        via === undefined
          ? { entity: m.entity, phrase, antecedent: place }
          : { entity: m.entity, phrase, antecedent: place, via },
      );
  }
  return { own: found, previous, otherName: others.length > 0 };
}

/** How the subject was found, for a card's "why". */
export function describeSubject(tables: SubjectTables, subject: SubjectFound): string {
  if (subject.entity < 0) return 'the claim names no one to check';
  const name = tables.names[subject.entity] ?? '';
  if (subject.phrase === null) {
    if (subject.antecedent === null) return `names ${name}`;
    return `the passage is about ${name}, named ${subject.antecedent === 'previous sentence' ? 'in the previous sentence' : 'earlier in the passage'}`;
  }
  const where =
    subject.antecedent === 'sentence'
      ? 'earlier in the sentence'
      : subject.antecedent === 'previous sentence'
        ? 'in the previous sentence'
        : subject.antecedent === 'passage'
          ? 'earlier in the passage'
          : 'earlier on the page';
  const through = subject.via === undefined ? '' : `, through “${subject.via}”`;
  return `“${subject.phrase}” refers to ${name}, named ${where}${through}`;
}

/** The first of `entities` whose alias stands in the sentence as written, as a subject found. */
export function nameInSentence(
  tables: SubjectTables,
  span: SentenceSpan,
  entities: Int32Array,
): SubjectFound | null {
  const sentence = span.text.slice(span.start, span.end);
  for (const entity of entities) {
    if (tables.aliases[entity]?.some((pattern) => pattern?.test(sentence)))
      return { entity, phrase: null, antecedent: null };
  }
  return null;
}
