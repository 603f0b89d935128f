/**
 * What `npm run index -- check` reports per document, and the skeleton article record
 * `npm run index -- add` prints for a new one. Pure.
 */
import { findQuote } from './selectors';
import type { Article, CompiledIndex } from './types';

export interface DocumentCoverage {
  article: string;
  document: string;
  outlet: string;
  fidelity: Article['fidelity']['kind'];
  claims: number;
  quotes: number;
  /** Quotes of the article's own reporting, and those relaying another article's. */
  own: number;
  relayed: number;
  /** Quotes with a statement date that differs from publication. */
  dated: number;
  /** Share of the document's characters inside some quote, 0..1. */
  covered: number;
  /** Article metadata not verified against the original. */
  unverified: string[];
}

export function documentCoverage(
  index: CompiledIndex,
  documents: ReadonlyMap<string, string>,
): DocumentCoverage[] {
  return index.articles.map((article) => {
    const cites = index.claims.flatMap((c) =>
      c.citations.filter((q) => q.article === article.id).map((q) => ({ claim: c.id, q })),
    );
    const text = documents.get(article.document) ?? '';
    const inQuote = new Uint8Array(text.length);
    for (const { q } of cites)
      for (const [start, end] of findQuote(text, q.quote).slice(0, 1)) inQuote.fill(1, start, end);
    const letters = text.replace(/\s/g, '').length || 1;
    let covered = 0;
    for (let i = 0; i < text.length; i++)
      if (inQuote[i] && !/\s/.test(text[i] as string)) covered++;
    const fields = ['outlet', 'headline', 'authors', 'published', 'url'] as const;
    return {
      article: article.id,
      document: article.document,
      outlet: article.outlet,
      fidelity: article.fidelity.kind,
      claims: new Set(cites.map((c) => c.claim)).size,
      quotes: cites.length,
      own: cites.filter((c) => c.q.derivedFrom === null).length,
      relayed: cites.filter((c) => c.q.derivedFrom !== null).length,
      dated: cites.filter((c) => c.q.statedOn).length,
      covered: covered / letters,
      unverified: fields.filter(
        (f) => !article.verified.includes(f) && (f !== 'url' || article.url !== null),
      ),
    };
  });
}

export function formatCoverage(rows: readonly DocumentCoverage[]): string {
  const lines = ['Coverage per document'];
  for (const r of rows) {
    lines.push(
      `  ${r.document} ${r.article} (${r.outlet}; ${r.fidelity}): ${r.claims} claims, ${r.quotes} quotes (${r.own} own, ${r.relayed} relayed, ${r.dated} dated), ${Math.round(r.covered * 100)}% of the text quoted${r.unverified.length ? `; unverified: ${r.unverified.join(', ')}` : ''}`,
    );
  }
  return lines.join('\n');
}

/** A record to fill in for a new document; everything unknown is left for the curator. */
export function skeletonArticle(documentName: string, text: string) {
  const title =
    text
      .split(/\r?\n/)
      .find((line) => line.trim().length > 0)
      ?.trim() ?? '';
  const id = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .split('-')
    .filter(Boolean)
    .slice(0, 4)
    .join('-');
  return {
    id: id || 'new-article',
    document: documentName,
    outlet: 'FILL IN: the outlet of the original',
    headline: title,
    titleInDocument: title,
    authors: [],
    published: 'YYYY-MM-DD',
    url: null,
    verified: [],
    fidelity: {
      kind: 'original | machine-translated | synonym-spun | summary',
      note: 'How the text we hold differs from the publication.',
    },
  };
}
