/** The reader and the toolbar popup: the page list, the badge, the switches, a restart. */
import { expect } from 'vitest';
import type { ReaderBrowser } from '../driver/types';
import { sleep } from '../page-harness';
import { badgeText, clickElement, highlightRanges, readStorage, switchState } from './helpers';
import type { Scenario } from './types';

const POPUP_SIZE = { width: 380, height: 600 };
const SITE = 'On for this site';
const PAUSE = 'Pause everywhere';

/** The popup's article, painted, and the popup opened as a tab aimed at it. */
async function articleAndPopup(browser: ReaderBrowser, url: (path: string) => string) {
  const page = await browser.openPage(url('popup/article.html'));
  await expect.poll(() => highlightRanges(page), { timeout: 15_000 }).toBeGreaterThan(0);
  const tabId = await browser.tabIdOf(page);
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`, POPUP_SIZE);
  await popup.waitFor(() => document.querySelector('[data-testid=page-list]'));
  return { page, tabId, popup };
}

const emptyText = (popup: Awaited<ReturnType<typeof articleAndPopup>>['popup']) =>
  popup.evaluate(() => document.querySelector('[data-testid=page-empty]')?.textContent ?? '');

export const popupScenarios: Scenario[] = [
  {
    name: 'the popup lists the names found on the page, and the toolbar badge counts them',
    async run({ browser, url, snap }) {
      const { popup, tabId } = await articleAndPopup(browser, url);
      // The list's frame shows at once; its rows once the page has answered.
      await popup.waitFor(() => document.querySelector('[data-testid^=entity-]'));
      // What the reader reads: the site, and each name with how often the page mentions it.
      const list = await popup.evaluate(() => ({
        site: document.querySelector('[data-testid=site-name]')?.textContent,
        entries: Object.fromEntries(
          [...document.querySelectorAll('[data-testid^=entity-]')].map((e) => [
            e.getAttribute('data-testid'),
            {
              text: e.textContent ?? '',
              count: e.querySelector('[data-testid=mention-count]')?.textContent ?? '',
            },
          ]),
        ),
      }));
      expect(list.site).toBe('127.0.0.1');
      expect(list.entries['entity-bytedance']?.text).toContain('ByteDance');
      expect(list.entries['entity-shou-zi-chew']?.text).toContain('Shou Zi Chew');
      expect(list.entries['entity-bytedance']?.count).toMatch(/^[1-9]\d*/);
      const entities = Object.keys(list.entries);
      await expect.poll(() => badgeText(browser, tabId), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);
      expect(Number(await badgeText(browser, tabId))).toBeGreaterThanOrEqual(entities.length);
      expect(popup.errors).toEqual([]);
      await snap(popup, 'popup');
    },
  },
  {
    name: 'the per-site switch and the pause act on the open page at once, badge included',
    async run({ browser, url }) {
      const { page, popup, tabId } = await articleAndPopup(browser, url);
      await expect.poll(() => switchState(popup, SITE)).toBe('true');

      await clickElement(popup, '[role=switch]', SITE);
      await expect.poll(() => switchState(popup, SITE)).toBe('false');
      await expect.poll(() => highlightRanges(page)).toBe(0);
      await expect.poll(() => badgeText(browser, tabId)).toBe('');
      await expect.poll(() => emptyText(popup)).toContain('off for this site');
      expect((await readStorage(browser)).settings).toMatchObject({
        sites: { '127.0.0.1': false },
      });

      await clickElement(popup, '[role=switch]', SITE);
      await expect.poll(() => highlightRanges(page), { timeout: 10_000 }).toBeGreaterThan(0);
      await expect.poll(() => badgeText(browser, tabId), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);

      await clickElement(popup, '[role=switch]', PAUSE);
      await expect.poll(() => highlightRanges(page)).toBe(0);
      await expect.poll(() => emptyText(popup)).toContain('paused everywhere');
      await clickElement(popup, '[role=switch]', PAUSE);
      await expect.poll(() => highlightRanges(page), { timeout: 10_000 }).toBeGreaterThan(0);
    },
  },
  {
    name: 'settings survive a browser restart with the same profile',
    async run({ driver, url }) {
      const first = await driver.launch();
      let profileDir = first.profileDir;
      try {
        const popup = await first.openExtensionPage('popup.html', POPUP_SIZE);
        await popup.waitFor(() => document.querySelector('[role=switch]'));
        await clickElement(popup, '[role=switch]', PAUSE);
        await expect
          .poll(async () => (await readStorage(first)).settings)
          .toMatchObject({ paused: true });
      } finally {
        await first.close({ keepProfile: true });
      }
      const second = await driver.launch({ profileDir });
      profileDir = '';
      try {
        const popup = await second.openExtensionPage('popup.html', POPUP_SIZE);
        await expect.poll(() => switchState(popup, PAUSE), { timeout: 10_000 }).toBe('true');
        // Paused after the restart: an article stays unmarked until the reader resumes.
        const page = await second.openPage(url('popup/article.html'));
        await sleep(1500);
        expect(await highlightRanges(page)).toBe(0);
        await popup.bringToFront();
        await clickElement(popup, '[role=switch]', PAUSE);
        await expect.poll(() => highlightRanges(page), { timeout: 15_000 }).toBeGreaterThan(0);
      } finally {
        await second.close();
      }
    },
  },
];
