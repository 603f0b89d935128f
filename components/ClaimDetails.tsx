import { BackgroundList } from './BackgroundList';
import { CitationList } from './CitationList';
import type { ClaimRef, ClaimView } from './types';

export interface ClaimDetailsProps {
  /** The claim with its citations and the claims it is linked to. */
  claim: ClaimView;
  /** Show the claim's own text (off when the card's title already is the claim). */
  showText: boolean;
  /** Copies one citation as plain text. */
  onCopy: (key: string) => void;
  /** Key of the citation just copied. */
  copiedKey: string | null;
}

function Relation({ label, claims }: { label: string; claims: readonly ClaimRef[] }) {
  if (claims.length === 0) return null;
  return (
    <div class="fc-relation">
      <p class="fc-relation-label">{label}</p>
      <ul>
        {claims.map((c) => (
          <li key={c.id}>{c.text}</li>
        ))}
      </ul>
    </div>
  );
}

const KIND_LABEL: Record<ClaimView['kind'], string> = {
  'reported-fact': 'Reported',
  assertion: 'Assertion',
  denial: 'Denial',
  analysis: 'Analysis',
};

/** One claim: who reported it, who disputes or answers it, and the quotes. */
export function ClaimDetails({ claim, showText, onCopy, copiedKey }: ClaimDetailsProps) {
  return (
    <section class="fc-claim" data-testid="claim" data-claim-id={claim.id}>
      {showText ? <p class="fc-claim-text">{claim.text}</p> : null}
      <p class="fc-meta">
        <span class={`fc-tag fc-tag-${claim.kind}`}>{KIND_LABEL[claim.kind]}</span>
        {claim.statusLabel ? (
          <span class={`fc-tag fc-status fc-status-${claim.status}`}>{claim.statusLabel}</span>
        ) : null}
        <span class="fc-sources">{claim.sources}</span>
        {claim.onPage ? <span class="fc-tag fc-tag-page">On this page</span> : null}
      </p>
      <Relation label="Disputed by" claims={claim.disputedBy} />
      <Relation label="Disputes" claims={claim.disputes} />
      <Relation label="Answered by" claims={claim.answeredBy} />
      <Relation label="Responds to" claims={claim.respondsTo} />
      <Relation label="Confirmed by" claims={claim.confirmedBy} />
      <Relation label="Confirms" claims={claim.confirms} />
      <BackgroundList items={claim.background} />
      <CitationList citations={claim.citations} onCopy={onCopy} copiedKey={copiedKey} />
    </section>
  );
}
