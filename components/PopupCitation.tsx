import { formatPublished } from '../utils/citation/dates';
import { isVerified, reprintBadge, verifiedUrl } from '../utils/citation/format';
import type { ResolvedCitation } from '../utils/index/lookup';

/** One quote from a source: outlet, date, headline (linked when the URL is known), the quote. */
export interface PopupCitationProps {
  /** The citation with its article and claim. */
  cite: ResolvedCitation;
  /** Copies this citation in the chosen format. */
  onCopy: (cite: ResolvedCitation) => void;
  /** Name of the chosen citation format, for the button's accessible name. */
  formatLabel: string;
}

export function PopupCitation({ cite, onCopy, formatLabel }: PopupCitationProps) {
  const { article, citation } = cite;
  const url = verifiedUrl(article) ?? article.url;
  const urlVerified = url !== null && verifiedUrl(article) !== null;
  const reprint = reprintBadge(article.reprint);
  const unverified = (['outlet', 'published', 'authors'] as const).filter(
    (field) => !isVerified(article, field) && (field !== 'authors' || article.authors.length),
  );
  return (
    <li class="cite" data-testid="citation">
      <p class="cite-meta">
        <span class="cite-outlet">{article.outlet}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={article.published}>{formatPublished(article.published)}</time>
        {article.authors.length > 0 && (
          <span class="cite-authors"> · {article.authors.join(', ')}</span>
        )}
      </p>
      <p class="cite-headline">
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {article.headline}
            <span class="visually-hidden"> (opens the original in a new tab)</span>
          </a>
        ) : (
          article.headline
        )}
      </p>
      <blockquote class="cite-quote">“{citation.quote}”</blockquote>
      <div class="cite-foot">
        {reprint && (
          <span class="tag tag-warn" title={article.reprint.note || undefined}>
            Quoted from: {reprint.toLowerCase()}
          </span>
        )}
        {url && !urlVerified && <span class="tag">Link unverified</span>}
        {unverified.length > 0 && (
          <span class="tag">
            Unverified: {unverified.map((f) => (f === 'published' ? 'date' : f)).join(', ')}
          </span>
        )}
        <button
          type="button"
          class="btn btn-small"
          aria-label={`Copy citation of ${article.outlet} (${formatLabel})`}
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
