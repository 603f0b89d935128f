import type { PageEntries } from '../utils/popup/page-entries';
import type { SiteStatus } from '../utils/settings/sites';
import { PopupClaimEntry, PopupEntityEntry, type PopupEntryContext } from './PopupEntries';

/**
 * "On this page": the active tab's names, then its claims, each most mentioned first, or why
 * there are none. A row says its kind once; there are no headings per kind to repeat it.
 */
export interface PopupPageListProps {
  /** What the page reported, ordered by prominence; null while loading. */
  page: PageEntries | null;
  /** The page's status; only "on" lists anything. */
  status: SiteStatus | 'unsupported' | 'loading';
  /** Shared entry context (index, open entries, actions). */
  ctx: PopupEntryContext;
}

function Empty({ status, page }: Pick<PopupPageListProps, 'status' | 'page'>) {
  let title: string;
  let detail: string;
  switch (status) {
    case 'loading':
      return (
        <p class="empty" role="status">
          Reading the page…
        </p>
      );
    case 'unsupported':
      title = 'Fact Cards doesn’t run on this page';
      detail = 'It works on web pages (http and https), not on browser pages or the Web Store.';
      break;
    case 'site-off':
      title = 'Fact Cards is off for this site';
      detail = 'Turn on “On for this site” above to see what this page mentions.';
      break;
    case 'paused':
      title = 'Fact Cards is paused everywhere';
      detail = 'Turn off “Pause everywhere” above to resume.';
      break;
    default:
      if (page && page.total > 0) return null;
      title = 'Nothing from the index on this page';
      detail = 'Search above to look up a person, organization or claim anyway.';
  }
  return (
    <div class="empty" data-testid="page-empty">
      <p class="empty-title">{title}</p>
      <p class="muted">{detail}</p>
    </div>
  );
}

export function PopupPageList({ page, status, ctx }: PopupPageListProps) {
  const showList = status === 'on' && page !== null && page.total > 0;
  return (
    <section class="panel-section" aria-labelledby="page-heading" data-testid="page-list">
      <h2 id="page-heading" class="section-heading">
        On this page
        {showList && <span class="section-count">{page.total}</span>}
      </h2>
      <Empty status={status} page={page} />
      {showList && page.entities.length > 0 && (
        <section class="group" aria-labelledby="group-names">
          <h3 id="group-names" class="group-heading">
            Names
          </h3>
          <ul class="items">
            {page.entities.map(({ entity, count }) => (
              <PopupEntityEntry key={entity.id} entity={entity} count={count} ctx={ctx} />
            ))}
          </ul>
        </section>
      )}
      {showList && page.claims.length > 0 && (
        <section class="group" aria-labelledby="group-claims">
          <h3 id="group-claims" class="group-heading">
            Claims
          </h3>
          <ul class="items">
            {page.claims.map(({ claim, count }) => (
              <PopupClaimEntry key={claim.id} claim={claim} count={count} ctx={ctx} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
