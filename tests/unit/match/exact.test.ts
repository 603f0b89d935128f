/**
 * The exact-alias matcher against a plain reference: every occurrence of every alias found with
 * indexOf, the word-boundary and case checks applied to each, then the leftmost-longest of the
 * survivors. Aliases and texts are made of few characters so that they overlap, nest, glue to
 * words and differ in case; some aliases need no word boundary (an unspaced script, a symbol).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Alias, Entity } from '../../../utils/index/types';
import { ExactAliasMatcher } from '../../../utils/match/entities';
import type { ExactHit } from '../../../utils/match/rules';
import { isWordChar } from '../../../utils/text/chars';
import { normalizeText } from '../../../utils/text/normalize';
import { continuesWord, tokenize } from '../../../utils/text/tokens';

const UNSPACED = /[\p{Script=Han}\p{Script=Thai}]/u;
const needsBoundary = (code: number) =>
  isWordChar(code) && !UNSPACED.test(String.fromCharCode(code));

interface Found {
  start: number;
  end: number;
  /** Entity index and alias text of each ref. */
  refs: [number, string][];
}

function reference(entities: readonly Entity[], text: string): Found[] {
  const page = normalizeText(text);
  const byKey = new Map<string, { entity: number; alias: Alias; cased: string }[]>();
  entities.forEach((entity, e) => {
    for (const alias of entity.aliases) {
      const { text: key, cased } = normalizeText(alias.text.trim());
      if (key === '') continue;
      const refs = byKey.get(key) ?? [];
      byKey.set(key, refs);
      refs.push({ entity: e, alias, cased });
    }
  });
  const hits: Found[] = [];
  for (const [key, refs] of byKey) {
    for (
      let start = page.text.indexOf(key);
      start >= 0;
      start = page.text.indexOf(key, start + 1)
    ) {
      const end = start + key.length;
      // A figure ("1,500") is one word, as a token.
      const before = start > 0 && continuesWord(page.text, start - 1);
      const after = continuesWord(page.text, end);
      if (before && needsBoundary(key.charCodeAt(0))) continue;
      // A name of several words has its first word whole on the page.
      const firstWord = tokenize(key).ends[0] as number;
      if (
        needsBoundary(key.charCodeAt(0)) &&
        firstWord < key.length &&
        continuesWord(page.text, start + firstWord)
      )
        continue;
      if (after && needsBoundary(key.charCodeAt(key.length - 1))) continue;
      const kept = refs.filter(
        (ref) => !ref.alias.caseSensitive || page.cased.startsWith(ref.cased, start),
      );
      if (kept.length > 0)
        hits.push({ start, end, refs: kept.map((r) => [r.entity, r.alias.text]) });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Found[] = [];
  let reached = 0;
  for (const hit of hits) {
    if (hit.start < reached) continue;
    chosen.push(hit);
    reached = hit.end;
  }
  return chosen;
}

function findIn(matcher: ExactAliasMatcher, text: string): ExactHit[] {
  const page = normalizeText(text);
  return matcher.find(page, tokenize(page.text));
}

const found = (hits: ExactHit[]): Found[] =>
  hits.map((h) => ({
    start: h.start,
    end: h.end,
    refs: h.refs.map((r): [number, string] => [r.entity, r.alias.text]),
  }));

/**
 * Letters of both cases (one with a combining accent), digits, an unspaced script, symbols (some
 * inside figures), spaces.
 */
const PIECES = [
  'a',
  'b',
  'A',
  'B',
  'e\u0301',
  '1',
  '2',
  '字',
  '节',
  'ด',
  '#',
  '.',
  ',',
  '-',
  "'",
  ' ',
  '\n',
];
const piece = fc.constantFrom(...PIECES);
const aliasText = fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
const alias = fc.record({
  text: aliasText,
  caseSensitive: fc.boolean(),
  when: fc.constant<Alias['when']>('always'),
});
const entities = fc.array(fc.array(alias, { minLength: 1, maxLength: 3 }), {
  minLength: 1,
  maxLength: 6,
});

const toEntities = (aliasLists: Alias[][]): Entity[] =>
  aliasLists.map((aliases, i) => ({
    id: `e${i}`,
    name: aliases[0]?.text ?? '',
    type: 'organization',
    scope: 'story',
    description: '',
    aliases,
    related: [],
  }));

/** Texts mostly made of the index's aliases, in their case or another, and single pieces. */
const textsFor = (aliasLists: Alias[][]) => {
  const texts = aliasLists.flatMap((list) => list.map((a) => a.text));
  const part = fc.oneof(
    piece,
    fc.constantFrom(...texts),
    fc.constantFrom(...texts).map((t) => t.toUpperCase()),
    fc.constantFrom(...texts).map((t) => t.toLowerCase()),
  );
  const text = fc.array(part, { maxLength: 30 }).map((parts) => parts.join(''));
  return fc.array(text, { minLength: 1, maxLength: 4 });
};

describe('exact alias matching', () => {
  it('equals the reference on random indexes and texts', () => {
    fc.assert(
      fc.property(
        entities.chain((lists) => fc.tuple(fc.constant(lists), textsFor(lists))),
        ([lists, texts]) => {
          const index = toEntities(lists);
          // One matcher for several texts: what it learns of one page must not change the next.
          const matcher = new ExactAliasMatcher(index);
          for (const text of texts) {
            expect(found(findIn(matcher, text))).toEqual(reference(index, text));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('takes a shorter alias when a longer one at the same start fails a check', () => {
    const index = toEntities([
      [
        { text: 'ab', caseSensitive: false, when: 'always' },
        { text: 'ab a', caseSensitive: false, when: 'always' },
        { text: 'Ab ab', caseSensitive: true, when: 'always' },
        { text: 'a字', caseSensitive: false, when: 'always' },
        { text: 'b 字', caseSensitive: false, when: 'always' },
      ],
    ]);
    const matcher = new ExactAliasMatcher(index);
    for (const text of ['ab ab', 'ab abc', 'Ab abx', 'ab aa', 'a字b a字', 'b 字字ab 字b', '字ab']) {
      expect(found(findIn(matcher, text))).toEqual(reference(index, text));
    }
  });

  it('finds a name whose second word the page runs on into a longer one', () => {
    // Words are passed over by the hashes of their first two words; here the page's second word
    // is longer than the name's, and the name still matches.
    const index = toEntities([
      [
        { text: 'b 字', caseSensitive: false, when: 'always' },
        { text: 'No. 1.', caseSensitive: false, when: 'always' },
        { text: 'New York', caseSensitive: false, when: 'always' },
      ],
    ]);
    const matcher = new ExactAliasMatcher(index);
    for (const [text, names] of [
      ['b 字字', ['b 字']],
      ['no. 1.5', ['no. 1.']],
      ['New Yorkers', []],
      ['in New York.', ['New York']],
    ] as const) {
      const hits = found(findIn(matcher, text));
      expect(hits.map((hit) => text.slice(hit.start, hit.end))).toEqual(names);
      expect(hits).toEqual(reference(index, text));
    }
  });
});
