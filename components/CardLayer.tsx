import { ClaimCard } from './ClaimCard';
import { EntityCard } from './EntityCard';
import type { CardView, ResolvedTheme } from './types';

export interface CardLayerProps {
  /** The open card, or null. */
  card: CardView | null;
  /** Text for screen readers, announced politely when it changes. */
  announcement: string;
  /** Colour theme of the card. */
  theme: ResolvedTheme;
  /** Key of the citation just copied. */
  copiedKey: string | null;
  /** Copies one citation as plain text. */
  onCopy: (key: string) => void;
  /** "Not this" on an entity card. */
  onHide: () => void;
  /** "Off on this site". */
  onSiteOff: () => void;
  /** Closes the card. */
  onClose: () => void;
}

/** Everything the extension shows in the page: the live region and at most one card. */
export function CardLayer({ card, announcement, theme, ...actions }: CardLayerProps) {
  return (
    <div class="fc-layer" data-theme={theme}>
      <div class="fc-live" aria-live="polite" role="status" data-testid="fact-cards-live">
        {announcement}
      </div>
      {card?.kind === 'entity' ? (
        <EntityCard key={card.id} view={card} {...actions} />
      ) : card?.kind === 'claim' ? (
        <ClaimCard key={card.claim.id} view={card} {...actions} />
      ) : null}
    </div>
  );
}
