import { CitationList } from './CitationList';
import type { ClaimView } from './types';

export interface SourceLeadProps {
  /** The claim whose first citation leads the card. */
  claim: ClaimView;
  /** Copies one citation. */
  onCopy: (key: string) => void;
  /** Key of the citation just copied. */
  copiedKey: string | null;
}

/** A card leads with the source: the exact quote and who published it, first of all. */
export function SourceLead({ claim, onCopy, copiedKey }: SourceLeadProps) {
  const lead = claim.citations[0];
  if (!lead) return <p class="fc-muted">No quote in the index yet.</p>;
  return (
    <div class="fc-lead" data-testid="source-lead">
      <CitationList citations={[lead]} onCopy={onCopy} copiedKey={copiedKey} />
    </div>
  );
}

/** "n more sources": the claim's other citations, behind a disclosure. */
export function MoreSources({ claim, onCopy, copiedKey }: SourceLeadProps) {
  const [lead, ...rest] = claim.citations;
  if (!lead || rest.length === 0) return null;
  const outlets = new Set(rest.map((c) => c.outlet));
  outlets.delete(lead.outlet);
  const label =
    outlets.size > 0
      ? `${outlets.size} more ${outlets.size === 1 ? 'source' : 'sources'}`
      : `${rest.length} more ${rest.length === 1 ? 'quote' : 'quotes'} from ${lead.outlet}`;
  return (
    <details class="fc-disclosure" data-testid="more-sources">
      <summary>{label}</summary>
      <CitationList citations={rest} onCopy={onCopy} copiedKey={copiedKey} />
    </details>
  );
}
