import { inQuotes } from './quote-marks';
import type { CitationView } from './types';

export interface CitationListProps {
  /** The quotes that support a claim, with their articles. */
  citations: readonly CitationView[];
  /** Copies one citation as plain text. */
  onCopy: (key: string) => void;
  /** Key of the citation just copied, to confirm it. */
  copiedKey: string | null;
}

const REPRINT_WORDS: Record<CitationView['reprint'], string | null> = {
  'machine-translated': 'machine-translated',
  'word-spun': 'word-spun',
  summary: 'summary',
  none: null,
};

/** Reprint wording must never pass for the outlet's own words, so it is labelled as such. */
export function reprintLabel(kind: CitationView['reprint']): string | null {
  const words = REPRINT_WORDS[kind];
  return words ? `Quoted from an altered reprint (${words})` : null;
}

export function CitationList({ citations, onCopy, copiedKey }: CitationListProps) {
  return (
    <ul class="fc-citations">
      {citations.map((citation) => {
        const reprint = reprintLabel(citation.reprint);
        return (
          <li class="fc-citation" key={citation.key} data-testid="citation">
            <blockquote class={reprint ? 'fc-quote fc-quote-reprint' : 'fc-quote'}>
              {reprint ? <p class="fc-reprint">{reprint}</p> : null}
              <p>{inQuotes(citation.quote)}</p>
            </blockquote>
            <p class="fc-source">
              <span class="fc-outlet">{citation.outlet}</span>
              <span class="fc-dot" aria-hidden="true">
                {' · '}
              </span>
              <span class="fc-date">{citation.published}</span>
            </p>
            <p class="fc-headline">
              {citation.url ? (
                <a href={citation.url} target="_blank" rel="noopener noreferrer">
                  {citation.headline}
                </a>
              ) : (
                citation.headline
              )}
              {citation.url && !citation.urlVerified ? (
                <span class="fc-muted"> (link not verified)</span>
              ) : null}
            </p>
            <button
              type="button"
              class="fc-link-button"
              onClick={() => onCopy(citation.key)}
              aria-label={`Copy citation: ${citation.outlet}, ${citation.headline}`}
            >
              {copiedKey === citation.key ? 'Copied' : 'Copy citation'}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
