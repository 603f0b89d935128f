/**
 * Readers on a touch screen, readers who scroll on, and readers with forced colours: cards open,
 * close when their mention leaves the view, and the marks stay visible.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { highlighted, openFixture, wordCenter } from './page-harness';
import { snap } from './screenshots';
import { type FixtureServer, startFixtureServer } from './server';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});

afterAll(async () => {
  await server?.close();
});

const url = (name: string) => server.url(`page/${name}`);

describe('touch screen', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ hasTouch: true });
  });
  afterAll(async () => browser?.close());

  test('tapping a name opens its card', async () => {
    const { page, errors } = await openFixture(browser.context, url('article.html'));
    const { x, y } = await wordCenter(page, 'Project Texas', '#p3');
    await page.touchscreen.tap(x, y);
    const card = page.getByTestId('fact-card');
    await expect.poll(() => card.count(), { timeout: 3000 }).toBe(1);
    expect(await card.locator('h2').textContent()).toBe('Project Texas');
    expect(errors).toEqual([]);
    await snap(page, 'page-card-touch');
  });
});

describe('scrolling', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  test('a card closes when its mention scrolls out of view', async () => {
    const { page } = await openFixture(browser.context, server.url('eval/long-read.html'));
    const { x, y } = await wordCenter(page, 'ByteDance', '#l1');
    await page.mouse.move(x - 3, y);
    await page.mouse.move(x, y);
    const card = page.getByTestId('fact-card');
    await expect.poll(() => card.count(), { timeout: 3000 }).toBe(1);
    await page.evaluate(() => window.scrollBy(0, 1600));
    await expect.poll(() => card.count(), { timeout: 3000 }).toBe(0);
  });
});

describe('forced colours', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  test('names are marked in system colours, claim sentences are not painted, cards open', async () => {
    const { page, errors } = await openFixture(browser.context, url('article.html'));
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const forcedRules = await page.evaluate(() =>
      document.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule) => rule instanceof CSSMediaRule && /forced-colors/.test(rule.conditionText))
        .map((rule) => rule.cssText),
    );
    expect(forcedRules.join('\n')).toMatch(/::highlight\(fact-cards-person\)/);
    expect(forcedRules.join('\n')).toMatch(/canvastext|highlight|mark/i);
    // Claim sentences are never painted: at most their one-character markers are.
    const claims = (await highlighted(page)).claim ?? [];
    expect(claims.every((text) => text.length === 1)).toBe(true);
    expect((await highlighted(page)).person?.length).toBeGreaterThan(0);
    await page.emulateMedia({ forcedColors: 'none' });
    await expect.poll(async () => (await highlighted(page)).claim?.length ?? 0).toBeGreaterThan(0);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.keyboard.press('Alt+Shift+J');
    const card = page.getByTestId('fact-card');
    await expect.poll(() => card.count(), { timeout: 3000 }).toBe(1);
    expect(errors).toEqual([]);
    await snap(page, 'page-forced-colors');
  });
});
