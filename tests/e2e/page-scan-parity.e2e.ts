/**
 * The extension and `npm run scan` share one page reading (units, chrome, relevance) and one
 * matcher: on the same page, the browser highlights exactly the mentions and claim sentences the
 * command-line scanner reports. The eval pages go through the command itself; every page of the
 * corpus (tests/corpus) through the same page reading in this process, which is what it runs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { scanHtmlPage } from '../../scripts/html-page';
import { compiledIndexFile } from '../../scripts/paths';
import type { CompiledIndex } from '../../utils/index/types';
import { createMatcher } from '../../utils/match/matcher';
import type { ScanResult } from '../../utils/match/types';
import { type CorpusPage, corpusPages, pageHtml } from '../corpus/corpus';
import { highlighted, openFixture, TIMING_INIT_SCRIPT, writeSettings } from './page-harness';
import { snap } from './screenshots';
import { useExtensionSession } from './session';

const session = useExtensionSession();

// Every mention is marked, so the browser shows each one the scanner finds.
beforeAll(() => writeSettings(session.browser.worker, (s) => ({ ...s, markMode: 'every' })));

function scanFile(file: string): ScanResult {
  const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/scan.ts', file, '--json'], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as ScanResult;
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

test.each(['long-read.html', 'lark-report.html', 'trap-unrelated.html'])(
  '%s: the browser marks what the scanner finds',
  async (name) => {
    const expected = scanFile(join('tests', 'eval', name));
    const { page, errors } = await openFixture(
      session.browser.context,
      session.server.url(`eval/${name}`),
    );
    const painted = await highlighted(page);
    const { claim = [], ...entityKinds } = painted;
    expect(Object.values(entityKinds).flat().sort()).toEqual(
      expected.mentions.map((m) => m.text).sort(),
    );
    // A claim is painted as a marker on its sentence's last character: one per sentence found.
    expect(claim.sort()).toEqual(expected.claims.map((c) => flat(c.sentence).slice(-1)).sort());
    expect(errors).toEqual([]);
    if (name === 'long-read.html') await snap(page, 'page-long-read', { fullPage: true });
  },
);

/** Pages opened at once: enough to keep the browser busy, few enough for a loaded machine. */
const PARALLEL_PAGES = 4;
const corpusIndex = JSON.parse(readFileSync(compiledIndexFile, 'utf8')) as CompiledIndex;
const corpusMatcher = createMatcher(corpusIndex);

/** What the browser paints on a corpus page and what `scan`'s page reading finds there. */
async function compareCorpusPage(page: CorpusPage) {
  const expected = await scanHtmlPage(pageHtml(page), corpusIndex, corpusMatcher);
  const tab = await session.browser.context.newPage();
  try {
    // Saved pages point at images, fonts and frames elsewhere: nothing leaves this machine. The
    // content script's own fetches (its index assets) go through the page's routes too.
    const local = session.server.url('');
    await tab.route('**/*', (route) => {
      const requested = route.request().url();
      return requested.startsWith(local) || requested.startsWith('chrome-extension://')
        ? route.continue()
        : route.abort();
    });
    await tab.addInitScript(TIMING_INIT_SCRIPT);
    await tab.goto(session.server.url(`corpus/${page.part}/${page.name.replace(/\.gz$/, '')}`), {
      waitUntil: 'domcontentloaded',
    });
    // The first pass over a long saved page on a busy machine may take a while.
    const finished = await tab
      .waitForFunction(
        () => ((window as { __factCardsTimings?: unknown[] }).__factCardsTimings ?? []).length > 0,
        undefined,
        { timeout: 90_000 },
      )
      .then(
        () => true,
        () => false,
      );
    // A page whose first pass never ends is a difference to name, not a timeout to hunt down.
    const name = `${page.part}/${page.name}`;
    const scan = {
      mentions: expected.shown.flatMap((b) => b.mentions.map((m) => m.text)).sort(),
      claims: expected.shown.flatMap((b) => b.claims.map((c) => flat(c.sentence).slice(-1))).sort(),
    };
    if (!finished) return { name, browser: 'no first pass within 90 s', scan };
    const { claim = [], ...entityKinds } = await highlighted(tab);
    const timing = await tab.evaluate(
      () =>
        (window as { __factCardsTimings?: { gated?: boolean; pageChromeMs?: number }[] })
          .__factCardsTimings?.[0],
    );
    return {
      name,
      browser: { mentions: Object.values(entityKinds).flat().sort(), claims: claim.sort() },
      scan,
      timing,
    };
  } finally {
    await tab.close();
  }
}

test('every corpus page: the browser marks exactly what the scanner reports', async () => {
  const pages = corpusPages();
  const differing: string[] = [];
  let marked = 0;
  let gated = 0;
  const chromeMs: number[] = [];
  for (let i = 0; i < pages.length; i += PARALLEL_PAGES) {
    const results = await Promise.all(pages.slice(i, i + PARALLEL_PAGES).map(compareCorpusPage));
    for (const { name, browser, scan, timing } of results) {
      if (timing?.gated) gated++;
      if (timing?.pageChromeMs !== undefined) chromeMs.push(timing.pageChromeMs);
      if (scan.mentions.length > 0) marked++;
      if (JSON.stringify(browser) !== JSON.stringify(scan))
        differing.push(`${name}: browser ${JSON.stringify(browser)}, scan ${JSON.stringify(scan)}`);
    }
  }
  chromeMs.sort((a, b) => a - b);
  console.log(
    `${pages.length} corpus pages: ${gated} held no index word (no pass); ${chromeMs.length} passes spent a median ${chromeMs[chromeMs.length >> 1]?.toFixed(1)} ms (max ${chromeMs.at(-1)?.toFixed(1)} ms) telling main text from chrome, ${PARALLEL_PAGES} tabs at once`,
  );
  expect(differing).toEqual([]);
  // The on-topic pages are marked: the comparison is not between two empty pages only.
  expect(marked).toBeGreaterThanOrEqual(10);
}, 900_000);
