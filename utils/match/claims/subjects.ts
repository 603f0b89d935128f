/**
 * Who a sentence is about: the entities it names, and those it refers to without a name ("the
 * company", "the app", "its parent", "the CEO", "he", "it"), each resolved to the most recent
 * compatible entity named before it in the sentence or its passage. A sentence whose reference
 * follows a name the index does not know ("Temu says it…") refers to that other name, not to one
 * of ours. Pure: text, offsets and mentions in, findings out.
 */
import type { EntityType } from '../../index/types';
import type { MentionDraft } from '../rules';
import type { MentionHistory } from './mention-history';
import { otherNames } from './other-names';
import type { Referent, SubjectTables } from './subject-tables';

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
  const others = otherNames(
    tables.known,
    tables.isCommonWord,
    span.text,
    span.start,
    span.end,
    mentions,
    inSentence,
  );
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

/**
 * Whether an alias of `entity` stands in `sentence` as written; `memo` (per entity: 1 no, 2 yes,
 * 0 not asked yet) saves asking again for the sentence's other candidates.
 */
export function namesInText(
  tables: SubjectTables,
  sentence: string,
  entity: number,
  memo: Uint8Array,
): boolean {
  if (memo[entity] === 0) {
    const found = tables.aliases[entity]?.some((pattern) => pattern?.test(sentence)) ?? false;
    memo[entity] = found ? 2 : 1;
  }
  return memo[entity] === 2;
}
