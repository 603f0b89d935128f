/**
 * Citations of a quote from the index in four formats. Hand-written rather than citation-js,
 * which is far too large for the popup. Every format carries the outlet, headline, authors,
 * publication date, the original's URL when it is verified, the verbatim quote, whether the
 * quote comes from an altered reprint, and the access date. Metadata the index does not list as
 * verified is kept but named as unverified; an unverified URL is left out (a wrong link is worse
 * than none).
 */
import type { Article, Citation, Claim, Reprint } from '../index/types';
import {
  BIBTEX_MONTHS,
  dateParts,
  formatDateParts,
  formatPublished,
  isoDay,
  localDayParts,
} from './dates';

export type CitationFormat = 'plain' | 'markdown' | 'bibtex' | 'csl-json';

export const CITATION_FORMATS: readonly { id: CitationFormat; label: string }[] = [
  { id: 'plain', label: 'Plain text' },
  { id: 'markdown', label: 'Markdown' },
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'csl-json', label: 'CSL-JSON' },
];

export interface CitationInput {
  /** The claim the quote supports, if the citation is for a claim. */
  claim?: Claim;
  citation: Citation;
  article: Article;
  /** When the reader looked at it (the access date). */
  accessed: Date;
  /** The page the reader was on when copying, if any. */
  pageUrl?: string;
}

type MetaField = 'outlet' | 'headline' | 'authors' | 'published' | 'url';

const FIELD_NAMES: Record<MetaField, string> = {
  outlet: 'outlet',
  headline: 'headline',
  authors: 'authors',
  published: 'date',
  url: 'URL',
};

/** "quoted from a machine-translated reprint", or null for an unaltered source. */
export function reprintLabel(reprint: Reprint): string | null {
  switch (reprint.kind) {
    case 'machine-translated':
      return 'quoted from a machine-translated reprint';
    case 'word-spun':
      return 'quoted from a word-spun reprint (words replaced by synonyms)';
    case 'summary':
      return 'quoted from a summary of the original';
    default:
      return null;
  }
}

/** A short badge text for lists: "Machine-translated reprint". */
export function reprintBadge(reprint: Reprint): string | null {
  switch (reprint.kind) {
    case 'machine-translated':
      return 'Machine-translated reprint';
    case 'word-spun':
      return 'Word-spun reprint';
    case 'summary':
      return 'Summary of the original';
    default:
      return null;
  }
}

/** Whether the index lists this field of the article as checked against the original. */
export function isVerified(article: Article, field: MetaField): boolean {
  return article.verified.includes(field);
}

/** The original's URL if it is known and verified. */
export function verifiedUrl(article: Article): string | null {
  return article.url && isVerified(article, 'url') ? article.url : null;
}

function unverifiedFields(article: Article): string[] {
  const fields: MetaField[] = ['authors', 'headline', 'outlet', 'published'];
  const missing = fields
    .filter((field) => !isVerified(article, field))
    .filter((field) => field !== 'authors' || article.authors.length > 0)
    .map((field) => FIELD_NAMES[field]);
  if (article.url && !isVerified(article, 'url')) missing.push('URL (left out)');
  return missing;
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Splits "Emily Baker-White" into family "Baker-White", given "Emily". */
export function splitName(name: string): { family: string; given?: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return { family: parts[0] ?? '' };
  return { family: parts[parts.length - 1] ?? '', given: parts.slice(0, -1).join(' ') };
}

/** The pieces every format assembles. */
function describe(input: CitationInput) {
  const { article, citation, accessed } = input;
  const unverified = unverifiedFields(article);
  const notes: string[] = [];
  const reprint = reprintLabel(article.reprint);
  if (reprint) notes.push(`Quote ${reprint}`);
  if (unverified.length) notes.push(`Unverified: ${unverified.join(', ')}`);
  return {
    quote: citation.quote,
    authors: joinNames(article.authors),
    date: formatPublished(article.published),
    url: verifiedUrl(article),
    accessed: formatDateParts(localDayParts(accessed)),
    accessedIso: isoDay(accessed),
    reprint,
    unverified,
    notes,
  };
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function formatPlain(input: CitationInput): string {
  const { article, claim, pageUrl } = input;
  const d = describe(input);
  const source = [d.authors, `“${article.headline}”`, article.outlet, d.date].filter(Boolean);
  const lines = [
    `“${d.quote}”${d.reprint ? ` (${d.reprint})` : ''}`,
    `— ${source.join(', ')}.${d.url ? ` ${d.url}` : ''}`,
  ];
  if (claim) lines.push(`Claim: ${sentence(claim.text)}`);
  if (d.unverified.length) lines.push(`Unverified: ${d.unverified.join(', ')}.`);
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
  const quoteLines = `“${d.quote}”`
    .split(/\r?\n/)
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n');
  const headline = escapeMarkdown(article.headline);
  const title = d.url ? `[“${headline}”](${markdownUrl(d.url)})` : `“${headline}”`;
  const source = [
    d.authors && escapeMarkdown(d.authors),
    title,
    `*${escapeMarkdown(article.outlet)}*`,
    d.date && escapeMarkdown(d.date),
  ].filter(Boolean);
  const after: string[] = [];
  if (d.reprint) after.push(`*${d.reprint[0]?.toUpperCase()}${d.reprint.slice(1)}.*`);
  if (claim) after.push(`Claim: ${escapeMarkdown(sentence(claim.text))}`);
  if (d.unverified.length) after.push(`Unverified: ${escapeMarkdown(d.unverified.join(', '))}.`);
  const where = pageUrl ? ` on <${pageUrl.replace(/[<>\s]/g, encodeURIComponent)}>` : '';
  after.push(`Accessed ${d.accessed}${where}.`);
  return `${quoteLines}\n>\n> — ${source.join(', ')}\n\n${after.join(' ')}`;
}

const LATEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** Escapes the characters BibTeX and LaTeX treat specially. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}#$%&_^~]/g, (c) => LATEX_SPECIAL[c] ?? c);
}

/** URLs are read verbatim by biblatex; only characters that would break the field are encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function asciiWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'to', 'and', 'for', 'how']);

/** A citation key such as `maheshwari2023drivers`. */
export function bibtexKey(article: Article): string {
  const first = article.authors[0];
  const who = asciiWord(first ? splitName(first).family : (article.outlet.split(/\s+/)[0] ?? ''));
  const year = dateParts(article.published)[0] ?? '';
  const word =
    article.headline
      .split(/\s+/)
      .map(asciiWord)
      .find((w) => w.length > 0 && !STOP_WORDS.has(w)) ?? '';
  return `${who || 'source'}${year}${word}`;
}

function formatBibtex(input: CitationInput): string {
  const { article, claim, pageUrl } = input;
  const d = describe(input);
  const [year, month, day] = dateParts(article.published);
  const fields: [string, string][] = [];
  if (article.authors.length) {
    const names = article.authors.map((name) => {
      const { family, given } = splitName(name);
      return escapeBibtex(given ? `${family}, ${given}` : family);
    });
    fields.push(['author', `{${names.join(' and ')}}`]);
  }
  // Double braces keep the headline's capitalisation.
  fields.push(['title', `{{${escapeBibtex(article.headline)}}}`]);
  fields.push(['journal', `{${escapeBibtex(article.outlet)}}`]);
  if (year !== undefined) fields.push(['year', `{${year}}`]);
  if (month !== undefined) fields.push(['month', BIBTEX_MONTHS[month - 1] ?? `{${month}}`]);
  if (year !== undefined) {
    const date = [year, month, day]
      .filter((n) => n !== undefined)
      .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
      .join('-');
    fields.push(['date', `{${date}}`]);
  }
  if (d.url) fields.push(['url', `{${bibtexUrl(d.url)}}`]);
  fields.push(['urldate', `{${d.accessedIso}}`]);
  const note = [`Quote: \`\`${escapeBibtex(d.quote)}''`];
  if (d.reprint) note.push(`(${escapeBibtex(d.reprint)})`);
  if (claim) note.push(`Claim: ${escapeBibtex(sentence(claim.text))}`);
  if (d.unverified.length) note.push(`Unverified: ${escapeBibtex(d.unverified.join(', '))}.`);
  if (pageUrl) note.push(`Seen on ${escapeBibtex(pageUrl)}.`);
  note.push(`Accessed ${d.accessedIso}.`);
  fields.push(['note', `{${note.join(' ')}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@article{${bibtexKey(article)},\n${body}\n}`;
}

/** One CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
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

/** The CSL-JSON item (formatCitation's `csl-json` output is `[item]`, pretty-printed). */
export function cslItem(input: CitationInput): CslItem {
  const { article, citation, claim, pageUrl } = input;
  const d = describe(input);
  const parts = dateParts(article.published);
  const note = [`Quote: “${d.quote}”`];
  if (d.reprint) note.push(`(${d.reprint})`);
  if (claim) note.push(`Claim: ${sentence(claim.text)}`);
  if (d.unverified.length) note.push(`Unverified: ${d.unverified.join(', ')}.`);
  if (pageUrl) note.push(`Seen on ${pageUrl}.`);
  const item: CslItem = {
    id: claim ? `${article.id}/${claim.id}` : `${article.id}/${hash(citation.quote)}`,
    type: 'article-newspaper',
    title: article.headline,
    'container-title': article.outlet,
    accessed: { 'date-parts': [localDayParts(input.accessed)] },
    note: note.join(' '),
  };
  if (article.authors.length) item.author = article.authors.map(splitName);
  if (parts.length) item.issued = { 'date-parts': [parts] };
  if (d.url) item.URL = d.url;
  return item;
}

/** A short stable id part for a quote (FNV-1a). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The citation of one quote in the chosen format. */
export function formatCitation(input: CitationInput, format: CitationFormat): string {
  switch (format) {
    case 'plain':
      return formatPlain(input);
    case 'markdown':
      return formatMarkdown(input);
    case 'bibtex':
      return formatBibtex(input);
    case 'csl-json':
      return JSON.stringify([cslItem(input)], null, 2);
  }
}

/** Several citations in one text: separated by blank lines, or one CSL-JSON array. */
export function formatCitations(inputs: CitationInput[], format: CitationFormat): string {
  if (format === 'csl-json') return JSON.stringify(inputs.map(cslItem), null, 2);
  return inputs.map((input) => formatCitation(input, format)).join('\n\n');
}
