import { MoreSources, SourceLead } from './SourceLead';
import type { ClaimRef, ClaimView } from './types';

export interface ClaimDetailsProps {
  /** The claim with its citations and the claims it is linked to. */
  claim: ClaimView;
  /** Copies one citation. */
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

/** The claim's kind, its sources and whether it is on the page, on one line. */
export function ClaimMeta({ claim }: { claim: ClaimView }) {
  const sources = claim.sourceCount === 1 ? '1 source' : `${claim.sourceCount} sources`;
  return (
    <p class="fc-meta">
      <span class={`fc-tag fc-tag-${claim.kind}`}>{KIND_LABEL[claim.kind]}</span>
      <span>Reported by {sources}</span>
      {claim.onPage ? <span class="fc-tag fc-tag-page">On this page</span> : null}
    </p>
  );
}

/** Who disputes or answers the claim, and what it answers. */
export function ClaimRelations({ claim }: { claim: ClaimView }) {
  return (
    <>
      <Relation label="Disputed by" claims={claim.disputedBy} />
      <Relation label="Disputes" claims={claim.disputes} />
      <Relation label="Answered by" claims={claim.answeredBy} />
      <Relation label="Responds to" claims={claim.respondsTo} />
    </>
  );
}

export function hasRelations(claim: ClaimView): boolean {
  return (
    claim.disputedBy.length + claim.disputes.length + claim.answeredBy.length > 0 ||
    claim.respondsTo.length > 0
  );
}

/** One claim in an entity's list: what it says, its lead quote, the rest behind disclosures. */
export function ClaimDetails({ claim, onCopy, copiedKey }: ClaimDetailsProps) {
  return (
    <section class="fc-claim" data-testid="claim" data-claim-id={claim.id}>
      <p class="fc-claim-text">{claim.text}</p>
      <ClaimMeta claim={claim} />
      <SourceLead claim={claim} onCopy={onCopy} copiedKey={copiedKey} />
      <MoreSources claim={claim} onCopy={onCopy} copiedKey={copiedKey} />
      <ClaimRelations claim={claim} />
    </section>
  );
}
