/** CSL-JSON items for cited passages (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
import { dateParts, localDayParts } from './dates';
import { type CitationInput, describe, passage, sentence } from './describe';

/** Splits "Emily Baker-White" into family "Baker-White", given "Emily". */
export function splitName(name: string): { family: string; given?: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return { family: parts[0] ?? '' };
  return { family: parts[parts.length - 1] ?? '', given: parts.slice(0, -1).join(' ') };
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  author?: ({ family: string; given?: string } | { literal: string })[];
  issued?: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  URL?: string;
  note: string;
}

/** A short stable id part for a quote (FNV-1a). */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** One passage's item; its id names the article, the claim and the quote. */
export function cslItem(input: CitationInput, id?: string): CslItem {
  const { article, citation, claim, pageUrl } = input;
  const d = describe(input);
  const parts = dateParts(article.published);
  const note = [passage(d), ...d.notes];
  if (claim) note.push(`Claim: ${sentence(claim.text)}`);
  if (d.sources) note.push(`Sources: ${d.sources}.`);
  if (pageUrl) note.push(`Seen on ${pageUrl}.`);
  const item: CslItem = {
    id: id ?? `${article.id}/${claim ? `${claim.id}/` : ''}${hash(citation.quote)}`,
    type: 'article-newspaper',
    title: article.headline,
    'container-title': d.outletCredit,
    accessed: { 'date-parts': [localDayParts(input.accessed)] },
    note: note.join(' '),
  };
  if (article.authors.length) item.author = article.authors.map(splitName);
  if (parts.length) item.issued = { 'date-parts': [parts] };
  if (d.url) item.URL = d.url;
  return item;
}
