import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../utils/match/matcher';
import { foldText } from '../../../utils/text/normalize';
import { miniIndex } from '../fixtures/mini-index';

const matcher = createMatcher(miniIndex, { strictness: 'strict' });
const balanced = createMatcher(miniIndex);

const decorate = (name: string) =>
  fc
    .array(fc.constantFrom('', '\u00ad', '\u200b'), {
      minLength: name.length,
      maxLength: name.length,
    })
    .map((marks) =>
      [...name]
        .map((ch, i) => (ch === ' ' ? '\u00a0' : ch) + (i < name.length - 1 ? marks[i] : ''))
        .join(''),
    );

const filler = fc.array(
  fc.constantFrom('the', 'data', 'ﬁle', '“said”', '—', '\n\n', '  ', 'é', '😀'),
  {
    maxLength: 6,
  },
);

describe('matching properties', () => {
  it('maps every exact match to an original slice that normalises to the alias', () => {
    const names = fc.constantFrom('ByteDance', 'Project Texas', 'Booz Allen Hamilton', 'TikTok');
    fc.assert(
      fc.property(filler, names.chain(decorate), filler, (before, name, after) => {
        const text = `${before.join(' ')} ${name}’s ${after.join(' ')}`;
        const { mentions } = matcher.scan(text);
        expect(mentions.length).toBeGreaterThan(0);
        for (const m of mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(foldText(m.text)).toBe(foldText(m.alias));
        }
      }),
    );
  });

  it('never throws and returns ordered, in-bounds results for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const { mentions, claims } = balanced.scan(text);
        for (const list of [mentions, claims]) {
          let last = -1;
          for (const item of list) {
            expect(item.start).toBeGreaterThanOrEqual(Math.max(0, last));
            expect(item.end).toBeLessThanOrEqual(text.length);
            last = item.start;
          }
        }
      }),
    );
  });
});
