/** Helpers for the in-page real-browser tests: highlights, markup, word positions, settings. */
import { type Browser, chromium, type Page, type Worker } from 'playwright-core';
import { SETTINGS_VERSION } from '../../utils/settings/migrations';
import { defaultSettings, type Settings } from '../../utils/settings/types';
import { findChromium } from './browser';
import { paintedHighlights, wordCenterIn } from './in-page';

declare const chrome: {
  storage: { local: { set(values: Record<string, unknown>): Promise<void> } };
};

/**
 * The root element's attribute by which a page asks for the content script's timing event
 * (utils/page/app.ts): pages that do not set it never get the event.
 */
export const TIMING_OPT_IN = 'data-fact-cards-timing';

/**
 * Opts the page in to the timing event, once its root element exists (before the content script
 * runs, at document_idle), and records the events in the page's world (it is a DOM event).
 */
export const TIMING_INIT_SCRIPT = `
  window.__factCardsTimings = [];
  document.addEventListener('fact-cards:timing', (e) => {
    window.__factCardsTimings.push(JSON.parse(e.detail));
  });
  document.addEventListener('DOMContentLoaded', () => {
    document.documentElement.setAttribute('${TIMING_OPT_IN}', '');
  });
`;

export async function openFixture(
  context: { newPage(): Promise<Page> },
  url: string,
  { waitForPass = true } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // The fixture server has no favicon; that 404 is the browser's, not the page's.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.addInitScript(TIMING_INIT_SCRIPT);
  await page.goto(url);
  if (waitForPass) await waitForFirstPass(page);
  return { page, errors };
}

export async function waitForFirstPass(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      ((window as unknown as { __factCardsTimings?: unknown[] }).__factCardsTimings ?? []).length >
      0,
    undefined,
    { timeout: 15_000 },
  );
}

/** The painted text of every Fact Cards highlight, by highlight name, in document order. */
export function highlighted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(paintedHighlights);
}

/** All highlighted texts, every kind, flattened. */
export async function allHighlighted(page: Page): Promise<string[]> {
  return Object.values(await highlighted(page)).flat();
}

/**
 * The page's markup without the extension's UI host (the only node it may add) and without the
 * tests' timing opt-in.
 */
export function pageMarkup(page: Page): Promise<string> {
  return page.evaluate((optIn) => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll('[data-fact-cards-ui]')) host.remove();
    clone.removeAttribute(optIn);
    return clone.outerHTML;
  }, TIMING_OPT_IN);
}

/** Viewport centre of the `nth` occurrence of `word` in the text under `selector`. */
export function wordCenter(
  page: Page,
  word: string,
  selector = 'body',
  nth = 0,
): Promise<{ x: number; y: number }> {
  return page.evaluate(wordCenterIn, { word, selector, nth });
}

/** Writes the settings the way the extension stores them (value plus WXT's version record). */
export async function writeSettings(worker: Worker, change: (s: Settings) => Settings = (s) => s) {
  const settings = change(defaultSettings());
  // The function runs in the service worker: the version travels as an argument.
  await worker.evaluate(
    ({ value, version }) =>
      chrome.storage.local.set({ settings: value, settings$: { v: version } }),
    { value: settings, version: SETTINGS_VERSION },
  );
}

/** A plain Chromium without the extension, to compare the page's own markup with. */
export function launchPlain(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic'],
  });
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
