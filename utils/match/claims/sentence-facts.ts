/**
 * What acceptance asks of the sentence being judged (see `SentenceFacts`): the entities it
 * names, gathered for every sentence scored, and what it is about and how it negates, worked
 * out only when a candidate reaches acceptance.
 */
import type { SentenceIndex, SentenceRange } from '../../text/sentences';
import type { MentionDraft } from '../rules';
import type { MentionHistory } from './mention-history';
import type { SentenceFacts } from './scoring';
import { asksWhether, assertedNegationCues } from './stance';
import type { SubjectTables } from './subject-tables';
import {
  namesInText,
  type SentenceSpan,
  type SentenceSubjects,
  sentenceSubjects,
} from './subjects';

/** The entities the current sentence names, each once, in page order. */
export class NamedEntities {
  list = new Int32Array(16);
  count = 0;
  /** Per entity: the round of `collect` that last took it. */
  private readonly stamp: Int32Array;
  private round = 0;

  constructor(entities: number) {
    this.stamp = new Int32Array(entities);
  }

  has(entity: number): boolean {
    return this.stamp[entity] === this.round;
  }

  /** Takes the entities named by the mentions from `from` that end by `end`. */
  collect(mentions: readonly MentionDraft[], from: number, end: number): void {
    if (this.round >= 0x7ffffff0) {
      this.round = 0;
      this.stamp.fill(0);
    }
    const round = ++this.round;
    let count = 0;
    for (let k = from; k < mentions.length; k++) {
      const m = mentions[k] as MentionDraft;
      if (m.start >= end) break;
      if (m.end > end || this.stamp[m.entity] === round) continue;
      this.stamp[m.entity] = round;
      if (count === this.list.length) {
        const grown = new Int32Array(2 * count);
        grown.set(this.list);
        this.list = grown;
      }
      this.list[count++] = m.entity;
    }
    this.count = count;
  }
}

/** What working out a sentence's facts reads beyond the sentence. */
export interface FactsSource {
  /** Built on first use: many pages never get a candidate to acceptance. */
  subjectTables: () => SubjectTables;
  /** The latest mention of each entity so far in the scan, for "the company" and the like. */
  history: MentionHistory;
  /** Per entity, whether the sentence holds one of its aliases (see `namesInText`). */
  aliasMemo: Uint8Array;
}

/** Where the sentence's passage starts (see `PassageContext`), and its first mention. */
export interface PassageStart {
  start: number;
  firstMention: number;
}

/** The facts of `sentence` of `text` (normalised, cased), whose names are `named`. */
export function sentenceFacts(
  source: FactsSource,
  named: NamedEntities,
  text: string,
  sentences: SentenceIndex,
  sentence: SentenceRange,
  mentions: readonly MentionDraft[],
  passage: PassageStart,
): SentenceFacts {
  const span: SentenceSpan = {
    text,
    start: sentence.start,
    end: sentence.end,
    previousStart: -1,
    passageStart: passage.start,
  };
  const passageMention = passage.firstMention;
  let subjects: SentenceSubjects | undefined;
  let cues: string[] | undefined;
  let question: boolean | undefined;
  let sentenceText: string | undefined;
  let aliasMemo: Uint8Array | undefined;
  return {
    names: (entity) => named.has(entity),
    subjects: () => {
      if (subjects === undefined) {
        span.previousStart =
          sentence.start > 0 ? sentences.sentenceAt(sentence.start - 1).start : 0;
        subjects = sentenceSubjects(
          source.subjectTables(),
          span,
          mentions,
          passageMention,
          source.history,
        );
      }
      return subjects;
    },
    cues: () => {
      cues ??= assertedNegationCues(text.slice(sentence.start, sentence.end));
      return cues;
    },
    asksWhether: () => {
      question ??= asksWhether(text.slice(sentence.start, sentence.end));
      return question;
    },
    unmatchedName: (entities) => {
      sentenceText ??= text.slice(sentence.start, sentence.end);
      if (aliasMemo === undefined) {
        aliasMemo = source.aliasMemo;
        aliasMemo.fill(0);
      }
      for (const entity of entities) {
        if (namesInText(source.subjectTables(), sentenceText, entity, aliasMemo))
          return { entity, phrase: null, antecedent: null };
      }
      return null;
    },
  };
}
