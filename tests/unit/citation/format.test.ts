import { describe, expect, test } from 'vitest';
import {
  bibtexKey,
  type CitationInput,
  escapeBibtex,
  escapeMarkdown,
  formatCitation,
  reprintLabel,
} from '../../../utils/citation/format';
import type { Article } from '../../../utils/index/types';
import {
  bornArticle,
  buzzfeedArticle,
  nytArticle,
  popupIndex,
  sejArticle,
} from '../fixtures/popup-index';

const accessed = new Date(2025, 10, 21, 12, 0);
const larkClaim = popupIndex.claims.find((c) => c.id === 'lark-data');
const nytQuote = 'U.S. users’ driver’s licenses were also accessible on the platform';

function input(article: Article, quote: string, extra: Partial<CitationInput> = {}): CitationInput {
  return { article, citation: { article: article.id, quote }, accessed, ...extra };
}

describe('plain text', () => {
  test('a fully verified source', () => {
    expect(formatCitation(input(nytArticle, nytQuote, { claim: larkClaim }), 'plain')).toBe(
      [
        `“${nytQuote}” (quoted from a machine-translated reprint)`,
        "— Sapna Maheshwari and Ryan Mac, “Driver's Licenses, Addresses, Photos: Inside How TikTok Shares User Data”, The New York Times, 24 May 2023. https://www.nytimes.com/2023/05/24/technology/inside-how-tiktok-shares-user-data-lark.html",
        'Claim: US user data, including driver’s licenses, was shared on the internal tool Lark.',
        'Accessed 21 November 2025.',
      ].join('\n'),
    );
  });

  test('an unverified URL is left out and named; unverified fields are flagged', () => {
    const text = formatCitation(input(buzzfeedArticle, 'quote'), 'plain');
    expect(text).not.toContain('buzzfeednews.com');
    expect(text).toContain('Unverified: URL (left out).');
    expect(text).toContain('word-spun reprint');
    const born = formatCitation(
      input(bornArticle, 'q', { pageUrl: 'https://example.com/a' }),
      'plain',
    );
    expect(born).toContain('Unverified: authors, headline, outlet, date.');
    expect(born).toContain('Accessed 21 November 2025 on https://example.com/a.');
    expect(born).toContain('18 June 2022');
  });

  test('an unaltered source has no reprint label; partial dates stay partial', () => {
    const text = formatCitation(input(sejArticle, 'TikTok denied it.'), 'plain');
    expect(text).not.toMatch(/reprint|quoted from/);
    expect(text).toContain('Search Engine Journal, July 2022.');
  });
});

describe('markdown', () => {
  test('quote block, linked headline, escaped text', () => {
    const md = formatCitation(input(nytArticle, 'a *star* and [link]'), 'markdown');
    expect(md.split('\n')[0]).toBe('> “a \\*star\\* and \\[link\\]”');
    expect(md).toContain(
      "[“Driver's Licenses, Addresses, Photos: Inside How TikTok Shares User Data”](https://www.nytimes.com/2023/05/24/technology/inside-how-tiktok-shares-user-data-lark.html)",
    );
    expect(md).toContain('*The New York Times*');
    expect(md).toContain('*Quoted from a machine-translated reprint.*');
    expect(md).toContain('Accessed 21 November 2025.');
  });

  test('multi-line quotes stay inside the block', () => {
    const md = formatCitation(input(sejArticle, 'one\ntwo'), 'markdown');
    expect(md.startsWith('> “one\n> two”')).toBe(true);
  });

  test('escapeMarkdown', () => {
    expect(escapeMarkdown('a_b `c` <d> #e')).toBe('a\\_b \\`c\\` \\<d\\> \\#e');
  });
});

/** Checks that braces are balanced outside of escapes, as BibTeX requires. */
function bracesBalanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === '{') depth++;
    if (text[i] === '}') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('bibtex', () => {
  test('a complete entry', () => {
    const bib = formatCitation(input(nytArticle, nytQuote), 'bibtex');
    expect(bib).toBe(
      [
        '@article{maheshwari2023drivers,',
        '  author = {Maheshwari, Sapna and Mac, Ryan},',
        "  title = {{Driver's Licenses, Addresses, Photos: Inside How TikTok Shares User Data}},",
        '  journal = {The New York Times},',
        '  year = {2023},',
        '  month = may,',
        '  date = {2023-05-24},',
        '  url = {https://www.nytimes.com/2023/05/24/technology/inside-how-tiktok-shares-user-data-lark.html},',
        '  urldate = {2025-11-21},',
        `  note = {Quote: \`\`${nytQuote}'' (quoted from a machine-translated reprint) Accessed 2025-11-21.}`,
        '}',
      ].join('\n'),
    );
  });

  test('special characters are escaped and braces stay balanced', () => {
    const nasty: Article = {
      ...sejArticle,
      headline: 'Profits & Losses: 100% of {data} #1 under $5_000 ^ ~ \\',
      outlet: 'A & B',
      authors: ['Jane {Doe}'],
    };
    const bib = formatCitation(input(nasty, 'He said "}{" & left 50%'), 'bibtex');
    expect(bib).toContain(
      'title = {{Profits \\& Losses: 100\\% of \\{data\\} \\#1 under \\$5\\_000 \\^{} \\~{} \\textbackslash{}}}',
    );
    expect(bib).toContain('journal = {A \\& B}');
    expect(bib).toContain('He said "\\}\\{" \\& left 50\\%');
    expect(bracesBalanced(bib)).toBe(true);
    expect(escapeBibtex('a_b')).toBe('a\\_b');
  });

  test('partial dates, unverified fields, non-ASCII keys', () => {
    const bib = formatCitation(input(bornArticle, 'q'), 'bibtex');
    expect(bib.startsWith('@article{born2022audio,')).toBe(true);
    expect(bib).toContain('author = {Born, Günter}');
    expect(bib).not.toContain('url =');
    expect(bib).toContain('Unverified: authors, headline, outlet, date.');
    const sej = formatCitation(input(sejArticle, 'q'), 'bibtex');
    expect(sej).toContain('month = jul,');
    expect(sej).toContain('date = {2022-07},');
    expect(bibtexKey({ ...sejArticle, authors: [] })).toBe('search2022tiktok');
  });
});

describe('csl-json', () => {
  test('a valid article-newspaper item', () => {
    const json = JSON.parse(
      formatCitation(input(nytArticle, nytQuote, { claim: larkClaim }), 'csl-json'),
    );
    expect(Array.isArray(json)).toBe(true);
    expect(json).toHaveLength(1);
    const [item] = json;
    expect(item).toEqual({
      id: 'nyt-lark/lark-data',
      type: 'article-newspaper',
      title: nytArticle.headline,
      'container-title': 'The New York Times',
      author: [
        { family: 'Maheshwari', given: 'Sapna' },
        { family: 'Mac', given: 'Ryan' },
      ],
      issued: { 'date-parts': [[2023, 5, 24]] },
      accessed: { 'date-parts': [[2025, 11, 21]] },
      URL: nytArticle.url,
      note: `Quote: “${nytQuote}” (quoted from a machine-translated reprint) Claim: US user data, including driver’s licenses, was shared on the internal tool Lark.`,
    });
  });

  test('conforms to the CSL-JSON schema rules it uses', () => {
    for (const article of popupIndex.articles) {
      const [item] = JSON.parse(formatCitation(input(article, 'x "quoted" \\ y'), 'csl-json'));
      expect(typeof item.id).toBe('string');
      expect(item.type).toBe('article-newspaper');
      for (const key of Object.keys(item)) {
        expect([
          'id',
          'type',
          'title',
          'container-title',
          'author',
          'issued',
          'accessed',
          'URL',
          'note',
        ]).toContain(key);
      }
      for (const date of [item.issued, item.accessed]) {
        expect(date['date-parts']).toHaveLength(1);
        expect(date['date-parts'][0].length).toBeGreaterThanOrEqual(1);
        expect(date['date-parts'][0].length).toBeLessThanOrEqual(3);
        for (const part of date['date-parts'][0]) expect(Number.isInteger(part)).toBe(true);
      }
      for (const name of item.author ?? []) expect(typeof name.family).toBe('string');
      expect(item.note).toContain('x "quoted" \\ y');
    }
  });

  test('partial dates and left-out URLs', () => {
    const [sej] = JSON.parse(formatCitation(input(sejArticle, 'q'), 'csl-json'));
    expect(sej.issued).toEqual({ 'date-parts': [[2022, 7]] });
    const [bf] = JSON.parse(formatCitation(input(buzzfeedArticle, 'q'), 'csl-json'));
    expect(bf.URL).toBeUndefined();
    expect(bf.note).toContain('Unverified: URL (left out).');
  });
});

test('reprint labels', () => {
  expect(reprintLabel({ kind: 'machine-translated', note: '' })).toBe(
    'quoted from a machine-translated reprint',
  );
  expect(reprintLabel({ kind: 'none', note: '' })).toBeNull();
});
