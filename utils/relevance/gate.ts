/**
 * What a page shows once its relevance is decided. Off the story: nothing. A passing mention:
 * the story's own entities, and claims only when the text states them strongly. On the story:
 * its own entities and the general ones it involves (Facebook, the Pentagon), and its claims.
 * Always in the main text only: a share button, a footer or a commenter's name is not the story.
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
  if (relevance === 'unrelated' || role !== 'main') return false;
  if (relevance === 'passing')
    return mention.scope === 'story' && mention.how !== 'fuzzy' && !mention.informal;
  return true;
}

export function showsClaim(relevance: Relevance, role: BlockRole, score: number) {
  if (role !== 'main' || relevance === 'unrelated') return false;
  return relevance === 'on-topic' || score >= STRONG_CLAIM;
}

/** Whether `aliasText` is one of `aliases` marked informal. */
export function isInformal(aliases: readonly Alias[], aliasText: string): boolean {
  return aliases.some((a) => a.variant === 'informal' && a.text === aliasText);
}
