/** How many independent reports stand behind a claim, and what the index can say of it. Pure. */
import type { Article, Citation, Claim, ClaimStatus } from './types';

/**
 * The independent origins of a claim's citations (an article's own reporting, or the article a
 * relay names), and the articles that only relay, each once, in citation order.
 */
export function origins(
  citations: readonly Pick<Citation, 'article' | 'derivedFrom'>[],
  articles?: ReadonlyMap<string, Article>,
): { origins: string[]; relays: string[] } {
  const found = new Set<string>();
  const relaying = new Set<string>();
  const own = new Set<string>();
  for (const { article, derivedFrom } of citations) {
    if (articles && !articles.has(article)) continue;
    found.add(derivedFrom ?? article);
    if (derivedFrom === null) own.add(article);
    else relaying.add(article);
  }
  // An article that also reports on its own is an origin, not a relay.
  return { origins: [...found], relays: [...relaying].filter((a) => !own.has(a) && !found.has(a)) };
}

/** The claim's status, in the spirit of schema.org ClaimReview's rating. */
export function claimStatus(
  claim: Pick<Claim, 'kind' | 'confirmedBy' | 'disputedBy' | 'origins'>,
): ClaimStatus {
  if (claim.confirmedBy.length > 0) return 'confirmed-by-subject';
  if (claim.disputedBy.length > 0) return 'disputed';
  if (claim.kind === 'analysis') return 'analysis';
  if (claim.kind === 'assertion' || claim.kind === 'denial') return 'statement';
  return claim.origins.length >= 2 ? 'corroborated' : 'single-source';
}
