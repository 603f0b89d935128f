/**
 * The cheap first check never turns away a page the matcher would mark with an exact name or a
 * claim, and turns away pages that share no word with the index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createTermCheck, termGateOf } from '../../../utils/index/term-gate';
import type { CompiledIndex } from '../../../utils/index/types';
import { createMatcher } from '../../../utils/match/matcher';
import { type PreparedIndex, prepareIndex } from '../../../utils/match/prepared';
import { whenPageHasTerms } from '../../../utils/page/term-watch';
import { extractText } from '../../../utils/text/extract';

const root = join(import.meta.dirname, '../../..');
const index = JSON.parse(
  readFileSync(join(root, 'data/compiled/index.json'), 'utf8'),
) as CompiledIndex;
const prepared = JSON.parse(
  readFileSync(join(root, 'data/compiled/matcher.json'), 'utf8'),
) as PreparedIndex;
const check = createTermCheck(termGateOf(prepared));

function pageTexts(): [string, string][] {
  const dirs = [
    'tests/eval',
    'tests/eval/heldout',
    'tests/e2e/fixtures/page',
    'tests/e2e/fixtures',
  ];
  return dirs.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.html') || f.endsWith('.txt'))
      .map((f): [string, string] => {
        const content = readFileSync(join(root, dir, f), 'utf8');
        if (!f.endsWith('.html')) return [`${dir}/${f}`, content];
        const doc = new DOMParser().parseFromString(content, 'text/html');
        return [`${dir}/${f}`, extractText(doc.body).text];
      }),
  );
}

describe('term gate', () => {
  it('passes every page on which the matcher finds an exact name or a claim', () => {
    const matcher = createMatcher(index, { prepared });
    const pages = pageTexts();
    expect(pages.length).toBeGreaterThan(10);
    for (const [name, text] of pages) {
      const { mentions, claims } = matcher.scan(text);
      const found = mentions.filter((m) => m.how !== 'fuzzy').length + claims.length;
      if (found > 0) expect(check(text), name).toBe(true);
    }
  });

  it('turns away a page sharing no word with the index', () => {
    const garden = 'Tomatoes want a sunny bed and steady water, while basil prefers warm soil.';
    expect(check(garden)).toBe(false);
    expect(createMatcher(index, { prepared }).scan(garden)).toEqual({ mentions: [], claims: [] });
    expect(check(`${garden} Then ByteDance called.`)).toBe(true);
    // Numbers alone never make a claim match, so they do not pass the gate either.
    expect(check('In 2022, 80 of 1,500 tomatoes ripened.')).toBe(false);
  });

  it('is what the build makes of the prepared index', () => {
    expect(termGateOf(prepared)).toEqual(termGateOf(prepareIndex(index)));
  });
});

describe('waiting for index words', () => {
  const hasTerms = (text: string) => text.includes('TikTok');

  it('resolves at once when the page already has one', async () => {
    document.body.innerHTML = '<p>About TikTok.</p>';
    const signal = new AbortController().signal;
    expect(await whenPageHasTerms({ doc: document, hasTerms, signal })).toBe(true);
  });

  it('says once when the page as first read has nothing, and not when it has', async () => {
    document.body.innerHTML = '<p>Gardening.</p>';
    const controller = new AbortController();
    let nothing = 0;
    const nothingYet = () => nothing++;
    const waiting = whenPageHasTerms({
      doc: document,
      hasTerms,
      signal: controller.signal,
      nothingYet,
    });
    await vi.waitFor(() => expect(nothing).toBe(1));
    const p = document.createElement('p');
    p.textContent = 'Still gardening.';
    document.body.append(p);
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    expect(await waiting).toBe(false);
    expect(nothing).toBe(1);

    document.body.innerHTML = '<p>About TikTok.</p>';
    expect(
      await whenPageHasTerms({
        doc: document,
        hasTerms,
        signal: new AbortController().signal,
        nothingYet,
      }),
    ).toBe(true);
    expect(nothing).toBe(1);
  });

  it('waits for text the page adds later, and stops when told to', async () => {
    document.body.innerHTML = '<p>Gardening.</p>';
    const waiting = whenPageHasTerms({
      doc: document,
      hasTerms,
      signal: new AbortController().signal,
    });
    const p = document.createElement('p');
    p.textContent = 'Now TikTok.';
    document.body.append(p);
    expect(await waiting).toBe(true);

    const controller = new AbortController();
    const never = whenPageHasTerms({
      doc: document.implementation.createHTMLDocument(''),
      hasTerms,
      signal: controller.signal,
    });
    controller.abort();
    expect(await never).toBe(false);
  });

  it('checks a long text in slices, giving the page turns', async () => {
    document.body.textContent = `${'garden '.repeat(30_000)}TikTok`;
    let pauses = 0;
    const pause = async () => {
      pauses++;
    };
    const signal = new AbortController().signal;
    expect(await whenPageHasTerms({ doc: document, hasTerms, signal, pause })).toBe(true);
    expect(pauses).toBeGreaterThan(1);
  });
});
