/**
 * The popup against a real page in headless Chromium: per-site switch and pause take effect in
 * the open tab without a reload, the page list, jump, copy, search, settings persistence,
 * corrupt storage, the badge, accessibility and screenshots.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import {
  axeViolations,
  badgeText,
  highlightRanges,
  openPopup,
  readStorage,
  tabIdFor,
  writeStorage,
} from './popup-helpers';
import { snap } from './screenshots';
import { useExtensionSession } from './session';

const session = useExtensionSession();

/** Opens the fixture article and waits until the content script has highlighted it. */
async function openArticle(
  b: ExtensionBrowser = session.browser,
): Promise<{ page: Page; tabId: number }> {
  const page = await b.context.newPage();
  await page.goto(session.server.url('popup/article.html'));
  await expect.poll(() => highlightRanges(page), { timeout: 10_000 }).toBeGreaterThan(0);
  const tabId = await tabIdFor(b.worker, page);
  return { page, tabId };
}

async function resetSettings(b: ExtensionBrowser = session.browser) {
  await b.worker.evaluate(() => chrome.storage.local.remove(['settings', 'settings$']));
}

declare const chrome: {
  storage: { local: { remove(keys: string[]): Promise<void> } };
};

describe('on a news article', () => {
  test('lists the page’s names most mentioned first, kind once each, and the badge counts the list', async () => {
    await resetSettings();
    const { page, tabId } = await openArticle();
    const popup = await openPopup(session.browser, tabId);
    const list = popup.getByTestId('page-list');
    await expect.poll(() => list.getByRole('heading', { name: 'Names' }).count()).toBe(1);
    // No heading per kind repeats what each row already says.
    await expect(list.getByRole('heading', { name: 'People' }).count()).resolves.toBe(0);
    const counts = await list
      .locator('#group-names ~ ul [data-testid=mention-count]')
      .evaluateAll((els) => els.map((el) => Number.parseInt(el.textContent ?? '0', 10)));
    expect(counts.length).toBeGreaterThan(3);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    await expect(popup.getByTestId('site-name').textContent()).resolves.toBe('127.0.0.1');
    const chew = popup.getByTestId('entity-shou-zi-chew');
    await expect(chew.getByTestId('mention-count').textContent()).resolves.toMatch(/^\d+/);
    const bytedance = popup.getByTestId('entity-bytedance');
    await expect(bytedance.count()).resolves.toBe(1);
    await snap(popup, 'popup-light');

    // The badge says how many entries the popup lists.
    const listed = await popup.evaluate(
      () => document.querySelectorAll('[data-testid=mention-count]').length,
    );
    expect(listed).toBeGreaterThan(3);
    await expect.poll(() => badgeText(session.browser.worker, tabId)).toBe(String(listed));
    await expect(list.locator('.section-count').first().textContent()).resolves.toBe(
      String(listed),
    );

    // The colour key is one click away.
    await popup.getByTestId('colour-key-section').locator('summary').click();
    await expect(popup.getByTestId('colour-key').locator('li').count()).resolves.toBe(6);
    await snap(popup, 'popup-colour-key');
    expect(await axeViolations(popup)).toEqual([]);

    // Disclosure: aria-expanded, citations with outlet and whose wording they are.
    const toggle = chew.getByRole('button', { expanded: false }).first();
    await toggle.click();
    await expect(chew.getByRole('button', { expanded: true }).count()).resolves.toBe(1);
    await expect.poll(() => chew.getByTestId('citation').count()).toBeGreaterThan(0);
    await snap(popup, 'popup-expanded');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('switching the site off removes highlights at once, stays off after reload, and back on', async () => {
    await resetSettings();
    const { page, tabId } = await openArticle();
    const popup = await openPopup(session.browser, tabId);
    const siteSwitch = popup.getByRole('switch', { name: /On for this site/ });
    await expect.poll(() => siteSwitch.getAttribute('aria-checked')).toBe('true');

    await siteSwitch.click();
    await expect.poll(() => siteSwitch.getAttribute('aria-checked')).toBe('false');
    await expect.poll(() => highlightRanges(page)).toBe(0);
    await expect.poll(() => badgeText(session.browser.worker, tabId)).toBe('');
    await expect
      .poll(() => popup.getByTestId('page-empty').textContent())
      .toContain('off for this site');
    expect((await readStorage(session.browser.worker)).settings).toMatchObject({
      sites: { '127.0.0.1': false },
    });

    await page.reload();
    await page.waitForLoadState('load');
    await new Promise((r) => setTimeout(r, 800));
    expect(await highlightRanges(page)).toBe(0);

    // The settings list shows the site; it can be removed there too, but switch it back here.
    await popup.reload();
    await popup.getByRole('tab', { name: 'Settings' }).click();
    await expect(popup.getByTestId('sites-off').textContent()).resolves.toContain('127.0.0.1');
    await popup.getByRole('tab', { name: 'This page' }).click();
    await popup.getByRole('switch', { name: /On for this site/ }).click();
    await expect.poll(() => highlightRanges(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => badgeText(session.browser.worker, tabId)).toMatch(/^\d+$/);
    await popup.close();
    await page.close();
  });

  test('pause everywhere turns highlighting off and on again without reload', async () => {
    await resetSettings();
    const { page, tabId } = await openArticle();
    const popup = await openPopup(session.browser, tabId);
    const pause = popup.getByRole('switch', { name: /Pause everywhere/ });
    await pause.click();
    await expect.poll(() => highlightRanges(page)).toBe(0);
    await expect
      .poll(() => popup.getByTestId('page-empty').textContent())
      .toContain('paused everywhere');
    await pause.click();
    await expect.poll(() => highlightRanges(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  test('jump to a mention brings its tab forward and opens its card', async () => {
    await resetSettings();
    const { page, tabId } = await openArticle();
    const popup = await openPopup(session.browser, tabId);
    const item = popup.getByTestId('entity-bytedance');
    await item.getByRole('button', { expanded: false }).first().click();
    await item.getByRole('button', { name: /Jump to it/ }).click();
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 5000 }).toBeGreaterThan(0);
    await expect(page.getByRole('dialog').first().textContent()).resolves.toContain('ByteDance');
    await popup.close();
    await page.close();
  });

  test('copy citation puts the formatted citation on the clipboard', async () => {
    await resetSettings();
    const { page, tabId } = await openArticle();
    // Chromium refuses permission grants to chrome-extension:// origins, so the clipboard is read
    // back from the fixture page's origin: it is the same (browser-wide) clipboard.
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    const readClipboard = async () => {
      await page.bringToFront();
      const text = await page.evaluate(() => navigator.clipboard.readText());
      await popup.bringToFront();
      return text;
    };
    const popup = await openPopup(session.browser, tabId);
    const item = popup.getByTestId('entity-shou-zi-chew');
    await item.getByRole('button', { expanded: false }).first().click();
    const cite = item.getByTestId('citation').first();
    // The passage as shown: in quotation marks for an outlet's own words, bare for a copy's.
    const quote = (await cite.getByTestId('cite-passage').textContent()) ?? '';
    const outlet = (await cite.locator('.cite-outlet').textContent()) ?? '';
    await cite.getByRole('button', { name: /Copy citation/ }).click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toMatch(/Copied/);
    const plain = await readClipboard();
    expect(plain).toContain(quote.trim());
    expect(plain).toContain(outlet);
    expect(plain).toMatch(/Accessed \d{1,2} \w+ \d{4}/);

    // The message clears when the reader moves on.
    await popup.getByRole('tab', { name: 'Settings' }).click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('');
    await popup.getByRole('tab', { name: 'This page' }).click();
    // BibTeX, chosen in the menu beside the Copy button. The entry is still open: the popup
    // keeps open entries across its tabs.
    await item.getByLabel('Citation format for Shou Zi Chew').selectOption('bibtex');
    await item
      .getByTestId('citation')
      .first()
      .getByRole('button', { name: /Copy citation/ })
      .click();
    await expect.poll(readClipboard).toMatch(/^@article\{[a-z]+\d{4}[a-z0-9]*,\n {2}author = /);
    await popup.close();
    await page.close();
  });

  test('search finds entities by misspelled names', async () => {
    await resetSettings();
    const popup = await openPopup(session.browser);
    const search = popup.getByRole('searchbox', { name: 'Search the index' });
    for (const [query, name] of [
      ['bytedanse', 'ByteDance'],
      ['projekt texas', 'Project Texas'],
      ['shou chew', 'Shou Zi Chew'],
      ['oracel', 'Oracle Corporation'],
    ] as const) {
      await search.fill(query);
      const results = popup.getByTestId('search-results');
      await expect.poll(() => results.locator('.item-title').first().textContent()).toBe(name);
    }
    // The count is every hit, not a cap; "Show more" lists the rest ten at a time.
    await search.fill('tiktok');
    const results = popup.getByTestId('search-results');
    const total = Number(await results.locator('.section-count').textContent());
    expect(total).toBeGreaterThan(10);
    await expect(results.locator('.items > li').count()).resolves.toBe(10);
    await results.getByRole('button', { name: /^Show \d+ more/ }).click();
    await expect(results.locator('.items > li').count()).resolves.toBe(Math.min(20, total));
    await popup.close();
  });

  test('a page the content script does not run on says so', async () => {
    const blank = await session.browser.context.newPage();
    await blank.goto('about:blank');
    const tabId = await tabIdFor(session.browser.worker, blank);
    const popup = await openPopup(session.browser, tabId);
    await expect
      .poll(() => popup.getByTestId('page-empty').textContent(), { timeout: 5000 })
      .toContain('doesn’t run on this page');
    expect(await popup.getByRole('switch', { name: /On for this site/ }).isDisabled()).toBe(true);
    await popup.close();
    await blank.close();
  });

  test('a corrupt stored value yields defaults and the popup still works', async () => {
    await writeStorage(session.browser.worker, {
      settings: { paused: 'sometimes', theme: 'dark', sites: 42, hoverDelayMs: -7 },
      settings$: { v: 4 },
    });
    const warnings: string[] = [];
    const popup = await session.browser.context.newPage();
    popup.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await popup.getByTestId('version').waitFor();
    await popup.getByRole('tab', { name: 'Settings' }).click();
    await expect.poll(() => popup.locator('output[for=hover-delay]').textContent()).toBe('500 ms');
    expect(await popup.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    expect(await popup.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(warnings.some((w) => w.includes('paused'))).toBe(true);
    // It keeps working: a change is saved as a clean value.
    await popup.getByRole('radio', { name: 'Click' }).check();
    await expect
      .poll(async () => (await readStorage(session.browser.worker)).settings)
      .toMatchObject({ activation: 'click', paused: false, sites: {}, hoverDelayMs: 500 });

    // A garbage string (no version) is migrated, then validated to the defaults.
    await writeStorage(session.browser.worker, { settings: 'garbage' });
    await popup.reload();
    await popup.getByRole('tab', { name: 'Settings' }).click();
    expect(await popup.getByRole('radio', { name: 'Hover' }).isChecked()).toBe(true);
    await popup.close();
    await resetSettings();
  });

  test('a bad settings file is refused with an alert and changes nothing', async () => {
    await resetSettings();
    const popup = await openPopup(session.browser);
    await popup.getByRole('tab', { name: 'Settings' }).click();
    const before = await readStorage(session.browser.worker);
    await popup.getByTestId('import-settings').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"fact-cards-settings","version":3,"settings":{"theme":7}}'),
    });
    await expect.poll(() => popup.getByRole('alert').textContent()).toMatch(/not valid/);
    expect(await readStorage(session.browser.worker)).toEqual(before);
    // A good file applies.
    await popup.getByTestId('import-settings').setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'fact-cards-settings',
          version: 1,
          settings: { enabled: true, disabledSites: ['example.com'], hoverDelay: 700 },
        }),
      ),
    });
    await expect
      .poll(async () => (await readStorage(session.browser.worker)).settings)
      .toMatchObject({ hoverDelayMs: 700, sites: { 'example.com': false } });
    await popup.close();
    await resetSettings();
  });
});

describe('looks and accessibility', () => {
  test('settings section, light theme, passes axe', async () => {
    await resetSettings();
    const popup = await openPopup(session.browser);
    await popup.getByRole('tab', { name: 'Settings' }).click();
    await snap(popup, 'popup-settings');
    expect(await axeViolations(popup)).toEqual([]);
    // Keyboard: the tabs move with arrow keys.
    await popup.getByRole('tab', { name: 'Settings' }).focus();
    await popup.keyboard.press('ArrowLeft');
    await expect
      .poll(() => popup.getByRole('tab', { name: 'This page' }).getAttribute('aria-selected'))
      .toBe('true');
    await popup.close();
  });

  test('dark theme (setting) on the page list passes axe', async () => {
    await resetSettings();
    const { page, tabId } = await openArticle();
    const popup = await openPopup(session.browser, tabId);
    await popup.getByRole('tab', { name: 'Settings' }).click();
    await popup.getByRole('radio', { name: 'Dark' }).check();
    await popup.getByRole('tab', { name: 'This page' }).click();
    await popup
      .getByTestId('entity-tiktok')
      .getByRole('button', { expanded: false })
      .first()
      .click();
    await snap(popup, 'popup-dark');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('tab', { name: 'Settings' }).click();
    await snap(popup, 'popup-settings-dark');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
    await resetSettings();
  });

  test('the index page: matrix, sources, search, light and dark, passes axe', async () => {
    await resetSettings();
    const library = await session.browser.context.newPage();
    await library.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
    await library.getByTestId('matrix').waitFor();
    const rows = await library.locator('[data-testid=matrix] tbody tr').count();
    expect(rows).toBeGreaterThan(10);
    expect(await library.locator('[data-testid=matrix] thead th').count()).toBe(7);
    expect(await library.locator('.row-corroborated').count()).toBeGreaterThan(0);
    expect(await library.locator('.row-disputed').count()).toBeGreaterThan(0);
    await snap(library, 'library-light');
    expect(await axeViolations(library)).toEqual([]);

    await library.getByRole('searchbox').fill('bytedanse');
    await expect
      .poll(() => library.locator('.lib-entities h3').first().textContent())
      .toMatch(/ByteDance/);
    await library.getByRole('searchbox').fill('');

    const download = library.waitForEvent('download');
    await library.getByTestId('export-index').click();
    expect((await download).suggestedFilename()).toBe('fact-cards-index.json');

    await library.emulateMedia({ colorScheme: 'dark' });
    await snap(library, 'library-dark');
    expect(await axeViolations(library)).toEqual([]);
    await library.close();
  });
});

describe('persistence', () => {
  test('settings survive a browser restart', async () => {
    const first = await launchWithExtension();
    const popup = await openPopup(first);
    await popup.getByRole('switch', { name: /Pause everywhere/ }).click();
    await popup.getByRole('tab', { name: 'Settings' }).click();
    await popup.getByRole('radio', { name: 'Dotted' }).check();
    await expect
      .poll(async () => (await readStorage(first.worker)).settings)
      .toMatchObject({ paused: true, highlightStyle: 'dotted' });
    await first.close({ keepProfile: true });

    const second = await launchWithExtension({ profileDir: first.profileDir });
    try {
      const again = await openPopup(second);
      await expect
        .poll(() =>
          again.getByRole('switch', { name: /Pause everywhere/ }).getAttribute('aria-checked'),
        )
        .toBe('true');
      await again.getByRole('tab', { name: 'Settings' }).click();
      expect(await again.getByRole('radio', { name: 'Dotted' }).isChecked()).toBe(true);
      expect((await readStorage(second.worker)).settings$).toEqual({ v: 4 });
    } finally {
      await second.close();
    }
  });
});
