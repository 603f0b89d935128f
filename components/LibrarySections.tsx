import { fidelityBadge, isVerified, verifiedUrl } from '../utils/citation/attribution';
import { formatPublished } from '../utils/citation/dates';
import type { IndexLookup } from '../utils/index/lookup';
import type { Article, Claim, Entity } from '../utils/index/types';
import { LibraryQuote } from './LibraryCitations';

/** All entities, as a definition list. */
export interface LibraryEntitiesProps {
  /** Entities to show (all, or search results). */
  entities: Entity[];
  /** Index lookups, for claim counts. */
  lookup: IndexLookup;
}

export function LibraryEntities({ entities, lookup }: LibraryEntitiesProps) {
  if (!entities.length) return <p class="muted">No entities match.</p>;
  return (
    <ul class="lib-entities">
      {entities.map((entity) => (
        <li key={entity.id} id={`entity-${entity.id}`} class="lib-card">
          <h3 class="lib-card-title">
            {entity.name} <span class="tag">{entity.type}</span>{' '}
            <span
              class="tag"
              data-testid="entity-scope"
              title={
                entity.scope === 'story'
                  ? 'Part of the story: marked wherever a page mentions it'
                  : 'Involved in the story: marked only on pages about it'
              }
            >
              {entity.scope === 'story' ? 'story' : 'general'}
            </span>
          </h3>
          <p>{entity.description}</p>
          {entity.aliases.length > 1 && (
            <p class="muted">
              Also:{' '}
              {entity.aliases
                .slice(1)
                .map((a) => a.text)
                .join(', ')}
            </p>
          )}
          <p class="muted">
            {lookup.claimsOf(entity.id).length}{' '}
            {lookup.claimsOf(entity.id).length === 1 ? 'claim' : 'claims'}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** All claims with their quotes. */
export interface LibraryClaimsProps {
  /** Claims to show (all, or search results). */
  claims: Claim[];
  /** Index lookups, for articles and related claims. */
  lookup: IndexLookup;
}

export function LibraryClaims({ claims, lookup }: LibraryClaimsProps) {
  if (!claims.length) return <p class="muted">No claims match.</p>;
  return (
    <ol class="lib-claims">
      {claims.map((claim) => {
        const disputedBy = claim.disputedBy.map((id) => lookup.claim(id)).filter(Boolean);
        return (
          <li key={claim.id} id={`claim-${claim.id}`} class="lib-card">
            <h3 class="lib-card-title lib-claim-text">{claim.text}</h3>
            <p class="lib-tags">
              <span class="tag">{claim.kind.replace('-', ' ')}</span>
              {claim.origins.length > 1 && (
                <span class="tag tag-ok">{claim.origins.length} independent reports</span>
              )}
              {claim.disputedBy.length > 0 && <span class="tag tag-warn">Disputed</span>}
            </p>
            <ul class="lib-quotes">
              {lookup.citationsOf(claim).map((cite) => (
                <LibraryQuote
                  key={`${cite.article.id}/${cite.citation.quote}`}
                  quote={cite.citation.quote}
                  attribution={cite.attribution}
                />
              ))}
            </ul>
            {disputedBy.length > 0 && (
              <p class="muted">
                Disputed by:{' '}
                {disputedBy.map((other, i) => (
                  <span key={other?.id}>
                    {i > 0 && '; '}
                    <a href={`#claim-${other?.id}`}>{other?.text}</a>
                  </span>
                ))}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** The source documents, each with its metadata and the claims it is cited for. */
export interface LibrarySourcesProps {
  /** The articles. */
  articles: Article[];
  /** Index lookups. */
  lookup: IndexLookup;
}

export function LibrarySources({ articles, lookup }: LibrarySourcesProps) {
  return (
    <ul class="lib-sources">
      {articles.map((article) => {
        const url = verifiedUrl(article);
        const claims = lookup.claimsIn(article.id);
        const reprint = fidelityBadge(article.fidelity.kind);
        const unverified = (['outlet', 'headline', 'authors', 'published', 'url'] as const).filter(
          (f) => !isVerified(article, f) && (f !== 'url' || article.url),
        );
        return (
          <li key={article.id} id={`source-${article.id}`} class="lib-card">
            <h3 class="lib-card-title">
              {url ? (
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {article.headline}
                </a>
              ) : (
                article.headline
              )}
            </h3>
            <p class="muted">
              {article.outlet} · {formatPublished(article.published)}
              {article.authors.length > 0 && ` · ${article.authors.join(', ')}`}
            </p>
            <p class="lib-tags">
              {reprint && <span class="tag tag-warn">{reprint}</span>}
              {unverified.length > 0 && (
                <span class="tag">
                  Unverified: {unverified.join(', ').replace('published', 'date')}
                </span>
              )}
            </p>
            <details>
              <summary>
                {claims.length} {claims.length === 1 ? 'claim' : 'claims'} cited from this source
              </summary>
              <ul>
                {claims.map((claim) => (
                  <li key={claim.id}>
                    <a href={`#claim-${claim.id}`}>{claim.text}</a>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
