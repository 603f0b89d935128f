import type { ResolvedCitation } from '../utils/index/lookup';

/** One quote from a source: outlet, date, headline (linked when the URL is verified), the passage. */
export interface PopupCitationProps {
  /** The citation with its article, claim and attribution. */
  cite: ResolvedCitation;
  /** Copies this citation in the chosen format. */
  onCopy: (cite: ResolvedCitation) => void;
  /** Name of the chosen citation format, for the button's accessible name. */
  formatLabel: string;
}

export function PopupCitation({ cite, onCopy, formatLabel }: PopupCitationProps) {
  const { article, citation, attribution: a } = cite;
  return (
    <li class="cite" data-testid="citation">
      <p class="cite-meta">
        <span class="cite-outlet">
          {a.outlet}
          {!a.outletVerified && <span class="cite-unverified"> (unverified)</span>}
        </span>
        <span aria-hidden="true"> · </span>
        <time dateTime={article.published}>{a.published}</time>
        {a.authors.length > 0 && <span class="cite-authors"> · {a.authors.join(', ')}</span>}
        {a.statedOn && <span> · said {a.statedOn}</span>}
      </p>
      <p class="cite-headline">
        {a.url ? (
          <a href={a.url} target="_blank" rel="noopener noreferrer">
            {a.headline}
            <span class="visually-hidden"> (opens the original in a new tab)</span>
          </a>
        ) : (
          a.headline
        )}
      </p>
      {a.originalWording ? (
        <blockquote class="cite-quote" data-testid="cite-passage">
          “{citation.quote}”
        </blockquote>
      ) : (
        <div class="cite-quote cite-copy">
          <p class="cite-copy-label">{a.wordingLabel}:</p>
          <p data-testid="cite-passage">{citation.quote}</p>
          {a.original && (
            <p>
              Original wording, as quoted by {a.original.credit}: “
              {a.original.quote.replace(/^["“]|["”,]+$/g, '')}”
            </p>
          )}
        </div>
      )}
      <div class="cite-foot">
        {a.relayOf && <span class="tag">Relays {a.relayOf}</span>}
        {a.fragmentUrl && (
          <a class="tag" href={a.fragmentUrl} target="_blank" rel="noopener noreferrer">
            Passage in the original
          </a>
        )}
        {a.unverified.length > 0 && <span class="tag">Unverified: {a.unverified.join(', ')}</span>}
        <button
          type="button"
          class="btn btn-small"
          aria-label={`Copy citation of ${a.outlet} (${formatLabel})`}
          onClick={() => onCopy(cite)}
        >
          Copy
        </button>
      </div>
    </li>
  );
}

/** A list of citations, or a line saying there are none. */
export interface PopupCitationListProps {
  /** The citations to show. */
  cites: ResolvedCitation[];
  /** Copies one citation. */
  onCopy: (cite: ResolvedCitation) => void;
  /** Name of the chosen citation format. */
  formatLabel: string;
}

export function PopupCitationList({ cites, onCopy, formatLabel }: PopupCitationListProps) {
  if (!cites.length) return <p class="muted">No citations in the index.</p>;
  return (
    <ul class="cites">
      {cites.map((cite) => (
        <PopupCitation
          key={`${cite.claim.id}/${cite.article.id}/${cite.citation.quote}`}
          cite={cite}
          onCopy={onCopy}
          formatLabel={formatLabel}
        />
      ))}
    </ul>
  );
}
