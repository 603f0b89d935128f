import { ClaimCard } from './ClaimCard';
import { EntityCard } from './EntityCard';
import type { CardView, ResolvedTheme, ToastView } from './types';

export interface CardLayerProps {
  /** The open card, or null. */
  card: CardView | null;
  /** Text for screen readers, announced politely when it changes. */
  announcement: string;
  /** Colour theme of the card. */
  theme: ResolvedTheme;
  /** The card's text size in px, taken from the page's text around the mention. */
  textSize: number;
  /** Key of the citation just copied. */
  copiedKey: string | null;
  /** The confirmation after "Not this", or null. */
  toast: ToastView | null;
  /** Copies one citation. */
  onCopy: (key: string) => void;
  /** "Not this": hides the card's entity or claim on this site. */
  onHide: () => void;
  /** Undoes the last "Not this". */
  onUndo: () => void;
  /** Moves to the next mention of the same thing on the page. */
  onNextOnPage: () => void;
  /** "Off on this site". */
  onSiteOff: () => void;
  /** Closes the card. */
  onClose: () => void;
}

/** Everything the extension shows in the page: the live region, at most one card, a toast. */
export function CardLayer({
  card,
  announcement,
  theme,
  textSize,
  toast,
  onUndo,
  ...actions
}: CardLayerProps) {
  return (
    <div class="fc-layer" data-theme={theme} style={{ fontSize: `${textSize}px` }}>
      <div class="fc-live" aria-live="polite" role="status" data-testid="fact-cards-live">
        {announcement}
      </div>
      {card?.kind === 'entity' ? (
        <EntityCard key={card.id} view={card} {...actions} />
      ) : card?.kind === 'claim' ? (
        <ClaimCard key={card.claim.id} view={card} {...actions} />
      ) : null}
      {toast ? (
        <aside class="fc-toast" aria-label="Fact Cards" data-testid="fact-cards-toast">
          <span>{toast.text}</span>
          <button type="button" class="fc-button" onClick={onUndo}>
            {toast.action}
          </button>
        </aside>
      ) : null}
    </div>
  );
}
