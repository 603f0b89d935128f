import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, normalizeText, toOriginalRange } from '../../../utils/text/normalize';

describe('normalizeText', () => {
  it('folds case and keeps an original-case copy of the same length', () => {
    const normal = normalizeText('ByteDance and TikTok');
    expect(normal.text).toBe('bytedance and tiktok');
    expect(normal.cased).toBe('ByteDance and TikTok');
  });

  it('unifies quotes, apostrophes and dashes', () => {
    expect(normalizeText('TikTok’s ‘app’ “said” „x“ ′ ″ a‐b‑c–d—e').text).toBe(
      'tiktok\'s \'app\' "said" "x" \' " a-b-c-d-e',
    );
  });

  it('removes soft hyphens and zero-width characters', () => {
    expect(normalizeText('Byte\u00adDance Tik\u200bTok O\u200c\u200dr\u2060a\ufeffcle').text).toBe(
      'bytedance tiktok oracle',
    );
  });

  it('collapses whitespace runs, keeping one line break when the run had one', () => {
    expect(normalizeText('Project\u00a0 \tTexas\u202fnow').text).toBe('project texas now');
    expect(normalizeText('end.\n\n  Next').text).toBe('end.\nnext');
  });

  it('applies NFKC and maps expansions back to the whole original character', () => {
    const input = 'ﬁnal ＴｉｋＴｏｋ';
    const normal = normalizeText(input);
    expect(normal.text).toBe('final tiktok');
    expect(toOriginalRange(normal, 0, 2)).toEqual({ start: 0, end: 1 });
    expect(toOriginalRange(normal, 6, 12)).toEqual({ start: 5, end: 11 });
  });

  it('composes combining marks with their base letter', () => {
    const normal = normalizeText('Cafe\u0301 Bytedance');
    expect(normal.text).toBe('café bytedance');
    expect(toOriginalRange(normal, 0, 4)).toEqual({ start: 0, end: 5 });
  });

  it('keeps a combining mark after white space out of the collapsed run', () => {
    const normal = normalizeText('  \u0301');
    expect(normal.text).toBe(' \u0301');
    expect(toOriginalRange(normal, 0, 1)).toEqual({ start: 0, end: 2 });
    expect(toOriginalRange(normal, 1, 2)).toEqual({ start: 2, end: 3 });
  });

  it('maps every offset back to the original text', () => {
    const input = 'A  “TikTok”\u00ad says';
    const normal = normalizeText(input);
    const at = normal.text.indexOf('tiktok');
    const range = toOriginalRange(normal, at, at + 6);
    expect(input.slice(range.start, range.end)).toBe('TikTok');
  });

  it('folds aliases the same way as text', () => {
    expect(foldText('  Shou  Zi\u00a0Chew ')).toBe('shou zi chew');
  });
});

const interesting = fc.constantFrom(
  'a',
  'Z',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u202f',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\ufeff',
  'ﬁ',
  'ﬀ',
  'Ａ',
  '\u0301',
  'é',
  'İ',
  'ß',
  '’',
  '“',
  '—',
  '😀',
  '\ud83d',
  '①',
  '㎏',
  'TikTok',
);
const messyText = fc
  .array(
    fc.oneof(
      interesting,
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    {
      maxLength: 30,
    },
  )
  .map((parts) => parts.join(''));

describe('normalizeText properties', () => {
  it('maps offsets monotonically to valid original offsets', () => {
    fc.assert(
      fc.property(messyText, (input) => {
        const normal = normalizeText(input);
        const n = normal.text.length;
        expect(normal.cased.length).toBe(n);
        expect(toOriginalRange(normal, n, n)).toEqual({ start: input.length, end: input.length });
        let previous = { start: 0, end: 0 };
        for (let i = 0; i < n; i++) {
          const { start, end } = toOriginalRange(normal, i, i + 1);
          expect(start).toBeGreaterThanOrEqual(previous.start);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeGreaterThanOrEqual(previous.end);
          expect(end).toBeLessThanOrEqual(input.length);
          previous = { start, end };
        }
      }),
    );
  });

  it('never leaves two whitespace characters in a row', () => {
    fc.assert(
      fc.property(messyText, (input) => {
        expect(normalizeText(input).text).not.toMatch(/\s\s/);
      }),
    );
  });

  it('normalises the original slice of any cluster-aligned range back to the same text', () => {
    fc.assert(
      fc.property(messyText, fc.nat(), fc.nat(), (input, a, b) => {
        const normal = normalizeText(input);
        const n = normal.text.length;
        const boundaries = [0];
        for (let i = 1; i < n; i++) {
          const start = toOriginalRange(normal, i, i).start;
          if (start !== toOriginalRange(normal, i - 1, i - 1).start) boundaries.push(i);
        }
        boundaries.push(n);
        const x = boundaries[a % boundaries.length] as number;
        const y = boundaries[b % boundaries.length] as number;
        const [start, end] = x <= y ? [x, y] : [y, x];
        const range = toOriginalRange(normal, start, end);
        const again = normalizeText(input.slice(range.start, range.end));
        expect(again.text).toBe(normal.text.slice(start, end));
      }),
    );
  });
});
