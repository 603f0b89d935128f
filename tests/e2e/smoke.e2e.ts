import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, manifest } from './browser';
import { snap } from './screenshots';
import { type FixtureServer, startFixtureServer } from './server';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the content script runs on a fixture page', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('smoke.html'));
  // The extension's only node in the page is its UI host; the marks are highlights, not markup.
  await expect
    .poll(() => page.evaluate(() => document.querySelectorAll('[data-fact-cards-ui]').length))
    .toBe(1);
  await expect
    .poll(() =>
      page.evaluate(
        () => [...CSS.highlights.keys()].filter((k) => k.startsWith('fact-cards-')).length,
      ),
    )
    .toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.dataset.factCardsRan)).toBeUndefined();
  await snap(page, 'smoke-page');
});

test('the popup renders the extension name and version', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const { name, version } = manifest();
  await expect.poll(() => page.locator('h1').textContent()).toBe(name);
  expect(await page.getByTestId('version').textContent()).toContain(version);
  await snap(page, 'smoke-popup');
});
