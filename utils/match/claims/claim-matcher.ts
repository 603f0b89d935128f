/**
 * Finds sentences that state a claim of the index, paragraph by paragraph: the words claims use
 * (`WordHits`), the passage each paragraph is read in (`PassageContext`), the candidates of each
 * sentence and their scores (`CandidateScorer`), the one rule that accepts a claim
 * (`acceptClaim`, over the sentence's `sentenceFacts`), and the drafts of the matches
 * (`ClaimDrafts`).
 *
 * A claim's evidence in a sentence is the IDF of the terms they share (terms of the quotes only
 * count for less) plus the IDF over claims of the entities both name, so that a name few claims
 * list weighs like a rare word and a name nearly all of them list weighs nothing. A match needs
 * enough pieces of evidence, at least one of them specific (a rare term or name), and a claim
 * attributed to people other than the one the sentence names scores lower.
 */
import type { CompiledIndex } from '../../index/types';
import type { NormalizedText } from '../../text/normalize';
import type { SentenceIndex, SentenceRange } from '../../text/sentences';
import type { Tokens } from '../../text/tokens';
import type { MentionDraft } from '../rules';
import { CandidateScorer } from './candidates';
import { type ClaimDraft, ClaimDrafts } from './drafting';
import { type EvidenceTables, evidenceTables } from './evidence-tables';
import { MentionHistory } from './mention-history';
import { type ClaimModel, claimModel } from './model';
import { PassageContext } from './passage-context';
import { acceptClaim, SHORT_SENTENCE } from './scoring';
import { type FactsSource, NamedEntities, sentenceFacts } from './sentence-facts';
import type { ClaimSettings } from './settings';
import { Stamps } from './stamps';
import { type SubjectTables, subjectTables } from './subject-tables';
import { type ClaimTermIndex, claimTermIndex } from './term-index';
import { termOf } from './terms';
import { type SentenceHits, WordHits } from './word-hits';

export class ClaimMatcher {
  private readonly tables: EvidenceTables;
  private readonly stamps = new Stamps();
  /** Per term: marks the words of the paragraph being looked at, each once. */
  private readonly blockStamp: Int32Array;
  private readonly words: WordHits;
  private readonly passage: PassageContext;
  private readonly scorer: CandidateScorer;
  private readonly named: NamedEntities;
  private readonly drafts: ClaimDrafts;
  private readonly facts: FactsSource;
  #model: ClaimModel | undefined;
  /**
   * What judging a sentence needs beyond the term index: built on the first sentence judged, as
   * many pages (and most test indexes) never get that far.
   */
  #subjectTables: SubjectTables | undefined;

  /** `prepared` (checked by the caller to fit `index`) saves cutting every claim into terms. */
  constructor(
    private readonly index: CompiledIndex,
    private readonly settings: ClaimSettings,
    prepared?: ClaimTermIndex,
  ) {
    this.tables = evidenceTables(index, prepared ?? claimTermIndex(index));
    this.blockStamp = this.stamps.array(this.tables.termCount);
    this.words = new WordHits(this.tables.termIds);
    this.passage = new PassageContext(this.tables);
    this.scorer = new CandidateScorer(this.tables, settings, this.stamps, this.passage.counts);
    this.named = new NamedEntities(index.entities.length);
    const tables = () => this.subjectTables;
    this.drafts = new ClaimDrafts(index, this.tables, tables);
    this.facts = {
      subjectTables: tables,
      history: new MentionHistory(index.entities.length),
      aliasMemo: new Uint8Array(index.entities.length),
    };
  }

  private get model(): ClaimModel {
    this.#model ??= claimModel(this.index);
    return this.#model;
  }

  private get subjectTables(): SubjectTables {
    this.#subjectTables ??= subjectTables(this.index.entities, (word) => {
      const term = termOf(word.toLowerCase());
      return term === null || this.tables.termIds.has(term);
    });
    return this.#subjectTables;
  }

  sourcesOf(claim: number): string[] {
    return this.tables.sources[claim] ?? [];
  }

  find(
    normal: NormalizedText,
    tokens: Tokens,
    sentences: SentenceIndex,
    mentions: readonly MentionDraft[],
  ): ClaimDraft[] {
    const text = normal.cased;
    this.facts.history.reset(mentions);
    const hits = this.words.gather(text, tokens, mentions);
    const { minShared } = this.settings;
    const { specific, numeric, entitySpecific } = this.tables;
    const blockStamp = this.blockStamp;
    const found: ClaimDraft[] = [];
    this.drafts.begin();
    this.passage.begin(text, mentions);
    let mentionAt = 0;
    let from = 0;
    while (from < hits.count) {
      const block = sentences.blockAt(hits.starts[from] as number);
      let to = from;
      const stamp = this.stamps.next();
      let words = 0;
      let specificTerms = 0;
      while (to < hits.count && (hits.starts[to] as number) < block.end) {
        const term = hits.terms[to] as number;
        if (specific[term]) specificTerms++;
        if (!numeric[term] && blockStamp[term] !== stamp) {
          blockStamp[term] = stamp;
          words++;
        }
        to++;
      }
      while (
        mentionAt < mentions.length &&
        (mentions[mentionAt] as MentionDraft).start < block.start
      )
        mentionAt++;
      let blockNames = 0;
      let blockMentions = 0;
      for (let k = mentionAt; k < mentions.length; k++) {
        const m = mentions[k] as MentionDraft;
        if (m.start >= block.end) break;
        if (entitySpecific[m.entity]) blockNames++;
        blockMentions++;
      }
      // Two names may be a pair few claims list together (see `isSpecificPair`).
      if (blockMentions >= 2) blockNames++;
      // A paragraph without enough words and one specific piece of evidence holds no match.
      if (words > 0 && words + blockNames >= minShared && specificTerms + blockNames > 0) {
        this.passage.enter(block);
        let hit = from;
        let sentenceMention = mentionAt;
        for (const sentence of sentences.sentencesOfBlock(block)) {
          hits.from = hit;
          while (hit < to && (hits.starts[hit] as number) < sentence.end) hit++;
          hits.to = hit;
          if (hits.to === hits.from) continue;
          while (
            sentenceMention < mentions.length &&
            (mentions[sentenceMention] as MentionDraft).start < sentence.start
          )
            sentenceMention++;
          this.named.collect(mentions, sentenceMention, sentence.end);
          const match = this.judge(normal, tokens, sentences, sentence, hits, mentions);
          if (match) found.push(match);
        }
      }
      from = to;
    }
    this.passage.end();
    return found;
  }

  /** The claim the sentence states, if any: the best candidate that acceptance takes. */
  private judge(
    normal: NormalizedText,
    tokens: Tokens,
    sentences: SentenceIndex,
    sentence: SentenceRange,
    hits: SentenceHits,
    mentions: readonly MentionDraft[],
  ): ClaimDraft | undefined {
    const short = this.words.contentWords(tokens, sentence) < SHORT_SENTENCE;
    if (!this.scorer.score(hits, this.named, short)) return undefined;
    const facts = sentenceFacts(
      this.facts,
      this.named,
      normal.cased,
      sentences,
      sentence,
      mentions,
      this.passage,
    );
    const { top } = this.scorer;
    for (let k = 0; k < top.count; k++) {
      const judged = acceptClaim(
        top.claims[k] as number,
        top.scores[k] as number,
        facts,
        this.model,
        this.settings,
      );
      if (judged)
        return this.drafts.draft(normal.cased, tokens, sentence, judged, this.scorer, this.named);
    }
    return undefined;
  }
}
