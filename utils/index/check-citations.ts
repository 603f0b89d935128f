/**
 * The compiler's checks on provenance: every quote stands in its document with a selector that
 * resolves, every citation says whose reporting it is, and every outlet named on a card comes from
 * its (verified) article record.
 */

import {
  literalOutletNames,
  type OutletName,
  outletNames,
  outletPlaceholders,
} from './outlet-names';
import type { DataProblem } from './problems';
import type { ArticleInput, BackgroundInput, ClaimInput, EntityInput } from './schema';
import { resolveSelector, selectQuote } from './selectors';
import type { TextQuoteSelector } from './types';

/** Selectors by claim id, then citation position; `original` for a citation's originalWording. */
export type SelectorTable = Map<string, { own: TextQuoteSelector; original?: TextQuoteSelector }[]>;

function locate(
  documents: ReadonlyMap<string, string>,
  article: ArticleInput | undefined,
  quote: string,
  where: { id: string; field: string },
  problems: DataProblem[],
): TextQuoteSelector | undefined {
  if (!article) return undefined;
  const text = documents.get(article.document);
  const fail = (message: string) => problems.push({ file: 'claims.json', ...where, message });
  if (text === undefined) {
    fail(`document ${article.document} of article “${article.id}” is missing`);
    return undefined;
  }
  const selector = selectQuote(text, quote);
  if (selector === 'not found verbatim') {
    fail(`quote not found verbatim in ${article.document}: “${quote.slice(0, 80)}”`);
    return undefined;
  }
  if (!resolveSelector(text, selector)) {
    fail(`the quote's selector does not resolve to one passage of ${article.document}`);
    return undefined;
  }
  return selector;
}

/** Checks derivations and quotes; returns each citation's selectors. */
export function checkCitations(
  articles: ArticleInput[],
  claims: ClaimInput[],
  documents: ReadonlyMap<string, string>,
  problems: DataProblem[],
): SelectorTable {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const table: SelectorTable = new Map();
  for (const claim of claims) {
    const rows: { own: TextQuoteSelector; original?: TextQuoteSelector }[] = [];
    claim.citations.forEach((citation, i) => {
      const field = `citations.${i}`;
      const fail = (sub: string, message: string) =>
        problems.push({ file: 'claims.json', id: claim.id, field: `${field}.${sub}`, message });
      const { derivedFrom, originalWording } = citation;
      if (derivedFrom !== null && !byId.has(derivedFrom))
        fail('derivedFrom', `unknown article “${derivedFrom}”`);
      if (derivedFrom === citation.article)
        fail(
          'derivedFrom',
          'an article cannot be derived from itself; use null for its own reporting',
        );
      const article = byId.get(citation.article);
      if (article && citation.statedOn === article.published)
        fail('statedOn', 'is the publication date: give it only when the statement is older');
      const own = locate(
        documents,
        byId.get(citation.article),
        citation.quote,
        { id: claim.id, field: `${field}.quote` },
        problems,
      );
      let original: TextQuoteSelector | undefined;
      if (originalWording) {
        const source = byId.get(originalWording.article);
        if (!source)
          fail('originalWording.article', `unknown article “${originalWording.article}”`);
        else if (source.fidelity.kind !== 'original')
          fail('originalWording.article', `“${source.id}” is not in original wording`);
        original = locate(
          documents,
          source,
          originalWording.quote,
          { id: claim.id, field: `${field}.originalWording.quote` },
          problems,
        );
      }
      if (own) rows.push(original ? { own, original } : { own });
    });
    table.set(claim.id, rows);
  }
  return table;
}

/** Card strings: literal outlet names are rejected, placeholders must name a verified outlet. */
export function checkOutletNames(
  articles: ArticleInput[],
  entities: EntityInput[],
  claims: ClaimInput[],
  problems: DataProblem[],
): void {
  const names = outletNames(articles, entities);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const check = (
    file: string,
    id: string,
    field: string,
    text: string,
    ownNames: readonly OutletName[] = names,
  ) => {
    const said = new Set(
      literalOutletNames(text, ownNames).map((n) => `${n.article}\u0000${n.text}`),
    );
    for (const key of said) {
      const [article, name] = key.split('\u0000') as [string, string];
      problems.push({
        file,
        id,
        field,
        message: `names the outlet “${name}” by hand; write {outlet:${article}} so the card takes it from the article record`,
      });
    }
    for (const articleId of outletPlaceholders(text)) {
      const article = byId.get(articleId);
      if (!article) problems.push({ file, id, field, message: `unknown article “${articleId}”` });
      else if (!article.verified.includes('outlet'))
        problems.push({
          file,
          id,
          field,
          message: `the outlet of “${articleId}” is unverified: leave it out of the text (citations credit it, marked unverified)`,
        });
    }
  };
  const backgrounds = (
    file: string,
    id: string,
    list: BackgroundInput[],
    ownNames: readonly OutletName[] = names,
  ) => {
    list.forEach((b, i) => {
      check(file, id, `background.${i}.text`, b.text, ownNames);
    });
  };
  for (const claim of claims) {
    check('claims.json', claim.id, 'text', claim.text);
    backgrounds('claims.json', claim.id, claim.background);
  }
  for (const entity of entities) {
    // An outlet's own card may say its own name.
    const others = names.filter((n) => n.entity !== entity.id);
    check('entities.json', entity.id, 'description', entity.description, others);
    backgrounds('entities.json', entity.id, entity.background, others);
  }
}
