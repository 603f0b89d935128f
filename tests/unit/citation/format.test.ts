import { describe, expect, test } from 'vitest';
import {
  bibtexKey,
  type CitationFormat,
  type CitationInput,
  escapeBibtex,
  escapeMarkdown,
  formatCitation,
  formatCitations,
} from '../../../utils/citation/format';
import { createLookup } from '../../../utils/index/lookup';
import type { Article, Citation } from '../../../utils/index/types';
import {
  bornArticle,
  buzzfeedArticle,
  nytArticle,
  popupIndex,
  sejArticle,
} from '../fixtures/popup-index';
import { cited } from '../fixtures/provenance';

const accessed = new Date(2025, 10, 21, 12, 0);
const lookup = createLookup(popupIndex);
const larkClaim = lookup.claim('lark-data');
const chinaClaim = lookup.claim('china-access');
const nytQuote = 'U.S. users’ driver’s licenses were also accessible on the platform';
/** A source in its own wording with a verified URL: the only kind that gets a text fragment. */
const ownWords: Article = {
  ...sejArticle,
  url: 'https://example.com/letter',
  verified: ['outlet', 'headline', 'authors', 'published', 'url'],
};

function input(
  article: Article,
  quote: string,
  extra: Partial<CitationInput> = {},
  citation: Partial<Citation> = {},
): CitationInput {
  return {
    article,
    citation: { ...cited(article.id, quote), ...citation },
    articleOf: lookup.article,
    accessed,
    ...extra,
  };
}

describe('plain text', () => {
  test('a machine-translated copy: its wording is credited to the copy, not quoted', () => {
    expect(formatCitation(input(nytArticle, nytQuote, { claim: larkClaim }), 'plain')).toBe(
      [
        `Wording of a machine-translated copy, not the outlet’s own: ${nytQuote}`,
        "— Sapna Maheshwari and Ryan Mac, “Driver's Licenses, Addresses, Photos: Inside How TikTok Shares User Data”, The New York Times, 24 May 2023. https://www.nytimes.com/2023/05/24/technology/inside-how-tiktok-shares-user-data-lark.html",
        'Claim: US user data, including driver’s licenses, was shared on the internal tool Lark.',
        'Sources: 1 original report (The New York Times).',
        'Accessed 21 November 2025.',
      ].join('\n'),
    );
  });

  test('the outlet’s own wording is quoted, with a text-fragment link to the passage', () => {
    const text = formatCitation(
      input(ownWords, 'TikTok denied it, the letter said, in so many words.'),
      'plain',
    );
    expect(text.split('\n')[0]).toBe('“TikTok denied it, the letter said, in so many words.”');
    expect(text).toContain(
      'Passage: https://example.com/letter#:~:text=TikTok%20denied%20it%2C%20the%20letter%20said%2C%20in%20so%20many%20words.',
    );
  });

  test('an unverified URL is left out and named; unverified fields are flagged', () => {
    const text = formatCitation(input(buzzfeedArticle, 'quote'), 'plain');
    expect(text).not.toContain('buzzfeednews.com');
    expect(text).toContain('Unverified: URL (left out).');
    expect(text).toContain('Wording of a synonym-spun copy (words replaced by synonyms)');
    expect(text).not.toContain('“quote”');
    const born = formatCitation(
      input(bornArticle, 'q', { pageUrl: 'https://example.com/a' }),
      'plain',
    );
    expect(born).toContain('Unverified: outlet, authors, headline, date.');
    expect(born).toContain("Born's Tech and Windows World (borncity.com) (unverified)");
    expect(born).toContain('Accessed 21 November 2025 on https://example.com/a.');
    expect(born).toContain('18 June 2022');
  });

  test('a relay names whose reporting it passes on; the claim counts independent origins', () => {
    const cite = chinaClaim?.citations[1] as Citation;
    const text = formatCitation(
      {
        article: bornArticle,
        citation: cite,
        claim: chinaClaim,
        articleOf: lookup.article,
        accessed,
      },
      'plain',
    );
    expect(text).toContain('Relays the reporting of BuzzFeed News.');
    expect(text).toContain('Sources: 1 original report (BuzzFeed News), relayed by 2.');
  });

  test('a copy’s passage is shown beside the original’s words where another record quotes them', () => {
    const text = formatCitation(
      input(
        buzzfeedArticle,
        'I experience like with these instruments',
        {},
        {
          originalWording: {
            article: bornArticle.id,
            quote: '"I feel like there\'s a backdoor,"',
            selector: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
          },
          statedOn: '2021-09',
        },
      ),
      'plain',
    );
    expect(text).toContain(
      "Original wording, as quoted by Born's Tech and Windows World (borncity.com) (unverified): “I feel like there's a backdoor”.",
    );
    expect(text).toContain('Statement made September 2021.');
  });
});

describe('markdown', () => {
  test('own wording: quote block, linked headline, escaped text', () => {
    const md = formatCitation(input(ownWords, 'a *star* and [link]'), 'markdown');
    expect(md.split('\n')[0]).toBe('> “a \\*star\\* and \\[link\\]”');
    expect(md).toContain(
      '[“TikTok Responds To Allegations Of Unsecured User Data”](https://example.com/letter)',
    );
    expect(md).toContain(
      '[Passage in the original](https://example.com/letter#:~:text=a%20*star*%20and%20%5Blink%5D).',
    );
  });

  test('an altered copy is a labelled paragraph, never a quote block', () => {
    const md = formatCitation(input(nytArticle, 'one\ntwo'), 'markdown');
    expect(
      md.startsWith('*Wording of a machine-translated copy, not the outlet’s own:* one two'),
    ).toBe(true);
    expect(md).not.toMatch(/^>/m);
    expect(md).toContain('*The New York Times*');
    expect(md).toContain('Accessed 21 November 2025.');
  });

  test('multi-line own-wording quotes stay inside the block', () => {
    const md = formatCitation(input(ownWords, 'one\ntwo'), 'markdown');
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
        `  note = {Wording of a machine-translated copy, not the outlet’s own: ${nytQuote} Accessed 2025-11-21.}`,
        '}',
      ].join('\n'),
    );
    expect(formatCitation(input(ownWords, 'q'), 'bibtex')).toContain("note = {Quote: ``q''");
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
    expect(bib).toContain('journal = {A \\& B (unverified)}');
    expect(bib).toContain('He said "\\}\\{" \\& left 50\\%');
    expect(bracesBalanced(bib)).toBe(true);
    expect(escapeBibtex('a_b')).toBe('a\\_b');
  });

  test('partial dates, unverified fields, non-ASCII keys', () => {
    const bib = formatCitation(input(bornArticle, 'q'), 'bibtex');
    expect(bib.startsWith('@article{born2022audio,')).toBe(true);
    expect(bib).toContain('author = {Born, Günter}');
    expect(bib).not.toContain('url =');
    expect(bib).toContain('Unverified: outlet, authors, headline, date.');
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
    expect(json).toHaveLength(1);
    const [item] = json;
    expect(item).toEqual({
      id: expect.stringMatching(/^nyt-lark\/lark-data\/[0-9a-z]+$/),
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
      note: `Wording of a machine-translated copy, not the outlet’s own: ${nytQuote} Claim: US user data, including driver’s licenses, was shared on the internal tool Lark. Sources: 1 original report (The New York Times).`,
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

describe('several citations at once', () => {
  // Four quotes from one article (the case that gave every entry the same key), two for one claim.
  const same = [
    input(nytArticle, 'first', { claim: larkClaim }),
    input(nytArticle, 'second', { claim: larkClaim }),
    input(nytArticle, 'third'),
    input(nytArticle, 'fourth', { claim: chinaClaim }),
  ];

  test('BibTeX keys are unique', () => {
    const keys = [...formatCitations(same, 'bibtex').matchAll(/^@article\{([^,]+),$/gm)].map(
      (m) => m[1],
    );
    expect(keys).toEqual([
      'maheshwari2023drivers',
      'maheshwari2023driversa',
      'maheshwari2023driversb',
      'maheshwari2023driversc',
    ]);
  });

  test('CSL-JSON ids are unique, even for the same quote twice', () => {
    const items = JSON.parse(formatCitations([...same, same[0] as CitationInput], 'csl-json'));
    const ids = items.map((i: { id: string }) => i.id);
    expect(new Set(ids).size).toBe(5);
  });

  test.each<CitationFormat>(['plain', 'markdown'])(
    '%s: one block per citation, each with the same rules',
    (format) => {
      const text = formatCitations(same, format);
      expect(
        text.split('\n\n').filter((b) => b.includes('Wording of a machine-translated copy')),
      ).toHaveLength(4);
      expect(text).not.toContain('“first”');
    },
  );
});
