/**
 * What the popup lists for a page, most prominent first: by mentions, then by first appearance
 * (the page reports names and claims in the order they first appear). Ids the index does not
 * know are dropped, so the list and the badge count the same things.
 */
import type { IndexLookup, PageClaimItem, PageEntityItem } from '../index/lookup';
import type { PageState } from '../messaging';

export interface PageEntries {
  entities: PageEntityItem[];
  claims: PageClaimItem[];
  /** Entities and claims in total. */
  total: number;
}

/** Stable: equal counts keep their order of first appearance. */
function byMentions<T extends { count: number }>(items: T[]): T[] {
  return items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => b.item.count - a.item.count || a.order - b.order)
    .map(({ item }) => item);
}

export function pageEntries(
  lookup: IndexLookup,
  state: Pick<PageState, 'entities' | 'claims'>,
): PageEntries {
  const entities = byMentions(
    state.entities.flatMap(({ entityId, count }) => {
      const entity = lookup.entity(entityId);
      return entity && count > 0 ? [{ entity, count }] : [];
    }),
  );
  const claims = byMentions(
    state.claims.flatMap(({ claimId, count }) => {
      const claim = lookup.claim(claimId);
      return claim && count > 0 ? [{ claim, count }] : [];
    }),
  );
  return { entities, claims, total: entities.length + claims.length };
}
