import type { CompiledIndex } from './types';

/** Quote marks and white space vary between copies of a text without changing its words. */
export function normalizeForQuoteCheck(text: string): string {
  return text
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface QuoteProblem {
  claimId: string;
  article: string;
  document: string;
  quote: string;
  reason: 'document missing' | 'not found verbatim';
}

/**
 * Every citation's quote must stand verbatim in its source document.
 * `documents` maps a document file name to its text.
 */
export function findUnverifiedQuotes(
  index: CompiledIndex,
  documents: ReadonlyMap<string, string>,
): QuoteProblem[] {
  const documentOf = new Map(index.articles.map((a) => [a.id, a.document]));
  const normalized = new Map<string, string>();
  for (const [name, text] of documents) normalized.set(name, normalizeForQuoteCheck(text));

  const problems: QuoteProblem[] = [];
  for (const claim of index.claims) {
    for (const { article, quote } of claim.citations) {
      const document = documentOf.get(article) ?? article;
      const text = normalized.get(document);
      if (text === undefined) {
        problems.push({ claimId: claim.id, article, document, quote, reason: 'document missing' });
      } else if (!text.includes(normalizeForQuoteCheck(quote))) {
        problems.push({
          claimId: claim.id,
          article,
          document,
          quote,
          reason: 'not found verbatim',
        });
      }
    }
  }
  return problems;
}
