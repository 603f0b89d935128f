import type { EntityType } from '../index/types';
import type { HighlightKind } from '../settings/types';

/** Every highlight kind, entity kinds first (their highlights paint over claim sentences). */
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [
  'person',
  'organization',
  'project',
  'government',
  'other',
  'claim',
];

/**
 * `CSS.highlights` is one registry per document, shared with the page's own scripts, so the
 * names are prefixed to stay out of their way.
 */
export function highlightName(kind: HighlightKind): string {
  return `fact-cards-${kind}`;
}

/** The highlight an entity of this type is painted with. */
export function highlightKindOf(type: EntityType): HighlightKind {
  switch (type) {
    case 'person':
    case 'organization':
    case 'project':
    case 'government':
      return type;
    default:
      return 'other';
  }
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
