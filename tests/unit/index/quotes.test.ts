import { describe, expect, test } from 'vitest';
import type { CompiledIndex } from '../../../utils/index/types';
import { findUnverifiedQuotes, normalizeForQuoteCheck } from '../../../utils/index/verify-quotes';
import { cited, claimOf } from '../fixtures/provenance';

const index = {
  version: 1,
  articles: [
    {
      id: 'a',
      document: 'doc.txt',
      outlet: 'O',
      headline: 'H',
      titleInDocument: 'H',
      authors: [],
      published: '2022',
      url: null,
      verified: [],
      fidelity: { kind: 'original', note: '' },
    },
  ],
  entities: [],
  claims: [
    claimOf({
      id: 'c',
      text: 'T',
      kind: 'reported-fact',
      entities: [],
      keywords: [],
      citations: [cited('a', 'he said "it\'s fine."'), cited('a', 'Words that are not there.')],
      disputes: [],
      respondsTo: [],
      disputedBy: [],
      answeredBy: [],
    }),
  ],
} satisfies CompiledIndex;

describe('quote verification', () => {
  test('curly and straight quote marks and white space runs compare equal', () => {
    expect(normalizeForQuoteCheck('He said\n “it’s   fine.”')).toBe('He said "it\'s fine."');
  });

  test('reports quotes that are not in the document, and missing documents', () => {
    const documents = new Map([['doc.txt', 'Then he said “it’s\nfine.” And left.']]);
    expect(findUnverifiedQuotes(index, documents).map((p) => [p.quote, p.reason])).toEqual([
      ['Words that are not there.', 'not found verbatim'],
    ]);
    expect(findUnverifiedQuotes(index, new Map()).map((p) => p.reason)).toEqual([
      'document missing',
      'document missing',
    ]);
  });
});
