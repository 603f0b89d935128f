/** BibTeX entries for cited passages (biblatex-compatible fields). */
import type { Article } from '../index/types';
import { splitName } from './csl';
import { BIBTEX_MONTHS, dateParts } from './dates';
import { type CitationInput, describe, passage, sentence } from './describe';

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

/** A citation key such as `maheshwari2023drivers` (made unique per list by formatCitations). */
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

export function formatBibtex(input: CitationInput, key = bibtexKey(input.article)): string {
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
  fields.push(['journal', `{${escapeBibtex(d.outletCredit)}}`]);
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
  const quoted = d.originalWording
    ? `Quote: \`\`${escapeBibtex(d.quote)}''`
    : escapeBibtex(passage(d));
  const note = [quoted, ...d.notes.map(escapeBibtex)];
  if (claim) note.push(`Claim: ${escapeBibtex(sentence(claim.text))}`);
  if (d.sources) note.push(`Sources: ${escapeBibtex(d.sources)}.`);
  if (pageUrl) note.push(`Seen on ${escapeBibtex(pageUrl)}.`);
  note.push(`Accessed ${d.accessedIso}.`);
  fields.push(['note', `{${note.join(' ')}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@article{${key},\n${body}\n}`;
}
