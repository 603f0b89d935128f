import { expect, test } from 'vitest';
import { manifest } from './browser';
import { snap } from './screenshots';
import { useExtensionSession } from './session';

const session = useExtensionSession();

test('the content script runs on a fixture page', async () => {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url('smoke.html'));
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
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
  const { name, version } = manifest();
  await expect.poll(() => page.locator('h1').textContent()).toBe(name);
  expect(await page.getByTestId('version').textContent()).toContain(version);
  await snap(page, 'smoke-popup');
});
