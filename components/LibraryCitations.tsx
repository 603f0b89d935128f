import type { Attribution } from '../utils/citation/attribution';

/** A quote with its source, for the index page. */
export interface LibraryQuoteProps {
  /** The passage, verbatim as the cited document has it. */
  quote: string;
  /** Who published it and what of that is verified. */
  attribution: Attribution;
}

export function LibraryQuote({ quote, attribution: a }: LibraryQuoteProps) {
  return (
    <li class="lib-quote">
      {a.originalWording ? (
        <blockquote>“{quote}”</blockquote>
      ) : (
        <div class="lib-copy">
          <p class="tag tag-warn quote-tag">{a.wordingLabel}</p>
          <p>{quote}</p>
        </div>
      )}
      <p class="lib-quote-source">
        —{' '}
        {a.url ? (
          <a href={a.url} target="_blank" rel="noopener noreferrer">
            {a.outlet}
          </a>
        ) : (
          a.outlet
        )}
        {!a.outletVerified && ' (unverified)'}, {a.published}
        {!a.publishedVerified && ' (unverified)'}
        {a.relayOf && <span class="tag quote-tag">Relays {a.relayOf}</span>}
      </p>
    </li>
  );
}
