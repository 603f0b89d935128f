/**
 * Citations of a quote from the index in four formats. Hand-written rather than citation-js,
 * which is far too large for the popup. Every format says whose words the passage is (in
 * quotation marks only when it is the outlet's own wording; an altered copy's words are credited
 * to the copy), carries the outlet, headline, authors, publication date, the original's URL when
 * it is verified (with a text-fragment link to the passage where the wording is the original's),
 * whose reporting a relay passes on, the claim's independent-origin count and the access date.
 * Metadata the index does not verify is kept but named as unverified; an unverified URL is left
 * out (a wrong link is worse than none). Keys and ids are unique within one copied list.
 */
import { bibtexKey, formatBibtex } from './bibtex';
import { cslItem, hash } from './csl';
import { type CitationInput, describe, passage, sentence, uniqueKeys } from './describe';

export { isVerified, verifiedUrl } from './attribution';
export { bibtexKey, escapeBibtex } from './bibtex';
export { type CslItem, cslItem, splitName } from './csl';
export type { CitationInput } from './describe';

export type CitationFormat = 'plain' | 'markdown' | 'bibtex' | 'csl-json';

export const CITATION_FORMATS: readonly { id: CitationFormat; label: string }[] = [
  { id: 'plain', label: 'Plain text' },
  { id: 'markdown', label: 'Markdown' },
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'csl-json', label: 'CSL-JSON' },
];

function formatPlain(input: CitationInput): string {
  const { article, claim, pageUrl } = input;
  const d = describe(input);
  const source = [d.byline, `“${article.headline}”`, d.outletCredit, d.published].filter(Boolean);
  const lines = [passage(d), `— ${source.join(', ')}.${d.url ? ` ${d.url}` : ''}`, ...d.notes];
  if (claim) lines.push(`Claim: ${sentence(claim.text)}`);
  if (d.sources) lines.push(`Sources: ${d.sources}.`);
  lines.push(`Accessed ${d.accessed}${pageUrl ? ` on ${pageUrl}` : ''}.`);
  return lines.join('\n');
}

/** Escapes characters Markdown would read as formatting. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

function markdownUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function formatMarkdown(input: CitationInput): string {
  const { article, claim, pageUrl } = input;
  const d = describe(input);
  const headline = escapeMarkdown(article.headline);
  const title = d.url ? `[“${headline}”](${markdownUrl(d.url)})` : `“${headline}”`;
  const source = [
    d.byline && escapeMarkdown(d.byline),
    title,
    `*${escapeMarkdown(d.outletCredit)}*`,
    d.published && escapeMarkdown(d.published),
  ].filter(Boolean);
  // A blockquote is for the outlet's own words; a copy's wording is a plain, labelled paragraph.
  const head = d.originalWording
    ? `${`“${d.quote}”`
        .split(/\r?\n/)
        .map((line) => `> ${escapeMarkdown(line)}`)
        .join('\n')}\n>\n> — ${source.join(', ')}`
    : `*${escapeMarkdown(d.wordingLabel ?? '')}:* ${escapeMarkdown(d.quote.replace(/\r?\n/g, ' '))}\n\n— ${source.join(', ')}`;
  const after = d.notes.map((note) =>
    note.startsWith('Passage: ') && d.fragmentUrl
      ? `[Passage in the original](${markdownUrl(d.fragmentUrl)}).`
      : escapeMarkdown(note),
  );
  if (claim) after.push(`Claim: ${escapeMarkdown(sentence(claim.text))}`);
  if (d.sources) after.push(`Sources: ${escapeMarkdown(d.sources)}.`);
  const where = pageUrl ? ` on <${pageUrl.replace(/[<>\s]/g, encodeURIComponent)}>` : '';
  after.push(`Accessed ${d.accessed}${where}.`);
  return `${head}\n\n${after.join(' ')}`;
}

/** The citation of one quote in the chosen format. */
export function formatCitation(input: CitationInput, format: CitationFormat): string {
  return formatCitations([input], format);
}

/**
 * Several citations in one text: separated by blank lines, or one CSL-JSON array. BibTeX keys
 * and CSL ids are unique within the text.
 */
export function formatCitations(inputs: CitationInput[], format: CitationFormat): string {
  switch (format) {
    case 'plain':
      return inputs.map(formatPlain).join('\n\n');
    case 'markdown':
      return inputs.map(formatMarkdown).join('\n\n');
    case 'bibtex': {
      const keys = uniqueKeys(inputs.map((i) => bibtexKey(i.article)));
      return inputs.map((input, i) => formatBibtex(input, keys[i])).join('\n\n');
    }
    case 'csl-json': {
      const ids = uniqueKeys(
        inputs.map(
          (i) => `${i.article.id}/${i.claim ? `${i.claim.id}/` : ''}${hash(i.citation.quote)}`,
        ),
      );
      return JSON.stringify(
        inputs.map((input, i) => cslItem(input, ids[i])),
        null,
        2,
      );
    }
  }
}
