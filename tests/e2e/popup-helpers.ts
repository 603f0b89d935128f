/** Helpers for the popup's real-browser tests: target tabs, open the popup, read storage. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/** The few `chrome.*` calls these helpers run inside the service worker. */
declare const chrome: {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  storage: {
    local: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(values: Record<string, unknown>): Promise<void>;
    };
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

/**
 * The browser's id for the tab showing `page`. Tab URLs are hidden from the extension without the
 * "tabs" permission, so the page is brought to the front and the active tab is asked for; a URL
 * match is used when the browser does expose it.
 */
export async function tabIdFor(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const url = page.url();
  for (let attempt = 0; attempt < 50; attempt++) {
    const id = await worker.evaluate(async (target) => {
      const byUrl = (await chrome.tabs.query({})).find((tab) => tab.url === target);
      if (byUrl?.id !== undefined) return byUrl.id;
      return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    }, url);
    if (id !== undefined) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab shows ${url}`);
}

/** Opens the popup as a tab aimed at `tabId` (the `?tab=` parameter) and waits for it to render. */
export async function openPopup(browser: ExtensionBrowser, tabId?: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  const query = tabId === undefined ? '' : `?tab=${tabId}`;
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html${query}`);
  await page.getByTestId('version').waitFor();
  // Background tabs get no animation frames, and Playwright waits for them before clicking.
  await page.bringToFront();
  return page;
}

/** Raw `chrome.storage.local` content. */
export function readStorage(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => chrome.storage.local.get(null));
}

/** Writes raw values into `chrome.storage.local` (bypassing validation). */
export function writeStorage(worker: Worker, values: Record<string, unknown>): Promise<void> {
  return worker.evaluate((v) => chrome.storage.local.set(v), values);
}

/** The number of highlight ranges the content script painted in `page`. */
export function highlightRanges(page: Page): Promise<number> {
  return page.evaluate(() => {
    let ranges = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('fact-cards')) ranges += highlight.size;
    }
    return ranges;
  });
}

/** The toolbar badge text of a tab. */
export function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

const axeSource = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in `page` and returns its violations (id, impact, a few targets). Extension pages
 * forbid inline scripts (CSP `script-src 'self'`), so axe is evaluated through DevTools, which
 * the page's CSP does not govern, instead of `addScriptTag`. With `include` (a selector) only that
 * element is checked.
 */
export async function axeViolations(page: Page, include?: string) {
  await page.evaluate(`${axeSource};0`);
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run(context?: unknown): Promise<AxeResults> } }).axe;
    // `include` limits the check to one element (the extension's UI in someone else's page).
    const result = await axe.run(include ? { include: [[include]] } : undefined);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  }, include);
}

interface AxeResults {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}
