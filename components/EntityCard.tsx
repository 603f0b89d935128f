import { useState } from 'preact/hooks';
import { BackgroundList } from './BackgroundList';
import { CardShell } from './CardShell';
import { ClaimDetails } from './ClaimDetails';
import { MatchReason } from './MatchReason';
import { MoreOnPage } from './MoreOnPage';
import { SourceLead } from './SourceLead';
import type { EntityCardView } from './types';

export interface EntityCardProps {
  /** The entity, its ranked claims and why it matched. */
  view: EntityCardView;
  /** Copies one citation. */
  onCopy: (key: string) => void;
  /** Key of the citation just copied. */
  copiedKey: string | null;
  /** "Not this": hides the entity on this site. */
  onHide: () => void;
  /** Moves to the entity's next mention on the page. */
  onNextOnPage: () => void;
  /** Turns Fact Cards off on this site. */
  onSiteOff: () => void;
  /** Closes the card. */
  onClose: () => void;
}

/** How many claims show when the list is opened, before the "n more" expander. */
export const CLAIMS_SHOWN = 3;

/** Source first: the best claim's quote and outlet, then what the entity is, the rest on request. */
export function EntityCard({
  view,
  onCopy,
  copiedKey,
  onHide,
  onNextOnPage,
  onSiteOff,
  onClose,
}: EntityCardProps) {
  const [expanded, setExpanded] = useState(false);
  const [top] = view.claims;
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
      {top ? <SourceLead claim={top} onCopy={onCopy} copiedKey={copiedKey} /> : null}
      <p class="fc-summary">{view.description}</p>
      <BackgroundList items={view.background} />
      <MoreOnPage count={view.moreOnPage} onNext={onNextOnPage} />
      <MatchReason match={view.match} />
      {view.claims.length > 0 ? (
        <details class="fc-disclosure fc-claims">
          <summary>
            {view.claims.length === 1 ? '1 claim' : `${view.claims.length} claims`} about{' '}
            {view.name}
          </summary>
          {shown.map((claim) => (
            <ClaimDetails key={claim.id} claim={claim} onCopy={onCopy} copiedKey={copiedKey} />
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
        </details>
      ) : (
        <p class="fc-muted">No claims about it in the index yet.</p>
      )}
    </CardShell>
  );
}
