import type { CompiledIndex } from '../index/types';
import { type NormalizedText, normalizeText, toOriginalRange } from '../text/normalize';
import { SentenceIndex } from '../text/sentences';
import { tokenize } from '../text/tokens';
import { ClaimMatcher } from './claims';
import { ExactAliasMatcher, relatedIndexes } from './entities';
import { FuzzyAliasMatcher } from './fuzzy';
import { type MentionDraft, resolveMentions } from './rules';
import { STRICTNESS_SETTINGS } from './strictness';
import type { ClaimMatch, Mention, ScanResult, Strictness } from './types';

export interface MatcherOptions {
  strictness?: Strictness;
}

export interface Matcher {
  readonly index: CompiledIndex;
  readonly strictness: Strictness;
  /** Mentions and claims in document order; offsets are into `text`. */
  scan(text: string): ScanResult;
}

function originalSlice(text: string, normal: NormalizedText, start: number, end: number) {
  const range = toOriginalRange(normal, start, end);
  return { start: range.start, end: range.end, text: text.slice(range.start, range.end) };
}

/**
 * Builds everything that depends only on the index (automaton, fuzzy alias lists, claim term
 * index) once, so that each scan costs time proportional to the text.
 */
export function createMatcher(index: CompiledIndex, options: MatcherOptions = {}): Matcher {
  const strictness = options.strictness ?? 'balanced';
  const settings = STRICTNESS_SETTINGS[strictness];
  const exact = new ExactAliasMatcher(index.entities);
  const fuzzy = settings.fuzzy ? new FuzzyAliasMatcher(index.entities, settings.fuzzy) : null;
  const claims = new ClaimMatcher(index, settings.claims);
  const related = relatedIndexes(index.entities);

  const scan = (text: string): ScanResult => {
    const normal = normalizeText(text);
    const tokens = tokenize(normal.text);
    const sentences = new SentenceIndex(normal.cased);
    const exactHits = exact.find(normal);
    let fuzzyHits: ReturnType<FuzzyAliasMatcher['find']> = [];
    if (fuzzy) {
      const covered = new Uint8Array(normal.text.length);
      for (const hit of exactHits) covered.fill(1, hit.start, hit.end);
      fuzzyHits = fuzzy.find(normal, tokens, covered);
    }
    const drafts = resolveMentions(exactHits, fuzzyHits, {
      entities: index.entities,
      related,
      sentences,
      quote: (start, end) => originalSlice(text, normal, start, end).text,
    });
    const mentions = drafts.map((draft) => toMention(text, normal, draft));
    const claimMatches = claims.find(normal, tokens, sentences, drafts).map((draft): ClaimMatch => {
      const sentence = originalSlice(text, normal, draft.start, draft.end);
      return {
        start: sentence.start,
        end: sentence.end,
        sentence: sentence.text,
        claimId: index.claims[draft.claim]?.id ?? '',
        score: draft.score,
        sources: claims.sourcesOf(draft.claim),
        shared: draft.shared,
        why: draft.why,
      };
    });
    return { mentions, claims: claimMatches };
  };

  const toMention = (text: string, normal: NormalizedText, draft: MentionDraft): Mention => {
    const slice = originalSlice(text, normal, draft.start, draft.end);
    const entity = index.entities[draft.entity];
    return {
      start: slice.start,
      end: slice.end,
      text: slice.text,
      entityId: entity?.id ?? '',
      entityName: entity?.name ?? '',
      how: draft.how,
      alias: draft.alias,
      score: draft.score,
      why: draft.why,
    };
  };

  return { index, strictness, scan };
}
