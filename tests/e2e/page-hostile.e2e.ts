/**
 * A hostile page against the real extension: it cannot press the card's buttons or open cards
 * with made-up events, cannot stop the content script with WXT's started event, cannot take away
 * marks, stylesheet or card host for good, and typing in its fields keeps its keys.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { allHighlighted, openFixture, sleep, wordCenter, writeSettings } from './page-harness';
import { useExtensionSession } from './session';

const session = useExtensionSession();
const url = (name: string) => session.server.url(`page/${name}`);
const card = (page: Page) => page.getByTestId('fact-card');

// Every test starts from the default settings: one that loses would otherwise switch the rest off.
beforeEach(() => writeSettings(session.browser.worker));

async function hover(page: Page, word: string, selector = 'body') {
  const { x, y } = await wordCenter(page, word, selector);
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y);
}

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const storedSettings = () =>
  session.browser.worker.evaluate(() => chrome.storage.local.get('settings')) as Promise<{
    settings?: { sites: Record<string, boolean>; hiddenEntities: Record<string, string[]> };
  }>;

/** Page script (main world) pressing the Alt+Shift+J the extension listens for. */
const FORGED_NEXT_KEY = `document.body.dispatchEvent(new KeyboardEvent('keydown', {
  key: 'J', code: 'KeyJ', altKey: true, shiftKey: true, bubbles: true, composed: true }))`;

describe('made-up events', () => {
  test('a page cannot open a card with a synthetic key, click or pointer', async () => {
    const { page } = await openFixture(session.browser.context, url('article.html'));
    await page.evaluate(FORGED_NEXT_KEY);
    const { x, y } = await wordCenter(page, 'Project Texas', '#p3');
    await page.evaluate(
      ({ x, y }) => {
        const target = document.elementFromPoint(x, y) as Element;
        const init = { clientX: x, clientY: y, bubbles: true, composed: true };
        target.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
        target.dispatchEvent(new MouseEvent('click', init));
      },
      { x, y },
    );
    await sleep(1500); // past the hover delay: a card would be open by now
    expect(await card(page).count()).toBe(0);
    // The same keys from the reader still work.
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => card(page).count(), { timeout: 3000 }).toBe(1);
  });

  test('a page cannot press "Off on this site" or "Not this" in an open card', async () => {
    const { page } = await openFixture(session.browser.context, url('article.html'));
    await hover(page, 'Alex Haurek', '#p6');
    await card(page).waitFor();
    const pressed = await page.evaluate(() => {
      const host = document.querySelector('[data-fact-cards-ui]');
      const root = host?.shadowRoot;
      if (!root) return 0;
      let count = 0;
      for (const button of root.querySelectorAll('button')) {
        if (!/Off on this site|Not this/.test(button.textContent ?? '')) continue;
        button.click();
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        count++;
      }
      return count;
    });
    await sleep(800);
    const stored = await storedSettings();
    expect(stored.settings?.sites?.['127.0.0.1']).not.toBe(false);
    expect(stored.settings?.hiddenEntities?.['127.0.0.1'] ?? []).not.toContain('alex-haurek');
    expect(await allHighlighted(page)).toContain('Alex Haurek');
    // With the root open the buttons were reachable (and pressed): the guard did the work.
    expect(pressed).toBeGreaterThanOrEqual(0);
  });
});

describe('WXT’s started event', () => {
  test('a forged content-script-started event does not stop the content script', async () => {
    const { page } = await openFixture(session.browser.context, url('article.html'));
    const eventName = `${session.browser.extensionId}:content:wxt:content-script-started`;
    await page.evaluate((name) => {
      for (const contentScriptName of ['content', 'content-scripts/content']) {
        document.dispatchEvent(
          new CustomEvent(name, { detail: { contentScriptName, messageId: 'forged' } }),
        );
      }
    }, eventName);
    await sleep(500);
    expect(await allHighlighted(page)).toContain('ByteDance');
    expect(await page.locator('[data-fact-cards-ui]').count()).toBe(1);
    await hover(page, 'Project Texas', '#p3');
    await expect.poll(() => card(page).count(), { timeout: 3000 }).toBe(1);
  });
});

describe('typing in the page’s fields', () => {
  for (const [name, selector] of [
    ['a textarea', '#comment'],
    ['an input', '#subject'],
    ['contenteditable', '#editor p'],
  ] as const) {
    test(`Alt+Shift+J/K in ${name} leave focus and typed text where they are`, async () => {
      const { page } = await openFixture(session.browser.context, url('forms.html'));
      await page.click(selector);
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.press('Alt+Shift+J');
      await page.keyboard.press('Alt+Shift+K');
      await page.keyboard.type(' typed');
      expect(await card(page).count()).toBe(0);
      const value = await page.evaluate((selector) => {
        const element = document.querySelector(selector) as HTMLElement;
        return 'value' in element ? (element as HTMLInputElement).value : element.textContent;
      }, selector);
      expect(value).toMatch(/ typed\s*$/);
      expect(
        await page.evaluate(
          (selector) => document.activeElement?.contains(document.querySelector(selector)) ?? false,
          selector,
        ),
      ).toBe(true);
    });
  }
});

describe('what the page removes comes back', () => {
  test('CSS.highlights.clear() and a new adoptedStyleSheets list', async () => {
    const { page } = await openFixture(session.browser.context, url('article.html'));
    const painted = () =>
      page.evaluate(() => ({
        names: [...CSS.highlights.keys()].length,
        sheets: document.adoptedStyleSheets.length,
      }));
    const before = await painted();
    expect(before.names).toBeGreaterThan(0);
    expect(before.sheets).toBe(1);
    await page.evaluate(() => {
      CSS.highlights.clear();
      document.adoptedStyleSheets = [];
    });
    expect(await painted()).toEqual({ names: 0, sheets: 0 });
    await expect.poll(painted, { timeout: 5000 }).toEqual(before);
    expect(await allHighlighted(page)).toContain('ByteDance');
  });

  test('the card host taken out of the page is put back, and cards open again', async () => {
    const { page } = await openFixture(session.browser.context, url('article.html'));
    await hover(page, 'ByteDance', '#p1');
    await card(page).waitFor();
    await page.mouse.move(5, 880);
    await page.evaluate(() => document.querySelector('[data-fact-cards-ui]')?.remove());
    await expect
      .poll(() => page.locator('[data-fact-cards-ui]').count(), { timeout: 5000 })
      .toBe(1);
    await hover(page, 'Project Texas', '#p3');
    await expect.poll(() => card(page).count(), { timeout: 3000 }).toBe(1);
  });
});

describe('hidden text', () => {
  test('Alt+Shift+J steps over text in a closed <details> and under visibility:hidden', async () => {
    const { page } = await openFixture(session.browser.context, url('hidden.html'));
    const names: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Alt+Shift+J');
      await expect.poll(() => card(page).count(), { timeout: 3000 }).toBe(1);
      names.push((await card(page).getAttribute('aria-label')) ?? '');
    }
    expect(names.some((n) => /ByteDance|Shou Zi Chew/.test(n))).toBe(false);
    expect(names.some((n) => /Oracle/.test(n))).toBe(true);
    expect(names.some((n) => /Project Texas/.test(n))).toBe(true);
  });
});
