import { useState } from 'preact/hooks';
import { BackgroundList } from './BackgroundList';
import { CardShell } from './CardShell';
import { ClaimDetails } from './ClaimDetails';
import { MatchReason } from './MatchReason';
import type { EntityCardView } from './types';

export interface EntityCardProps {
  /** The entity, its ranked claims and why it matched. */
  view: EntityCardView;
  /** Copies one citation as plain text. */
  onCopy: (key: string) => void;
  /** Key of the citation just copied. */
  copiedKey: string | null;
  /** "Not this": hides the entity on this site. */
  onHide: () => void;
  /** Turns Fact Cards off on this site. */
  onSiteOff: () => void;
  /** Closes the card. */
  onClose: () => void;
}

/** How many claims show before the "n more" expander. */
export const CLAIMS_SHOWN = 3;

export function EntityCard({
  view,
  onCopy,
  copiedKey,
  onHide,
  onSiteOff,
  onClose,
}: EntityCardProps) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? view.claims : view.claims.slice(0, CLAIMS_SHOWN);
  const hiddenCount = view.claims.length - shown.length;
  return (
    <CardShell
      label={`${view.name}, ${view.typeLabel.toLowerCase()}`}
      eyebrow={view.typeLabel}
      title={view.name}
      onClose={onClose}
      actions={
        <>
          <button type="button" class="fc-button" onClick={onHide}>
            Not this
          </button>
          <button type="button" class="fc-button" onClick={onSiteOff}>
            Off on this site
          </button>
        </>
      }
    >
      <p class="fc-description">{view.description}</p>
      <BackgroundList items={view.background} />
      <MatchReason match={view.match} />
      {view.claims.length > 0 ? (
        <div class="fc-claims">
          <h3 class="fc-section-title">
            Claims <span class="fc-count">{view.claims.length}</span>
          </h3>
          {shown.map((claim) => (
            <ClaimDetails
              key={claim.id}
              claim={claim}
              showText
              onCopy={onCopy}
              copiedKey={copiedKey}
            />
          ))}
          {hiddenCount > 0 ? (
            <button
              type="button"
              class="fc-more"
              aria-expanded="false"
              onClick={() => setExpanded(true)}
            >
              {hiddenCount} more {hiddenCount === 1 ? 'claim' : 'claims'}
            </button>
          ) : null}
        </div>
      ) : (
        <p class="fc-muted">No claims about it in the index yet.</p>
      )}
    </CardShell>
  );
}
