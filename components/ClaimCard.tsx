import { CardShell } from './CardShell';
import { ClaimMeta, ClaimRelations, hasRelations } from './ClaimDetails';
import { MatchReason } from './MatchReason';
import { MoreOnPage } from './MoreOnPage';
import { MoreSources, SourceLead } from './SourceLead';
import type { ClaimCardView } from './types';

export interface ClaimCardProps {
  /** The claim, its citations and why the sentence matched. */
  view: ClaimCardView;
  /** Copies one citation. */
  onCopy: (key: string) => void;
  /** Key of the citation just copied. */
  copiedKey: string | null;
  /** "Not this": hides the claim on this site. */
  onHide: () => void;
  /** Moves to the next sentence on the page that makes the claim. */
  onNextOnPage: () => void;
  /** Turns Fact Cards off on this site. */
  onSiteOff: () => void;
  /** Closes the card. */
  onClose: () => void;
}

/** Source first: the quote and its outlet, then the claim in a line, the rest on request. */
export function ClaimCard({
  view,
  onCopy,
  copiedKey,
  onHide,
  onNextOnPage,
  onSiteOff,
  onClose,
}: ClaimCardProps) {
  const { claim } = view;
  const short = claim.text.length > 60 ? `${claim.text.slice(0, 57)}…` : claim.text;
  const sources = claim.sourceCount === 1 ? 'What the source says' : 'What the sources say';
  return (
    <CardShell
      label={`Claim: ${short}`}
      eyebrow="Claim"
      title={sources}
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
      <SourceLead claim={claim} onCopy={onCopy} copiedKey={copiedKey} />
      <p class="fc-summary">{claim.text}</p>
      <ClaimMeta claim={claim} />
      <MoreSources claim={claim} onCopy={onCopy} copiedKey={copiedKey} />
      <MatchReason match={view.match} />
      {hasRelations(claim) ? (
        <details class="fc-disclosure">
          <summary>Disputes and answers</summary>
          <ClaimRelations claim={claim} />
        </details>
      ) : null}
      <MoreOnPage count={view.moreOnPage} onNext={onNextOnPage} />
    </CardShell>
  );
}
