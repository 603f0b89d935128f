/**
 * Read-only views of the index that the cards, the popup and the index page share: lookups by id, the
 * citations behind an entity or a claim, grouping of what a page mentions, and the
 * source-by-claim matrix.
 */

import { type Attribution, attribution } from '../citation/attribution';
import type { PageState } from '../messaging';
import type { HighlightKind } from '../settings/types';
import type { Article, Citation, Claim, CompiledIndex, Entity, EntityType } from './types';

export type EntityGroup = Exclude<HighlightKind, 'claim'>;

/** Entity groups in display order, with headings. */
export const ENTITY_GROUPS: readonly { id: EntityGroup; heading: string }[] = [
  { id: 'person', heading: 'People' },
  { id: 'organization', heading: 'Organizations' },
  { id: 'project', heading: 'Projects' },
  { id: 'government', heading: 'Government' },
  { id: 'other', heading: 'Other' },
];

/** The group (and highlight kind) of an entity type; products, events, laws, places are "other". */
export function entityGroup(type: EntityType): EntityGroup {
  switch (type) {
    case 'person':
    case 'organization':
    case 'project':
    case 'government':
      return type;
    default:
      return 'other';
  }
}

/** A citation with its article resolved. */
export interface ResolvedCitation {
  citation: Citation;
  article: Article;
  claim: Claim;
  /** Who published the words, and what of it is verified. */
  attribution: Attribution;
}

export interface IndexLookup {
  index: CompiledIndex;
  entity(id: string): Entity | undefined;
  claim(id: string): Claim | undefined;
  article(id: string): Article | undefined;
  /** The claims that name an entity, in index order. */
  claimsOf(entityId: string): Claim[];
  /** A claim's citations with their articles (citations of unknown articles are skipped). */
  citationsOf(claim: Claim): ResolvedCitation[];
  /** The claims an article is cited for. */
  claimsIn(articleId: string): Claim[];
}

export function createLookup(index: CompiledIndex): IndexLookup {
  const entities = new Map(index.entities.map((e) => [e.id, e]));
  const claims = new Map(index.claims.map((c) => [c.id, c]));
  const articles = new Map(index.articles.map((a) => [a.id, a]));
  const articleOf = (id: string) => articles.get(id);
  return {
    index,
    entity: (id) => entities.get(id),
    claim: (id) => claims.get(id),
    article: articleOf,
    claimsOf: (entityId) => index.claims.filter((c) => c.entities.includes(entityId)),
    citationsOf: (claim) =>
      claim.citations.flatMap((citation) => {
        const article = articles.get(citation.article);
        return article
          ? [{ citation, article, claim, attribution: attribution(citation, article, articleOf) }]
          : [];
      }),
    claimsIn: (articleId) =>
      index.claims.filter((c) => c.citations.some((cite) => cite.article === articleId)),
  };
}

export interface PageEntityItem {
  entity: Entity;
  count: number;
}

export interface PageClaimItem {
  claim: Claim;
  count: number;
}

export interface GroupedPage {
  groups: { id: EntityGroup; heading: string; items: PageEntityItem[] }[];
  claims: PageClaimItem[];
  /** Entities and claims in total. */
  total: number;
}

/**
 * What a page mentions, grouped for the popup: non-empty groups only, most mentioned first,
 * ids the index does not know are dropped.
 */
export function groupPageState(
  lookup: IndexLookup,
  state: Pick<PageState, 'entities' | 'claims'>,
): GroupedPage {
  const byGroup = new Map<EntityGroup, PageEntityItem[]>();
  for (const { entityId, count } of state.entities) {
    const entity = lookup.entity(entityId);
    if (!entity || count <= 0) continue;
    const group = entityGroup(entity.type);
    byGroup.set(group, [...(byGroup.get(group) ?? []), { entity, count }]);
  }
  const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
  const groups = ENTITY_GROUPS.flatMap(({ id, heading }) => {
    const items = byGroup.get(id);
    return items?.length ? [{ id, heading, items: items.sort(byCount) }] : [];
  });
  const claims = state.claims
    .flatMap(({ claimId, count }) => {
      const claim = lookup.claim(claimId);
      return claim && count > 0 ? [{ claim, count }] : [];
    })
    .sort(byCount);
  const total = groups.reduce((n, g) => n + g.items.length, 0) + claims.length;
  return { groups, claims, total };
}

export interface MatrixRow {
  claim: Claim;
  /** One entry per matrix column (article), the quotes the article gives for the claim. */
  cells: Citation[][];
  /** How many independent reports stand behind the claim (relays do not count). */
  sources: number;
  corroborated: boolean;
  disputed: boolean;
}

/**
 * Rows are claims, columns are the source documents. A claim with two or more independent
 * reports is corroborated (outlets that relay another's reporting do not count); one that another claim disputes, or that itself disputes another, is disputed.
 * Rows are ordered by how many sources report the claim.
 */
export function sourceClaimMatrix(index: CompiledIndex): {
  columns: Article[];
  rows: MatrixRow[];
} {
  const columns = index.articles;
  const rows: MatrixRow[] = index.claims.map((claim) => {
    const cells = columns.map((article) =>
      claim.citations.filter((cite) => cite.article === article.id),
    );
    const sources = claim.origins.length;
    return {
      claim,
      cells,
      sources,
      corroborated: sources >= 2,
      disputed: claim.disputedBy.length > 0 || claim.disputes.length > 0,
    };
  });
  // Most widely reported first, so corroborated claims lead; ties keep the index order.
  rows.sort((a, b) => b.sources - a.sources);
  return { columns, rows };
}
