/** Turns validated input records into the shipped ones: outlets filled in, links and provenance derived. */
import type { SelectorTable } from './check-citations';
import { claimStatus, origins } from './provenance';
import type { ClaimInput, EntityInput } from './schema';
import type { Alias, Article, Background, Citation, Claim, Entity } from './types';

export type Fill = (text: string) => string;

const fillBackground = (list: Background[], fill: Fill): Background[] =>
  list.map((b) => ({ ...b, text: fill(b.text) }));

/** The canonical name comes first; an alias entry for it (a dangerous name like Lark) sets its rule. */
export function compileEntity(entity: EntityInput, fill: Fill): Entity {
  const isName = (a: Alias) => a.text.toLowerCase() === entity.name.toLowerCase();
  const canonical: Alias = entity.aliases.find(isName) ?? {
    text: entity.name,
    caseSensitive: false,
    when: 'always',
  };
  // Curators' notes explain a rule to reviewers; the shipped index has no use for them.
  const aliases = [canonical, ...entity.aliases.filter((a) => !isName(a))].map(
    ({ note: _note, ...alias }) => alias,
  );
  return {
    ...entity,
    description: fill(entity.description),
    background: fillBackground(entity.background, fill),
    aliases,
  };
}

export function compileClaim(
  claim: ClaimInput,
  articles: ReadonlyMap<string, Article>,
  selectors: SelectorTable,
  links: Record<'disputedBy' | 'answeredBy' | 'confirmedBy', Map<string, string[]>>,
  fill: Fill,
): Claim {
  const rows = selectors.get(claim.id) ?? [];
  const citations = claim.citations.map((input, i): Citation => {
    const { originalWording, ...rest } = input;
    const row = rows[i];
    const citation: Citation = {
      ...rest,
      origin: input.derivedFrom ?? input.article,
      selector: row?.own ?? {
        type: 'TextQuoteSelector',
        exact: input.quote,
        prefix: '',
        suffix: '',
      },
    };
    if (originalWording && row?.original)
      citation.originalWording = { ...originalWording, selector: row.original };
    return citation;
  });
  const base = {
    ...claim,
    text: fill(claim.text),
    background: fillBackground(claim.background, fill),
    citations,
    disputedBy: links.disputedBy.get(claim.id) ?? [],
    answeredBy: links.answeredBy.get(claim.id) ?? [],
    confirmedBy: links.confirmedBy.get(claim.id) ?? [],
    ...origins(citations, articles),
  };
  return { ...base, status: claimStatus(base) };
}
