/**
 * An index lookup whose index is read on first use: a page loads the card data (descriptions,
 * claims' citations, articles) when the first card opens, not when it loads.
 */
import { createLookup, type IndexLookup } from '../index/lookup';
import type { CompiledIndex } from '../index/types';

export function createLazyLookup(load: () => CompiledIndex): IndexLookup {
  let lookup: IndexLookup | null = null;
  const real = () => {
    lookup ??= createLookup(load());
    return lookup;
  };
  return {
    get index() {
      return real().index;
    },
    entity: (id) => real().entity(id),
    claim: (id) => real().claim(id),
    article: (id) => real().article(id),
    claimsOf: (entityId) => real().claimsOf(entityId),
    citationsOf: (claim) => real().citationsOf(claim),
    claimsIn: (articleId) => real().claimsIn(articleId),
  };
}
