import { CardShell } from './CardShell';
import { ClaimDetails } from './ClaimDetails';
import { MatchReason } from './MatchReason';
import type { ClaimCardView } from './types';

export interface ClaimCardProps {
  /** The claim, its citations and why the sentence matched. */
  view: ClaimCardView;
  /** Copies one citation as plain text. */
  onCopy: (key: string) => void;
  /** Key of the citation just copied. */
  copiedKey: string | null;
  /** Turns Fact Cards off on this site. */
  onSiteOff: () => void;
  /** Closes the card. */
  onClose: () => void;
}

export function ClaimCard({ view, onCopy, copiedKey, onSiteOff, onClose }: ClaimCardProps) {
  const short = view.claim.text.length > 60 ? `${view.claim.text.slice(0, 57)}…` : view.claim.text;
  return (
    <CardShell
      label={`Claim: ${short}`}
      eyebrow="Claim"
      title={view.claim.text}
      onClose={onClose}
      actions={
        <button type="button" class="fc-button" onClick={onSiteOff}>
          Off on this site
        </button>
      }
    >
      <MatchReason match={view.match} />
      <ClaimDetails claim={view.claim} showText={false} onCopy={onCopy} copiedKey={copiedKey} />
    </CardShell>
  );
}
