/**
 * What a page shows once its relevance is decided. Off the story: nothing. A passing mention:
 * the story's own entities in the main text, and claims only when the text states them strongly.
 * On the story: its own entities anywhere but guesses in comments, general entities (Facebook,
 * the Pentagon) and claims only in the main text.
 */
import type { Alias, EntityScope } from '../index/types';
import type { MatchHow } from '../match/types';
import type { BlockRole } from './chrome';
import { type Relevance, STRONG_CLAIM } from './decide';

export interface MentionFacts {
  scope: EntityScope;
  how: MatchHow;
  /** The alias matched is an informal spelling ("tik tok"): read only on pages about the story. */
  informal: boolean;
}

export function showsMention(relevance: Relevance, role: BlockRole, mention: MentionFacts) {
  if (relevance === 'unrelated') return false;
  if (relevance === 'passing')
    return (
      role === 'main' && mention.scope === 'story' && mention.how !== 'fuzzy' && !mention.informal
    );
  if (mention.scope === 'general') return role === 'main';
  // Readers' names in comments are often plays on the story's ("GhostTikTak").
  return role !== 'comments' || mention.how !== 'fuzzy';
}

export function showsClaim(relevance: Relevance, role: BlockRole, score: number) {
  if (role !== 'main' || relevance === 'unrelated') return false;
  return relevance === 'on-topic' || score >= STRONG_CLAIM;
}

/** Whether `aliasText` is one of `aliases` marked informal. */
export function isInformal(aliases: readonly Alias[], aliasText: string): boolean {
  return aliases.some((a) => a.variant === 'informal' && a.text === aliasText);
}
