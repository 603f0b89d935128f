/**
 * The corpus of real saved pages (tests/corpus): each page shows exactly the marks and claims
 * judged correct for it, and the off-topic pages as a whole stay silent. A change that marks a
 * share button, a footer or another person's name fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CompiledIndex } from '../../../utils/index/types';
import { createMatcher } from '../../../utils/match/matcher';
import {
  corpusPages,
  type PageOutcome,
  pageExpected,
  scanCorpusPage,
  tally,
} from '../../corpus/corpus';

const index = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../data/compiled/index.json'), 'utf8'),
) as CompiledIndex;
const matcher = createMatcher(index);
const pages = corpusPages();
const outcomes: PageOutcome[] = [];
/** Parsing a large saved page in happy-dom takes seconds on a busy machine. */
const PAGE_TIMEOUT_MS = 120_000;

describe('the corpus of real pages', () => {
  test('holds at least 100 off-topic pages and 10 on the story, each with its expectations', () => {
    expect(pages.filter((p) => p.part === 'offtopic').length).toBeGreaterThanOrEqual(100);
    expect(pages.filter((p) => p.part === 'on-topic').length).toBeGreaterThanOrEqual(10);
    for (const page of pages) expect(() => pageExpected(page), page.name).not.toThrow();
  });

  test.each(pages.map((page) => [`${page.part}/${page.name}`, page] as const))(
    '%s shows what was judged correct',
    async (_, page) => {
      const outcome = await scanCorpusPage(page, index, matcher);
      outcomes.push(outcome);
      const expected = pageExpected(page);
      expect(outcome.about).toBe(expected.about);
      expect(outcome.marks).toEqual(expected.marks);
      expect(outcome.claims).toEqual(expected.claims);
      expect(outcome.wrongEntity).toBe(0);
    },
    PAGE_TIMEOUT_MS,
  );

  test('off topic: at least 97% of pages without a mark, no claim, no wrong entity', () => {
    const off = tally(outcomes.filter((o) => o.page.part === 'offtopic'));
    expect(off.pages).toBe(pages.filter((p) => p.part === 'offtopic').length);
    expect(off.pagesWithMarks / off.pages).toBeLessThanOrEqual(0.03);
    expect(off.claims).toBe(0);
    expect(off.wrongEntity).toBe(0);
  });
});
