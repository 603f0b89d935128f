/**
 * A scan's claim matches as drafts: where the sentence stands, the claim, its score, and what
 * explaining the match needs, kept in one list per scan and explained only when asked.
 */
import type { CompiledIndex } from '../../index/types';
import { foldedSlice } from '../../text/case-fold';
import type { SentenceRange } from '../../text/sentences';
import type { Tokens } from '../../text/tokens';
import type { CandidateScorer } from './candidates';
import { type EvidenceTables, factorOf } from './evidence-tables';
import { describeMatch } from './explain';
import type { Judgement } from './scoring';
import type { NamedEntities } from './sentence-facts';
import type { SubjectTables } from './subject-tables';

export interface ClaimDraft {
  start: number;
  end: number;
  claim: number;
  score: number;
  /**
   * What the sentence shares with the claim, and why it matched: worked out on the first call,
   * as most matches on a page are never asked (only an opened card or the scanner shows them).
   */
  explain: () => ClaimExplanation;
}

export interface ClaimExplanation {
  shared: string[];
  why: string;
}

export class ClaimDrafts {
  /** What explaining this scan's matches needs (see `draft`); a new list for every scan. */
  private kept: number[] = [];

  constructor(
    private readonly index: CompiledIndex,
    private readonly tables: EvidenceTables,
    private readonly subjectTables: () => SubjectTables,
  ) {}

  /** Starts a scan: the matches of the last one keep their own list. */
  begin(): void {
    this.kept = [];
  }

  /**
   * The match of `sentence` of `cased` as `judged`, holding what explaining it needs: the terms
   * `scorer` scored last and the entities the sentence names.
   */
  draft(
    cased: string,
    tokens: Tokens,
    sentence: SentenceRange,
    judged: Judgement,
    scorer: CandidateScorer,
    named: NamedEntities,
  ): ClaimDraft {
    // The sentence's terms and where they stand, copied from scratch that the next sentence
    // overwrites into the list all matches of this scan share (one list, not one per match).
    const kept = this.kept;
    const at = kept.length;
    const count = scorer.termCount;
    for (let i = 0; i < count; i++) {
      const token = scorer.termTokens[i] as number;
      kept.push(
        scorer.terms[i] as number,
        tokens.starts[token] as number,
        tokens.ends[token] as number,
      );
    }
    kept.push(named.count);
    for (let n = 0; n < named.count; n++) kept.push(named.list[n] as number);
    let explanation: ClaimExplanation | undefined;
    return {
      start: sentence.start,
      end: sentence.end,
      claim: judged.claim,
      score: Math.round(judged.score * 100) / 100,
      explain: () => {
        explanation ??= this.explanation(cased, judged, kept, at, count);
        return explanation;
      },
    };
  }

  /**
   * `kept` holds, from `at`, the term, start and end (in `cased`) of each of the sentence's
   * `count` terms, then the entities it names.
   */
  private explanation(
    cased: string,
    judged: Judgement,
    kept: readonly number[],
    at: number,
    count: number,
  ): ClaimExplanation {
    const { tables } = this;
    // The evidence is what the sentence shares with the claim it was scored against.
    const scored = judged.contradicted ?? judged.claim;
    const namedAt = at + 3 * count;
    const named = kept.slice(namedAt + 1, namedAt + 1 + (kept[namedAt] as number));
    const shared: string[] = [];
    for (let i = at; i < at + 3 * count; i += 3) {
      if (factorOf(tables, scored, kept[i] as number) === 0) continue;
      shared.push(foldedSlice(cased, kept[i + 1] as number, kept[i + 2] as number));
    }
    // The names that weighed in the score, the most telling first.
    const entities = named
      .filter(
        (e) => tables.claimEntities[scored]?.has(e) && (tables.entityWeights[e] as number) > 0,
      )
      .sort((a, b) => (tables.entityWeights[b] as number) - (tables.entityWeights[a] as number))
      .map((e) => this.index.entities[e]?.name ?? '');
    return describeMatch(this.index, this.subjectTables(), judged, shared, entities);
  }
}
