/** Turns index records and a match into what a card shows. Pure. */
import type {
  BackgroundView,
  CitationView,
  ClaimCardView,
  ClaimView,
  EntityCardView,
  MatchView,
} from '../../components/types';
import {
  attribution,
  backgroundCredit,
  cardStatusLabel,
  sourcesLine,
} from '../citation/attribution';
import type { IndexLookup } from '../index/lookup';
import type { Background, Claim } from '../index/types';
import type { ClaimMatch, MatchHow, Mention } from '../match/types';
import { ENTITY_TYPE_LABEL } from './kinds';

const HOW_LABEL: Record<MatchHow, string> = {
  exact: 'Exact name',
  alias: 'Another name for it',
  fuzzy: 'Close spelling',
  'follow-up': 'Short form, after the full name',
};

export function mentionMatchView(mention: Mention): MatchView {
  return {
    text: mention.text,
    how: HOW_LABEL[mention.how],
    why: mention.why,
    score: mention.how === 'fuzzy' ? mention.score : null,
  };
}

export function claimMatchView(match: ClaimMatch): MatchView {
  return { text: match.sentence, how: 'Matching sentence', why: match.why, score: match.score };
}

function citationViews(claim: Claim, lookup: IndexLookup): CitationView[] {
  return claim.citations.flatMap((citation, i) => {
    const article = lookup.article(citation.article);
    if (!article) return [];
    return [
      {
        key: `${claim.id}#${i}`,
        quote: citation.quote,
        ...attribution(citation, article, lookup.article),
      },
    ];
  });
}

export function backgroundViews(list: readonly Background[] | undefined): BackgroundView[] {
  return (list ?? []).map((b) => {
    const checked = b.source.verified.includes('url');
    return {
      text: b.text,
      credit: backgroundCredit(b),
      url: checked ? b.source.url : null,
      unverifiedUrl: checked ? null : b.source.url,
    };
  });
}

export function claimView(
  claim: Claim,
  lookup: IndexLookup,
  onPage: ReadonlySet<string>,
): ClaimView {
  const refs = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const other = lookup.claim(id);
      return other ? [{ id, text: other.text }] : [];
    });
  const citations = citationViews(claim, lookup);
  return {
    id: claim.id,
    text: claim.text,
    kind: claim.kind,
    onPage: onPage.has(claim.id),
    sourceCount: claim.origins.length,
    sources: sourcesLine(claim, lookup.article),
    status: claim.status,
    statusLabel: cardStatusLabel(claim.status),
    citations,
    background: backgroundViews(claim.background),
    confirmedBy: refs(claim.confirmedBy),
    confirms: refs(claim.confirms),
    disputedBy: refs(claim.disputedBy),
    disputes: refs(claim.disputes),
    answeredBy: refs(claim.answeredBy),
    respondsTo: refs(claim.respondsTo),
  };
}

/**
 * An entity's claims, most relevant first: those whose sentences are on this page, then the
 * best-sourced, then those in a dispute (the reader wants both sides), then index order.
 */
export function rankClaims(
  claims: readonly Claim[],
  entityId: string,
  onPage: ReadonlySet<string>,
): Claim[] {
  return claims
    .map((claim, order) => ({ claim, order }))
    .filter(({ claim }) => claim.entities.includes(entityId))
    .sort((a, b) => {
      const page = Number(onPage.has(b.claim.id)) - Number(onPage.has(a.claim.id));
      if (page) return page;
      const cited = b.claim.citations.length - a.claim.citations.length;
      if (cited) return cited;
      const linked = (c: Claim) => c.disputedBy.length + c.disputes.length + c.answeredBy.length;
      return linked(b.claim) - linked(a.claim) || a.order - b.order;
    })
    .map(({ claim }) => claim);
}

export function entityCardView(
  mention: Mention,
  lookup: IndexLookup,
  onPage: ReadonlySet<string>,
): EntityCardView | null {
  const entity = lookup.entity(mention.entityId);
  if (!entity) return null;
  return {
    kind: 'entity',
    id: entity.id,
    name: entity.name,
    typeLabel: ENTITY_TYPE_LABEL[entity.type],
    description: entity.description,
    background: backgroundViews(entity.background),
    claims: rankClaims(lookup.index.claims, entity.id, onPage).map((c) =>
      claimView(c, lookup, onPage),
    ),
    match: mentionMatchView(mention),
  };
}

export function claimCardView(
  match: ClaimMatch,
  lookup: IndexLookup,
  onPage: ReadonlySet<string>,
): ClaimCardView | null {
  const claim = lookup.claim(match.claimId);
  if (!claim) return null;
  return { kind: 'claim', claim: claimView(claim, lookup, onPage), match: claimMatchView(match) };
}
