import { BackgroundList } from './BackgroundList';
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

/** The claim's kind, its status, who reported it and whether it is on the page, on one line. */
export function ClaimMeta({ claim }: { claim: ClaimView }) {
  return (
    <p class="fc-meta">
      <span class={`fc-tag fc-tag-${claim.kind}`}>{KIND_LABEL[claim.kind]}</span>
      {claim.statusLabel ? (
        <span class={`fc-tag fc-status fc-status-${claim.status}`}>{claim.statusLabel}</span>
      ) : null}
      <span class="fc-sources">{claim.sources}</span>
      {claim.onPage ? <span class="fc-tag fc-tag-page">On this page</span> : null}
    </p>
  );
}

/** Who confirms, disputes or answers the claim, what it answers, and its background. */
export function ClaimRelations({ claim }: { claim: ClaimView }) {
  return (
    <>
      <Relation label="Disputed by" claims={claim.disputedBy} />
      <Relation label="Disputes" claims={claim.disputes} />
      <Relation label="Answered by" claims={claim.answeredBy} />
      <Relation label="Responds to" claims={claim.respondsTo} />
      <Relation label="Confirmed by" claims={claim.confirmedBy} />
      <Relation label="Confirms" claims={claim.confirms} />
      <BackgroundList items={claim.background} />
    </>
  );
}

export function hasRelations(claim: ClaimView): boolean {
  return (
    [
      claim.disputedBy,
      claim.disputes,
      claim.answeredBy,
      claim.respondsTo,
      claim.confirmedBy,
      claim.confirms,
      claim.background,
    ] as readonly unknown[][]
  ).some((list) => list.length > 0);
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
