import type { CitationFormat } from '../utils/citation/format';
import type { IndexLookup, ResolvedCitation } from '../utils/index/lookup';
import type { Claim, Entity } from '../utils/index/types';
import { FormatMenu } from './FormatMenu';
import { PopupCitationList } from './PopupCitation';
import { PopupItem } from './PopupItem';

const TYPE_LABEL: Record<Entity['type'], string> = {
  person: 'Person',
  organization: 'Organization',
  product: 'Product',
  project: 'Project',
  government: 'Government',
  event: 'Event',
  law: 'Law',
  place: 'Place',
};

const CLAIM_KIND_LABEL: Record<Claim['kind'], string> = {
  'reported-fact': 'Reported fact',
  assertion: 'Assertion',
  denial: 'Denial',
  analysis: 'Analysis',
};

/** What an entry needs from its list: the index, open state, and the copy and jump actions. */
export interface PopupEntryContext {
  /** Index lookups. */
  lookup: IndexLookup;
  /** Ids ("entity:x", "claim:y") of the open entries. */
  expanded: ReadonlySet<string>;
  /** Opens or closes an entry by key. */
  onToggle: (key: string) => void;
  /** Copies citations (one, or all of an entry) in the chosen format. */
  onCopy: (cites: ResolvedCitation[], what: string) => void;
  /** Scrolls the page to the item and opens its card; absent in search results off the page. */
  onJump?: (kind: 'entity' | 'claim', id: string, name: string) => void;
  /** The chosen citation format's name. */
  formatLabel: string;
  /** The chosen citation format. */
  format: CitationFormat;
  /** Chooses another citation format. */
  onFormat: (format: CitationFormat) => void;
}

/** Claim tags: how many sources report it, whether it is disputed. */
export function claimTags(claim: Claim): { text: string; tone?: 'warn' | 'ok' | 'info' }[] {
  const sources = new Set(claim.citations.map((c) => c.article)).size;
  const tags: { text: string; tone?: 'warn' | 'ok' | 'info' }[] = [];
  if (sources > 1) tags.push({ text: `${sources} sources`, tone: 'ok' });
  if (claim.disputedBy.length) tags.push({ text: 'Disputed', tone: 'warn' });
  return tags;
}

/** An entity: its description and the claims (with citations) that name it. */
export interface PopupEntityEntryProps {
  /** The entity. */
  entity: Entity;
  /** Mentions on the page, if listed from the page. */
  count?: number;
  /** Shared list context. */
  ctx: PopupEntryContext;
}

export function PopupEntityEntry({ entity, count, ctx }: PopupEntityEntryProps) {
  const key = `entity:${entity.id}`;
  const expanded = ctx.expanded.has(key);
  const claims = expanded ? ctx.lookup.claimsOf(entity.id) : [];
  const all = claims.flatMap((claim) => ctx.lookup.citationsOf(claim));
  const copyOne = (cite: ResolvedCitation) => ctx.onCopy([cite], cite.article.outlet);
  return (
    <PopupItem
      title={entity.name}
      subtitle={TYPE_LABEL[entity.type]}
      count={count}
      expanded={expanded}
      onToggle={() => ctx.onToggle(key)}
      testId={`entity-${entity.id}`}
      actions={
        <>
          {ctx.onJump && (
            <button
              type="button"
              class="btn btn-small"
              onClick={() => ctx.onJump?.('entity', entity.id, entity.name)}
            >
              Jump to it<span class="visually-hidden"> on the page: {entity.name}</span>
            </button>
          )}
          {all.length > 0 && (
            <button
              type="button"
              class="btn btn-small"
              onClick={() => ctx.onCopy(all, entity.name)}
            >
              Copy all citations
              <span class="visually-hidden">
                {' '}
                for {entity.name} ({ctx.formatLabel})
              </span>
            </button>
          )}
          {all.length > 0 && (
            <FormatMenu format={ctx.format} onFormat={ctx.onFormat} what={entity.name} />
          )}
        </>
      }
    >
      <p class="item-desc">{entity.description}</p>
      {claims.length === 0 && <p class="muted">No claims in the index name it.</p>}
      {claims.map((claim) => (
        <section key={claim.id} class="sub-claim" aria-label={claim.text}>
          <p class="sub-claim-text">
            {claim.text}
            {claimTags(claim).map((tag) => (
              <span key={tag.text} class={`tag tag-${tag.tone ?? 'info'}`}>
                {tag.text}
              </span>
            ))}
          </p>
          <PopupCitationList
            cites={ctx.lookup.citationsOf(claim)}
            onCopy={copyOne}
            formatLabel={ctx.formatLabel}
          />
        </section>
      ))}
    </PopupItem>
  );
}

/** A claim: its citations and the claims that dispute or answer it. */
export interface PopupClaimEntryProps {
  /** The claim. */
  claim: Claim;
  /** Mentions on the page, if listed from the page. */
  count?: number;
  /** Shared list context. */
  ctx: PopupEntryContext;
}

export function PopupClaimEntry({ claim, count, ctx }: PopupClaimEntryProps) {
  const key = `claim:${claim.id}`;
  const expanded = ctx.expanded.has(key);
  const cites = expanded ? ctx.lookup.citationsOf(claim) : [];
  const related = (ids: string[]) =>
    ids.flatMap((id) => {
      const other = ctx.lookup.claim(id);
      return other ? [other] : [];
    });
  const disputedBy = related(claim.disputedBy);
  const disputes = related(claim.disputes);
  return (
    <PopupItem
      title={claim.text}
      subtitle={CLAIM_KIND_LABEL[claim.kind]}
      count={count}
      tags={claimTags(claim)}
      expanded={expanded}
      onToggle={() => ctx.onToggle(key)}
      testId={`claim-${claim.id}`}
      actions={
        <>
          {ctx.onJump && (
            <button
              type="button"
              class="btn btn-small"
              onClick={() => ctx.onJump?.('claim', claim.id, 'the claim')}
            >
              Jump to it<span class="visually-hidden"> on the page</span>
            </button>
          )}
          {claim.citations.length > 0 && (
            <button type="button" class="btn btn-small" onClick={() => ctx.onCopy(cites, 'claim')}>
              Copy {cites.length > 1 ? 'all citations' : 'citation'}
              <span class="visually-hidden"> ({ctx.formatLabel})</span>
            </button>
          )}
          {claim.citations.length > 0 && (
            <FormatMenu format={ctx.format} onFormat={ctx.onFormat} what="the claim" />
          )}
        </>
      }
    >
      <PopupCitationList
        cites={cites}
        onCopy={(cite) => ctx.onCopy([cite], cite.article.outlet)}
        formatLabel={ctx.formatLabel}
      />
      {disputedBy.length > 0 && (
        <div class="relations">
          <p class="relations-label">Disputed by</p>
          <ul>
            {disputedBy.map((other) => (
              <li key={other.id}>{other.text}</li>
            ))}
          </ul>
        </div>
      )}
      {disputes.length > 0 && (
        <div class="relations">
          <p class="relations-label">Disputes</p>
          <ul>
            {disputes.map((other) => (
              <li key={other.id}>{other.text}</li>
            ))}
          </ul>
        </div>
      )}
    </PopupItem>
  );
}
