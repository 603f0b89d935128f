/**
 * Is this page about the story? Decided from the page's main text alone, from evidence a reader
 * would accept: how many distinct entities of the story itself it names, how densely, which of
 * the general entities the story involves appear beside them, and claims the text states
 * strongly. Deterministic and cheap: it only counts what the scan found.
 */
import type { EntityScope } from '../index/types';

export type Relevance = 'on-topic' | 'passing' | 'unrelated';

/** A mention as the decision sees it. */
export interface MentionEvidence {
  entityId: string;
  entityName: string;
}

export interface EntityFacts {
  scope: EntityScope;
  /** Ids of the entities it is related to, in both directions. */
  related: ReadonlySet<string>;
}

export interface NamedCount {
  id: string;
  name: string;
  count: number;
}

export interface RelevanceEvidence {
  /** The story's own entities the main text names, most named first. */
  story: NamedCount[];
  /** General entities the main text names beside a story entity related to them. */
  linked: NamedCount[];
  /** Mentions of the story's own entities per 1,000 words of main text. */
  density: number;
  words: number;
  /** Claim sentences in the main text scoring at least `STRONG_CLAIM`. */
  strongClaims: number;
}

export interface RelevanceDecision {
  relevance: Relevance;
  evidence: RelevanceEvidence;
}

/** A claim match this strong is evidence on its own, and may be shown on a passing mention. */
export const STRONG_CLAIM = 0.8;
/** Distinct story entities that make a page about the story. */
const STORY_ENTITIES = 2;
/** Or one story entity with this many related general ones beside it. */
const LINKED_ENTITIES = 2;
/**
 * Mentions of story entities per 1,000 words of main text below which the page only mentions
 * the story: a long piece naming TikTok and ByteDance once each is about something else.
 */
const MIN_DENSITY = 2;

function counted(mentions: readonly MentionEvidence[], keep: (id: string) => boolean) {
  const counts = new Map<string, NamedCount>();
  for (const { entityId, entityName } of mentions) {
    if (!keep(entityId)) continue;
    const known = counts.get(entityId);
    if (known) known.count++;
    else counts.set(entityId, { id: entityId, name: entityName, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function decideRelevance(
  main: { mentions: readonly MentionEvidence[]; claimScores: readonly number[]; words: number },
  facts: (id: string) => EntityFacts | undefined,
): RelevanceDecision {
  const story = counted(main.mentions, (id) => facts(id)?.scope === 'story');
  const storyIds = new Set(story.map((s) => s.id));
  const linked = counted(main.mentions, (id) => {
    const entity = facts(id);
    if (entity?.scope !== 'general') return false;
    for (const other of entity.related) if (storyIds.has(other)) return true;
    return false;
  });
  const storyMentions = story.reduce((sum, s) => sum + s.count, 0);
  const density = main.words > 0 ? (storyMentions * 1000) / main.words : 0;
  const strongClaims = main.claimScores.filter((score) => score >= STRONG_CLAIM).length;
  const evidence = { story, linked, density, words: main.words, strongClaims };
  let relevance: Relevance = 'unrelated';
  if (story.length > 0) {
    const broad =
      story.length >= STORY_ENTITIES || (story.length === 1 && linked.length >= LINKED_ENTITIES);
    relevance = (broad && density >= MIN_DENSITY) || strongClaims > 0 ? 'on-topic' : 'passing';
  }
  return { relevance, evidence };
}
