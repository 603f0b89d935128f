/**
 * The popup with the keyboard alone: every control is reached with Tab in reading order, shows
 * where focus is, and works with Space, Enter and the arrow keys.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { highlightRanges, openPopup, readStorage, tabIdFor } from './popup-helpers';
import { snap } from './screenshots';
import { useExtensionSession } from './session';

const session = useExtensionSession();

/** The accessible role and name of the focused element, and whether it draws a focus ring. */
function focused(popup: Page) {
  return popup.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? '',
      name: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().replace(/\s+/g, ' '),
      ring: style ? style.outlineStyle !== 'none' && style.outlineWidth !== '0px' : false,
    };
  });
}

async function tabTo(popup: Page, matches: (f: { role: string; name: string }) => boolean) {
  for (let i = 0; i < 40; i++) {
    await popup.keyboard.press('Tab');
    const f = await focused(popup);
    if (matches(f)) return f;
  }
  throw new Error('not reached with Tab');
}

test('switches, tabs, search and an entry work from the keyboard alone', async () => {
  await session.browser.worker.evaluate(() =>
    chrome.storage.local.remove(['settings', 'settings$']),
  );
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url('popup/article.html'));
  await expect.poll(() => highlightRanges(page), { timeout: 10_000 }).toBeGreaterThan(0);
  const tabId = await tabIdFor(session.browser.worker, page);
  const popup = await openPopup(session.browser, tabId);
  await popup.getByTestId('page-list').waitFor();

  const siteSwitch = await tabTo(
    popup,
    (f) => f.role === 'switch' && /On for this site/.test(f.name),
  );
  expect(siteSwitch.ring).toBe(true);
  await popup.keyboard.press('Space');
  await expect.poll(() => highlightRanges(page)).toBe(0);
  await popup.keyboard.press('Space');
  await expect.poll(() => highlightRanges(page), { timeout: 10_000 }).toBeGreaterThan(0);

  // Tabs: one stop, arrow keys move between them.
  await tabTo(popup, (f) => f.role === 'tab');
  await popup.keyboard.press('ArrowRight');
  await expect.poll(async () => (await focused(popup)).name).toBe('Settings');
  await expect
    .poll(() => popup.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected'))
    .toBe('true');
  await popup.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await focused(popup)).name).toBe('This page');

  // Search by a misspelled name, then open the first result's citations with Enter.
  const search = await tabTo(popup, (f) => f.role === 'input' || f.role === 'searchbox');
  expect(search.ring).toBe(true);
  await popup.keyboard.type('bytedanse');
  const disclosure = await tabTo(popup, (f) => f.role === 'button' && /ByteDance/.test(f.name));
  expect(disclosure.ring).toBe(true);
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.getByTestId('citation').count()).toBeGreaterThan(0);
  await snap(popup, 'popup-keyboard');

  expect((await readStorage(session.browser.worker)).settings).toMatchObject({ sites: {} });
  await popup.close();
  await page.close();
});

declare const chrome: { storage: { local: { remove(keys: string[]): Promise<void> } } };
