/**
 * How the index reaches a page: the content script carries code only, the index asset and the card
 * layer are fetched only once the settings say the site is on, and pages cannot probe for them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { PageState } from '../../utils/messaging';
import { extensionDir } from './browser';
import { openFixture, writeSettings } from './page-harness';
import { highlightRanges, tabIdFor } from './popup-helpers';
import { useExtensionSession } from './session';

declare const chrome: {
  tabs: { sendMessage(tabId: number, message: object): Promise<{ res?: PageState } | undefined> };
};

/** The content script's budget: it must stay code only (the index travels as the asset). */
const CONTENT_SCRIPT_GZIP_BUDGET = 60 * 1024;
const FETCHED_LAZILY = ['/fact-gate.bin', '/fact-index.bin', '/matcher-layer.js', '/card-layer.js'];

const session = useExtensionSession();
let requested: string[] = [];
const record = (request: { url(): string }) => {
  requested.push(request.url());
};

beforeEach(() => {
  requested = [];
  session.browser.context.on('request', record);
});

afterEach(async () => {
  session.browser.context.off('request', record);
  await writeSettings(session.browser.worker);
});

const lazyRequests = () =>
  requested.filter((url) => FETCHED_LAZILY.some((path) => new URL(url).pathname === path));

/** What the content script says of the page (the popup's own question, asked from the worker). */
async function pageStatus(page: Page): Promise<PageState['status'] | undefined> {
  const tabId = await tabIdFor(session.browser.worker, page);
  const reply = await session.browser.worker.evaluate(
    (id) =>
      chrome.tabs
        .sendMessage(id, { id: 1, type: 'getPageState', data: undefined, timestamp: Date.now() })
        .catch(() => undefined),
    tabId,
  );
  return reply?.res?.status;
}

test('the content script is code only, within its size budget', () => {
  const script = readFileSync(join(extensionDir, 'content-scripts', 'content.js'));
  expect(gzipSync(script).length).toBeLessThanOrEqual(CONTENT_SCRIPT_GZIP_BUDGET);
  // No index text inlined: an alias and a claim's quote of the index are in the asset only.
  expect(script.includes('Project Texas')).toBe(false);
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  expect(manifest.web_accessible_resources).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        resources: ['fact-gate.bin', 'fact-index.bin', 'matcher-layer.js', 'card-layer.js'],
        use_dynamic_url: true,
      }),
    ]),
  );
});

for (const [label, off] of [
  ['a switched-off site', { sites: { '127.0.0.1': false } }],
  ['a paused extension', { paused: true }],
] as const) {
  test(`${label} fetches no asset and paints nothing; switching on fetches it`, async () => {
    await writeSettings(session.browser.worker, (s) => ({ ...s, ...off }));
    const { page } = await openFixture(
      session.browser.context,
      session.server.url('page/article.html'),
      { waitForPass: false },
    );
    const status = 'paused' in off ? 'paused' : 'site-off';
    // Once the content script reports the status, its settings are applied: nothing more follows.
    await expect.poll(() => pageStatus(page), { timeout: 15_000 }).toBe(status);
    expect(lazyRequests()).toEqual([]);
    expect(await highlightRanges(page)).toBe(0);

    await writeSettings(session.browser.worker);
    await expect.poll(() => highlightRanges(page), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(lazyRequests().some((url) => url.endsWith('/fact-index.bin'))).toBe(true);
    await page.close();
  });
}

test('a page naming nothing of the index gets the small gate, not the index, until it does', async () => {
  const { page } = await openFixture(
    session.browser.context,
    session.server.url('page/unrelated.html'),
    { waitForPass: false },
  );
  await expect
    .poll(() => lazyRequests().map((url) => new URL(url).pathname))
    .toContain('/fact-gate.bin');
  expect(await pageStatus(page)).toBe('on');
  expect(lazyRequests().some((url) => url.endsWith('/fact-index.bin'))).toBe(false);
  // The page then adds a paragraph naming the story: the index is fetched and it is marked.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Meanwhile ByteDance said TikTok would move its data to Oracle.';
    document.querySelector('article')?.append(p);
  });
  await expect.poll(() => highlightRanges(page), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(lazyRequests().some((url) => url.endsWith('/fact-index.bin'))).toBe(true);
  await page.close();
});

test('a page cannot fetch the asset by the extension’s fixed id', async () => {
  const { page } = await openFixture(
    session.browser.context,
    session.server.url('page/article.html'),
  );
  const fetched = await page.evaluate(async (id) => {
    try {
      return (await fetch(`chrome-extension://${id}/fact-index.bin`)).status;
    } catch {
      return 'refused';
    }
  }, session.browser.extensionId);
  expect(fetched).toBe('refused');
  // The content script itself did fetch it, through the per-session dynamic URL.
  expect(lazyRequests().some((url) => !url.includes(session.browser.extensionId))).toBe(true);
  await page.close();
});
