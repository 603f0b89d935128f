/** Helpers for the in-page real-browser tests: highlights, markup, word positions, settings. */
import { type Browser, chromium, type Page, type Worker } from 'playwright-core';
import { defaultSettings, type Settings } from '../../utils/settings/types';
import { findChromium } from './browser';

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
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('fact-cards-')) continue;
      const ranges = [...(highlight as unknown as Set<Range>)];
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      out[name.slice('fact-cards-'.length)] = ranges.map((r) => r.toString());
    }
    return out;
  });
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
  return page.evaluate(
    ({ word, selector, nth }) => {
      const root = document.querySelector(selector);
      if (!root) throw new Error(`no ${selector}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node as Text).data;
        let at = text.indexOf(word);
        while (at >= 0) {
          if (seen++ === nth) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            const rect = range.getClientRects()[0] as DOMRect;
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
          at = text.indexOf(word, at + 1);
        }
      }
      throw new Error(`"${word}" not found`);
    },
    { word, selector, nth },
  );
}

/** Writes the settings the way the extension stores them (value plus WXT's version record). */
export async function writeSettings(worker: Worker, change: (s: Settings) => Settings = (s) => s) {
  const settings = change(defaultSettings());
  await worker.evaluate(
    (value) => chrome.storage.local.set({ settings: value, settings$: { v: 4 } }),
    settings,
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
