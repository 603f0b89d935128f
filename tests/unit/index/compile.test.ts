import { describe, expect, test } from 'vitest';
import { compileIndex, IndexDataError } from '../../../utils/index/compile';
import type { RawData } from '../../../utils/index/schema';

const article = {
  id: 'paper',
  document: '000_0123456789abcdef.txt',
  outlet: 'The Paper',
  headline: 'A headline',
  titleInDocument: 'A headline',
  authors: ['A. Writer'],
  published: '2022-06-17',
  url: null,
  verified: ['outlet'],
  fidelity: { kind: 'original', note: '' },
};
/** The seed document the test quotes come from. */
const documents = new Map([[article.document, 'It began. Quoted words. Q. Then it ended.']]);
const entity = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: id.toUpperCase(),
  type: 'organization',
  scope: 'story',
  description: `About ${id}.`,
  ...extra,
});
const claim = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  text: `Claim ${id}.`,
  kind: 'reported-fact',
  entities: ['acme'],
  citations: [{ article: 'paper', quote: 'Quoted words.', derivedFrom: null }],
  ...extra,
});

type Raw = Omit<RawData, 'documents'> & { documents?: RawData['documents'] };

const compile = (raw: Raw) => compileIndex({ documents, ...raw });

function problemsOf(raw: Raw): string[] {
  try {
    compile(raw);
  } catch (error) {
    if (error instanceof IndexDataError) return error.message.split('\n').slice(1);
    throw error;
  }
  return [];
}

describe('compileIndex', () => {
  test('compiles valid data, putting the canonical name first and inverting links', () => {
    const index = compile({
      articles: [article],
      entities: [entity('acme', { aliases: [{ text: 'Acme Corp' }] })],
      claims: [claim('a'), claim('b', { disputes: ['a'], respondsTo: ['a'] })],
    });
    expect(index.entities[0]?.aliases.map((a) => a.text)).toEqual(['ACME', 'Acme Corp']);
    expect(index.entities[0]?.aliases[1]).toMatchObject({ caseSensitive: false, when: 'always' });
    expect(index.claims[0]).toMatchObject({ disputedBy: ['b'], answeredBy: ['b'] });
    expect(index.claims[1]).toMatchObject({ disputedBy: [], answeredBy: [] });
  });

  test('a malformed record names the file, the record id and the field', () => {
    const problems = problemsOf({
      articles: [{ ...article, published: 'June 2022' }],
      entities: [entity('acme', { type: 'company' })],
      claims: [claim('a', { citations: [{ article: 'paper', derivedFrom: null }] })],
    });
    expect(problems).toContainEqual(expect.stringMatching(/^articles\.json › paper › published: /));
    expect(problems).toContainEqual(expect.stringMatching(/^entities\.json › acme › type: /));
    expect(problems).toContainEqual(
      expect.stringMatching(/^claims\.json › a › citations\.0\.quote: /),
    );
  });

  test('every entity says whether it belongs to the story or is a general one', () => {
    const { scope: _scope, ...unscoped } = entity('acme');
    const missing = problemsOf({ articles: [article], entities: [unscoped], claims: [] });
    expect(missing).toContainEqual(expect.stringMatching(/^entities\.json › acme › scope: /));
    const wrong = entity('acme', { scope: 'global' });
    expect(problemsOf({ articles: [article], entities: [wrong], claims: [] })).toContainEqual(
      'entities.json › acme › scope: must be "story" or "general"',
    );
  });

  test('a record without an id is named by its position', () => {
    const problems = problemsOf({ articles: [article], entities: [{}], claims: [] });
    expect(problems).toContainEqual(expect.stringMatching(/^entities\.json › #0 › id: /));
  });

  test('a file that is not an array is reported', () => {
    expect(problemsOf({ articles: {}, entities: [], claims: [] })).toContain(
      'articles.json › (file) › (root): must be a JSON array',
    );
  });

  test('unknown references, duplicates and unreferenced entities are reported', () => {
    const problems = problemsOf({
      articles: [article],
      entities: [entity('acme', { related: ['ghost'] }), entity('lonely'), entity('lonely')],
      claims: [
        claim('a', {
          entities: ['acme', 'nobody'],
          citations: [{ article: 'gone', quote: 'Q.', derivedFrom: null }],
        }),
        claim('b', { disputes: ['b', 'zzz'] }),
      ],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'entities.json › lonely › id: duplicate id',
        'entities.json › acme › related.0: unknown entity “ghost”',
        'entities.json › lonely › id: is not named by any claim',
        'claims.json › a › entities.1: unknown entity “nobody”',
        'claims.json › a › citations.0.article: unknown article “gone”',
        'claims.json › b › disputes.0: a claim cannot link to itself',
        'claims.json › b › disputes.1: unknown claim “zzz”',
      ]),
    );
  });

  test('an alias shared by two entities must be marked ambiguous on both', () => {
    const shared = problemsOf({
      articles: [article],
      entities: [
        entity('acme', { aliases: [{ text: 'The Firm' }] }),
        entity('other', { aliases: [{ text: 'the firm' }] }),
      ],
      claims: [claim('a', { entities: ['acme', 'other'] })],
    });
    expect(shared).toContainEqual(
      expect.stringMatching(
        /^entities\.json › acme › aliases: alias “the firm” is shared with other/,
      ),
    );
    const marked = problemsOf({
      articles: [article],
      entities: [
        entity('acme', { aliases: [{ text: 'The Firm', ambiguous: true }] }),
        entity('other', { aliases: [{ text: 'the firm', ambiguous: true }] }),
      ],
      claims: [claim('a', { entities: ['acme', 'other'] })],
    });
    expect(marked).toEqual([]);
  });

  test('a conditional alias needs related entities to condition on', () => {
    const problems = problemsOf({
      articles: [article],
      entities: [entity('acme', { aliases: [{ text: 'Acme', when: 'withRelated' }] })],
      claims: [claim('a')],
    });
    expect(problems).toContain(
      'entities.json › acme › aliases.0.when: “withRelated” needs a non-empty "related" list',
    );
  });
});

test('an alias entry for the canonical name sets the name’s own rule', () => {
  const index = compile({
    articles: [article],
    entities: [
      entity('lark', {
        name: 'Lark',
        related: ['acme'],
        aliases: [{ text: 'Lark', caseSensitive: true, when: 'withRelated' }, { text: 'Feishu' }],
      }),
      entity('acme'),
    ],
    claims: [claim('a', { entities: ['acme', 'lark'] })],
  });
  expect(index.entities[0]?.aliases).toEqual([
    { text: 'Lark', caseSensitive: true, when: 'withRelated' },
    { text: 'Feishu', caseSensitive: false, when: 'always' },
  ]);
});

describe('provenance', () => {
  const relay = {
    ...article,
    id: 'relay',
    document: '001_0123456789abcdef.txt',
    outlet: 'Relay Blog',
    verified: [],
  };
  const withRelay = new Map([
    ...documents,
    [relay.document, 'The Paper reported this. Quoted words, again. End.'],
  ]);

  test('a citation must say whose reporting it is, and an article how faithful its text is', () => {
    const { fidelity: _fidelity, ...noFidelity } = article;
    const problems = problemsOf({
      articles: [noFidelity],
      entities: [entity('acme')],
      claims: [claim('a', { citations: [{ article: 'paper', quote: 'Quoted words.' }] })],
    });
    expect(problems).toContainEqual(expect.stringMatching(/^articles\.json › paper › fidelity: /));
    expect(problems).toContainEqual(
      expect.stringMatching(/^claims\.json › a › citations\.0\.derivedFrom: /),
    );
    const derived = problemsOf({
      articles: [article],
      entities: [entity('acme')],
      claims: [
        claim('a', { citations: [{ article: 'paper', quote: 'Q.', derivedFrom: 'paper' }] }),
        claim('b', { citations: [{ article: 'paper', quote: 'Q.', derivedFrom: 'ghost' }] }),
      ],
    });
    expect(
      problemsOf({
        articles: [article],
        entities: [entity('acme')],
        claims: [
          claim('a', {
            citations: [
              { article: 'paper', quote: 'Q.', derivedFrom: null, statedOn: article.published },
            ],
          }),
        ],
      }),
    ).toEqual([
      'claims.json › a › citations.0.statedOn: is the publication date: give it only when the statement is older',
    ]);
    expect(derived).toEqual(
      expect.arrayContaining([
        'claims.json › a › citations.0.derivedFrom: an article cannot be derived from itself; use null for its own reporting',
        'claims.json › b › citations.0.derivedFrom: unknown article “ghost”',
      ]),
    );
  });

  test('each quote gets a TextQuoteSelector from its document; one that does not resolve is rejected', () => {
    const index = compile({
      articles: [article],
      entities: [entity('acme')],
      claims: [claim('a')],
    });
    expect(index.claims[0]?.citations[0]?.selector).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Quoted words.',
      prefix: 'It began. ',
      suffix: ' Q. Then it ended.',
    });
    const problems = problemsOf({
      documents: new Map([[article.document, 'Q. '.repeat(40)]]),
      articles: [article],
      entities: [entity('acme')],
      claims: [claim('a', { citations: [{ article: 'paper', quote: 'Q.', derivedFrom: null }] })],
    });
    expect(problems).toEqual([
      `claims.json › a › citations.0.quote: the quote's selector does not resolve to one passage of ${article.document}`,
    ]);
    expect(
      problemsOf({
        articles: [article],
        entities: [entity('acme')],
        claims: [
          claim('a', { citations: [{ article: 'paper', quote: 'Absent.', derivedFrom: null }] }),
        ],
      }),
    ).toEqual([
      `claims.json › a › citations.0.quote: quote not found verbatim in ${article.document}: “Absent.”`,
    ]);
  });

  test('a relay does not count as an independent origin; confirmations are inverted', () => {
    const index = compile({
      documents: withRelay,
      articles: [article, relay],
      entities: [entity('acme')],
      claims: [
        claim('a', {
          citations: [
            { article: 'paper', quote: 'Quoted words.', derivedFrom: null },
            { article: 'relay', quote: 'Quoted words, again.', derivedFrom: 'paper' },
          ],
        }),
        claim('b', { kind: 'assertion', confirms: ['a'] }),
      ],
    });
    expect(index.claims[0]).toMatchObject({
      origins: ['paper'],
      relays: ['relay'],
      confirmedBy: ['b'],
      status: 'confirmed-by-subject',
    });
    expect(index.claims[0]?.citations[1]).toMatchObject({ derivedFrom: 'paper', origin: 'paper' });
    expect(index.claims[1]?.status).toBe('statement');
    expect(
      problemsOf({
        articles: [article],
        entities: [entity('acme')],
        claims: [claim('a'), claim('b', { confirms: ['a'] })],
      }),
    ).toEqual([
      'claims.json › b › confirms: only a party’s statement (assertion or denial) can confirm a claim, not “reported-fact”',
    ]);
  });

  test('card strings name outlets only through their article record', () => {
    const outlet = entity('the-paper', { name: 'The Paper', aliases: [{ text: 'Paper Daily' }] });
    const problems = problemsOf({
      documents: withRelay,
      articles: [article, relay],
      entities: [entity('acme', { description: 'Reported by Paper Daily.' }), outlet],
      claims: [
        claim('a', { entities: ['acme', 'the-paper'], text: 'The Paper reported it.' }),
        claim('b', { text: '{outlet:relay} reported it.' }),
        claim('c', {
          background: [
            {
              text: 'The Paper closed.',
              source: { publisher: 'P', title: 'T', url: null, verified: [] },
            },
          ],
        }),
      ],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'claims.json › a › text: names the outlet “The Paper” by hand; write {outlet:paper} so the card takes it from the article record',
        'entities.json › acme › description: names the outlet “Paper Daily” by hand; write {outlet:paper} so the card takes it from the article record',
        'claims.json › b › text: the outlet of “relay” is unverified: leave it out of the text (citations credit it, marked unverified)',
        'claims.json › c › background.0.text: names the outlet “The Paper” by hand; write {outlet:paper} so the card takes it from the article record',
      ]),
    );
    const index = compile({
      articles: [article],
      entities: [entity('acme', { description: 'Seen by {outlet:paper}.' }), outlet],
      claims: [
        claim('a', { entities: ['acme', 'the-paper'], text: '{outlet:paper} reported it.' }),
      ],
    });
    expect(index.claims[0]?.text).toBe('The Paper reported it.');
    expect(index.entities[0]?.description).toBe('Seen by The Paper.');
  });
});
