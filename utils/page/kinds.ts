import type { EntityType } from '../index/types';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../settings/types';

/** What is painted: the kinds, and the mention whose card is open. */
export type PaintName = HighlightKind | 'active';

/** Every painted highlight; later ones paint above earlier ones. */
export const PAINT_NAMES: readonly PaintName[] = [...HIGHLIGHT_KINDS, 'active'];

/**
 * `CSS.highlights` is one registry per document, shared with the page's own scripts, so the
 * names are prefixed to stay out of their way.
 */
export function highlightName(kind: PaintName): string {
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
