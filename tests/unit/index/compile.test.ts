import { describe, expect, test } from 'vitest';
import { compileIndex, IndexDataError } from '../../../utils/index/compile';

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
  reprint: { kind: 'none', note: '' },
};
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
  citations: [{ article: 'paper', quote: 'Quoted words.' }],
  ...extra,
});

function problemsOf(raw: Parameters<typeof compileIndex>[0]): string[] {
  try {
    compileIndex(raw);
  } catch (error) {
    if (error instanceof IndexDataError) return error.message.split('\n').slice(1);
    throw error;
  }
  return [];
}

describe('compileIndex', () => {
  test('compiles valid data, putting the canonical name first and inverting links', () => {
    const index = compileIndex({
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
      claims: [claim('a', { citations: [{ article: 'paper' }] })],
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
        claim('a', { entities: ['acme', 'nobody'], citations: [{ article: 'gone', quote: 'Q.' }] }),
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
  const index = compileIndex({
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
