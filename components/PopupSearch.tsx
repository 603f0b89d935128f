import type { SearchHit } from '../utils/search/search';
import { PopupClaimEntry, PopupEntityEntry, type PopupEntryContext } from './PopupEntries';

/** The search field over the whole index. */
export interface PopupSearchFieldProps {
  /** The current query. */
  query: string;
  /** Called on every edit. */
  onQuery: (query: string) => void;
  /** Placeholder and hint text. */
  placeholder?: string;
}

export function PopupSearchField({ query, onQuery, placeholder }: PopupSearchFieldProps) {
  return (
    <search class="search">
      <label for="search-input" class="visually-hidden">
        Search the index
      </label>
      <input
        id="search-input"
        type="search"
        class="search-input"
        value={query}
        placeholder={placeholder ?? 'Search people, organizations, claims…'}
        autocomplete="off"
        spellcheck={false}
        onInput={(event) => onQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query) {
            event.preventDefault();
            onQuery('');
          }
        }}
      />
    </search>
  );
}

/** Results of a search, with the same entries as the page list (without jump unless on page). */
export interface PopupSearchResultsProps {
  /** The query the hits are for. */
  query: string;
  /** The hits, best first. */
  hits: SearchHit[];
  /** Shared entry context. */
  ctx: PopupEntryContext;
  /** Ids ("entity:x", "claim:y") present on the page: only those can be jumped to. */
  onPage: ReadonlySet<string>;
  /** How many of the hits are listed; the rest wait behind "Show more". */
  shown: number;
  /** Lists more hits. */
  onShowMore: () => void;
}

/** How many more hits each "Show more" lists. */
export const SEARCH_PAGE = 10;

export function PopupSearchResults({
  query,
  hits: all,
  ctx,
  onPage,
  shown,
  onShowMore,
}: PopupSearchResultsProps) {
  const entries = (key: string) => (onPage.has(key) ? ctx : { ...ctx, onJump: undefined });
  const hits = all.slice(0, shown);
  const more = all.length - hits.length;
  return (
    <section class="panel-section" aria-labelledby="results-heading" data-testid="search-results">
      <h2 id="results-heading" class="section-heading">
        Results for “{query}”<span class="section-count">{all.length}</span>
      </h2>
      <p class="visually-hidden" role="status">
        {all.length === 0
          ? 'No results'
          : `${all.length} ${all.length === 1 ? 'result' : 'results'}`}
      </p>
      {hits.length === 0 ? (
        <div class="empty">
          <p class="empty-title">Nothing in the index matches</p>
          <p class="muted">Try another spelling or a shorter name.</p>
        </div>
      ) : (
        <ul class="items">
          {hits.map((hit) =>
            hit.kind === 'entity' ? (
              <PopupEntityEntry
                key={`e-${hit.entity.id}`}
                entity={hit.entity}
                ctx={entries(`entity:${hit.entity.id}`)}
              />
            ) : (
              <PopupClaimEntry
                key={`c-${hit.claim.id}`}
                claim={hit.claim}
                ctx={entries(`claim:${hit.claim.id}`)}
              />
            ),
          )}
        </ul>
      )}
      {more > 0 && (
        <button type="button" class="btn btn-small show-more" onClick={onShowMore}>
          Show {Math.min(more, SEARCH_PAGE)} more
          <span class="visually-hidden"> of {more} remaining</span>
        </button>
      )}
    </section>
  );
}
