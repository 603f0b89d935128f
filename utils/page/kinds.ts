import type { EntityType } from '../index/types';
import type { HighlightKind } from '../settings/types';

/**
 * `CSS.highlights` is one registry per document, shared with the page's own scripts, so the
 * names are prefixed to stay out of their way.
 */
export function highlightName(kind: HighlightKind): string {
  return `fact-cards-${kind}`;
}

/** Words a card uses for an entity type. */
export const ENTITY_TYPE_LABEL: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organisation',
  product: 'Product',
  project: 'Project',
  government: 'Government body',
  event: 'Event',
  law: 'Law',
  place: 'Place',
};
