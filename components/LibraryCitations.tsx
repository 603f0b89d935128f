import { formatPublished } from '../utils/citation/dates';
import { reprintBadge, verifiedUrl } from '../utils/citation/format';
import type { Article, Citation } from '../utils/index/types';

/** A quote with its source, for the index page. */
export interface LibraryQuoteProps {
  /** The quote. */
  citation: Citation;
  /** Its source. */
  article: Article;
}

export function LibraryQuote({ citation, article }: LibraryQuoteProps) {
  const url = verifiedUrl(article) ?? article.url;
  const reprint = reprintBadge(article.reprint);
  return (
    <li class="lib-quote">
      <blockquote>“{citation.quote}”</blockquote>
      <p class="lib-quote-source">
        —{' '}
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {article.outlet}
          </a>
        ) : (
          article.outlet
        )}
        , {formatPublished(article.published)}
        {reprint && <span class="tag tag-warn quote-tag">{reprint}</span>}
      </p>
    </li>
  );
}
