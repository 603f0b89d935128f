/**
 * Outlets are named on cards only from their article records: a card string (claim text, entity
 * description, background) writes `{outlet:<article id>}`, and the compiler puts in the record's
 * outlet, which must be verified. A literal outlet name, or a placeholder for an outlet the record
 * does not verify, is a data problem.
 */
import type { ArticleInput, EntityInput } from './schema';

const PLACEHOLDER = /\{outlet:([a-z0-9-]+)\}/g;

export interface OutletName {
  /** The article whose outlet this is. */
  article: string;
  /** The entity that stands for the outlet, if any. */
  entity: string | null;
  text: string;
  caseSensitive: boolean;
}

const bare = (outlet: string) => outlet.replace(/\s*\(.*\)\s*$/, '');
const inParentheses = (outlet: string) => /\(([^)]+)\)\s*$/.exec(outlet)?.[1];

/** Every name under which an article's outlet might be written: the record's, and its entity's. */
export function outletNames(articles: ArticleInput[], entities: EntityInput[]): OutletName[] {
  const names: OutletName[] = [];
  for (const article of articles) {
    const own = [article.outlet, bare(article.outlet), inParentheses(article.outlet)].filter(
      (n): n is string => Boolean(n),
    );
    const lower = new Set(own.map((n) => n.toLowerCase()));
    const entity = entities.find((e) =>
      [e.name, ...e.aliases.map((a) => a.text)].some((n) => lower.has(n.toLowerCase())),
    );
    for (const text of own)
      names.push({ article: article.id, entity: entity?.id ?? null, text, caseSensitive: false });
    if (entity) {
      names.push({
        article: article.id,
        entity: entity.id,
        text: entity.name,
        caseSensitive: false,
      });
      for (const alias of entity.aliases)
        names.push({
          article: article.id,
          entity: entity.id,
          text: alias.text,
          caseSensitive: alias.caseSensitive === true,
        });
    }
  }
  return names;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The outlet names written literally in `text` (placeholders removed first). */
export function literalOutletNames(text: string, names: readonly OutletName[]): OutletName[] {
  const plain = text.replace(PLACEHOLDER, ' ');
  return names.filter(({ text: name, caseSensitive }) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`,
      caseSensitive ? 'u' : 'iu',
    ).test(plain),
  );
}

/** The article ids of the placeholders in `text`. */
export function outletPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/** `text` with each placeholder replaced by its article's outlet. */
export function fillOutlets(
  text: string,
  outletOf: (articleId: string) => string | undefined,
): string {
  return text.replace(PLACEHOLDER, (whole, id: string) => outletOf(id) ?? whole);
}
