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

function Unverified({ show }: { show: boolean }) {
  return show ? <span class="fc-unverified"> (unverified)</span> : null;
}

/**
 * The passage, in quotation marks only when the text we hold is the outlet's own wording; an
 * altered copy's words are shown as the copy's, beside the original's words when we have them.
 */
function Passage({ citation }: { citation: CitationView }) {
  if (citation.originalWording) {
    return (
      <blockquote class="fc-quote">
        <p>{inQuotes(citation.quote)}</p>
      </blockquote>
    );
  }
  return (
    <div class="fc-quote fc-quote-reprint fc-quote-copy" data-testid="copy-wording">
      <p class="fc-reprint">{citation.wordingLabel}:</p>
      <p class="fc-copy-text">{citation.quote}</p>
      {citation.original ? (
        <p class="fc-original">
          <span class="fc-reprint">Original wording, as quoted by {citation.original.credit}:</span>{' '}
          “{citation.original.quote.replace(/^["“]|["”,]+$/g, '')}”
        </p>
      ) : null}
    </div>
  );
}

export function CitationList({ citations, onCopy, copiedKey }: CitationListProps) {
  return (
    <ul class="fc-citations">
      {citations.map((citation) => (
        <li class="fc-citation" key={citation.key} data-testid="citation">
          <Passage citation={citation} />
          <p class="fc-source">
            <span class="fc-outlet">
              {citation.outlet}
              <Unverified show={!citation.outletVerified} />
            </span>
            <span class="fc-dot" aria-hidden="true">
              {' · '}
            </span>
            <span class="fc-date">
              {citation.published}
              <Unverified show={!citation.publishedVerified} />
            </span>
            {citation.statedOn ? <span class="fc-date"> · said {citation.statedOn}</span> : null}
          </p>
          {citation.authors.length > 0 ? (
            <p class="fc-authors">
              By {citation.authors.join(', ')}
              <Unverified show={!citation.authorsVerified} />
            </p>
          ) : null}
          {citation.relayOf ? (
            <p class="fc-relay">Relays the reporting of {citation.relayOf}</p>
          ) : null}
          <p class="fc-headline">
            {citation.url ? (
              <a href={citation.url} target="_blank" rel="noopener noreferrer">
                {citation.headline}
              </a>
            ) : (
              citation.headline
            )}
            <Unverified show={!citation.headlineVerified} />
          </p>
          {citation.fragmentUrl ? (
            <p class="fc-fragment">
              <a href={citation.fragmentUrl} target="_blank" rel="noopener noreferrer">
                Open the passage in the original
              </a>
            </p>
          ) : null}
          {citation.unverifiedUrl ? (
            <p class="fc-muted fc-url">
              Link not verified, not opened:{' '}
              <span class="fc-url-text">{citation.unverifiedUrl}</span>
            </p>
          ) : null}
          <button
            type="button"
            class="fc-link-button"
            onClick={() => onCopy(citation.key)}
            aria-label={`Copy citation: ${citation.outlet}, ${citation.headline}`}
          >
            {copiedKey === citation.key ? 'Copied' : 'Copy citation'}
          </button>
        </li>
      ))}
    </ul>
  );
}
