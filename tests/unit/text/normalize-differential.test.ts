import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalRange } from '../../../utils/text/normalize';
import * as reference from './normalize-reference';

/** Raise locally (e.g. NORMALIZE_PROPERTY_RUNS=20000) for a deeper search. */
const numRuns = Number(process.env.NORMALIZE_PROPERTY_RUNS ?? 1000);

/**
 * Checks `text`, `cased` and the original range of every [start, end) that `pairs` yields, and
 * reports the first disagreement (one `expect` per pair would dominate the run time).
 */
function expectSameAsReference(input: string, pairs: (n: number) => Iterable<[number, number]>) {
  const expected = reference.normalizeText(input);
  const actual = normalizeText(input);
  expect(actual.text).toBe(expected.text);
  expect(actual.cased).toBe(expected.cased);
  for (const [start, end] of pairs(expected.text.length)) {
    const want = reference.toOriginalRange(expected, start, end);
    const got = toOriginalRange(actual, start, end);
    if (got.start !== want.start || got.end !== want.end) {
      expect({ normalized: [start, end], original: got }).toEqual({
        normalized: [start, end],
        original: want,
      });
    }
  }
}

function* allPairs(n: number): Generator<[number, number]> {
  for (let start = 0; start <= n; start++) {
    for (let end = start; end <= n; end++) yield [start, end];
  }
}

/** Every empty and one-character range (which pin down each offset), then `seeds` as random pairs. */
function somePairs(seeds: [number, number][]) {
  return function* (n: number): Generator<[number, number]> {
    for (let i = 0; i < n; i++) {
      yield [i, i];
      yield [i, i + 1];
    }
    yield [n, n];
    for (const [a, b] of seeds) {
      const x = a % (n + 1);
      const y = b % (n + 1);
      yield x <= y ? [x, y] : [y, x];
    }
  };
}

const plain = fc.constantFrom('a', 'Z', 'q', '7', '.', ',', '"', "'", '-', 'TikTok', 'said');
const whitespace = fc.constantFrom(
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u000b',
  '\u0085',
  '\u00a0',
  '\u1680',
  '\u2002',
  '\u2028',
  '\u202f',
  '\u3000',
);
const invisible = fc.constantFrom('\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff');
const punctuation = fc.constantFrom(
  '\u2018',
  '\u2019',
  '\u201b',
  '\u201c',
  '\u201d',
  '\u201e',
  '\u02bc',
  '\u2032',
  '\u2033',
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2015',
  '\u2212',
  '\u2024',
  '\u2025',
  '\u2026',
  '\u2027',
  '\u2007',
  '\u00b4',
  '\u00a8',
);
const marks = fc.constantFrom(
  '\u0301',
  '\u0308',
  '\u0327',
  '\u0345',
  '\u093f',
  '\u20d7',
  '\u{1d165}',
);
const letters = fc.constantFrom(
  'é',
  'e\u0301',
  'ﬁ',
  'ﬀ',
  'Ａ',
  'ｚ',
  'İ',
  'I\u0307',
  'Σ',
  'σ',
  'ς',
  'ß',
  'ǅ',
  'Ω',
  'K',
  '①',
  '㎏',
  '½',
  '²',
  'ª',
  'ᄀ',
  'ᅡ',
  '가',
  'Я',
);
const astral = fc.constantFrom('😀', '𝐀', '𐐀', '\ud800', '\udc00', '\ud83d', '\ude00');
const token = fc.oneof(
  { arbitrary: plain, weight: 6 },
  { arbitrary: whitespace, weight: 4 },
  { arbitrary: invisible, weight: 2 },
  { arbitrary: punctuation, weight: 3 },
  { arbitrary: marks, weight: 2 },
  { arbitrary: letters, weight: 2 },
  { arbitrary: astral, weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 2 }), weight: 1 },
);
const hardText = fc.array(token, { maxLength: 24 }).map((parts) => parts.join(''));

describe('normalizeText against the reference implementation', () => {
  it('agrees on every range of short hard strings', () => {
    fc.assert(
      fc.property(hardText, (input) => expectSameAsReference(input, allPairs)),
      { numRuns },
    );
  });

  it('agrees on every UTF-16 unit, in a row and after a capital letter', () => {
    const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));
    expectSameAsReference(units.join(''), somePairs([]));
    expectSameAsReference(units.map((unit) => `A${unit} `).join(''), somePairs([]));
  });

  it('agrees on the evaluation pages', () => {
    const folder = join(import.meta.dirname, '../../eval');
    for (const name of readdirSync(folder).filter((f) => /\.(txt|html)$/.test(f))) {
      const input = readFileSync(join(folder, name), 'utf8');
      expectSameAsReference(input, somePairs([]));
    }
  });

  const seeds = resolve(process.env.FACT_CARDS_SOURCES ?? join('..', 'shared', 'seeds'));
  const documents = existsSync(seeds)
    ? readdirSync(seeds)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => readFileSync(join(seeds, name), 'utf8'))
    : [];
  const pairSeeds = fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 200 });

  it.skipIf(documents.length === 0)('agrees on every offset of the seed documents', () => {
    for (const input of documents) expectSameAsReference(input, somePairs([]));
  });

  it.skipIf(documents.length === 0)('agrees on random ranges of the seed documents', () => {
    const normalized = documents.map((input) => ({
      expected: reference.normalizeText(input),
      actual: normalizeText(input),
    }));
    fc.assert(
      fc.property(
        fc.constantFrom(...normalized),
        fc.nat(),
        fc.nat(),
        ({ expected, actual }, a, b) => {
          const n = expected.text.length;
          const [start, end] = [a % (n + 1), b % (n + 1)].sort((x, y) => x - y) as [number, number];
          expect(toOriginalRange(actual, start, end)).toEqual(
            reference.toOriginalRange(expected, start, end),
          );
        },
      ),
      { numRuns },
    );
  });

  it.skipIf(documents.length === 0)(
    'agrees on slices of the seed documents with hard strings spliced in',
    () => {
      const splice = fc.tuple(fc.nat(), hardText);
      fc.assert(
        fc.property(
          fc.constantFrom(...documents),
          fc.nat(),
          fc.nat({ max: 400 }),
          fc.array(splice, { maxLength: 4 }),
          pairSeeds,
          (document, from, length, splices, pairs) => {
            let input = document.slice(from % document.length, (from % document.length) + length);
            for (const [at, text] of splices) {
              const cut = at % (input.length + 1);
              input = input.slice(0, cut) + text + input.slice(cut);
            }
            expectSameAsReference(input, somePairs(pairs));
          },
        ),
        { numRuns },
      );
    },
  );
});
