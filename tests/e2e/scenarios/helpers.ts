/**
 * What a reader sees, read the same way in every browser: the painted highlights, the open card,
 * the popup's controls, the toolbar badge. Everything goes through `ReaderPage.evaluate` with
 * self-contained functions, so it does not depend on one driver's locators.
 */

import type { ReaderBrowser, ReaderPage } from '../driver/types';
import { paintedHighlights, wordCenterIn } from '../in-page';
import { TIMING_INIT_SCRIPT } from '../page-harness';

/** Opens a fixture page and waits until the content script has finished its first pass. */
export async function openAnnotated(browser: ReaderBrowser, url: string): Promise<ReaderPage> {
  const page = await browser.openPage(url, { initScript: TIMING_INIT_SCRIPT });
  await page.waitFor(
    () =>
      ((window as unknown as { __factCardsTimings?: unknown[] }).__factCardsTimings ?? []).length >
      0,
  );
  return page;
}

/** The painted text of every Fact Cards highlight, by kind, in document order. */
export function highlighted(page: ReaderPage): Promise<Record<string, string[]>> {
  return page.evaluate(paintedHighlights);
}

export async function allHighlighted(page: ReaderPage): Promise<string[]> {
  return Object.values(await highlighted(page)).flat();
}

/** Viewport centre of the `nth` occurrence of `word` in the text under `selector`. */
export function wordCenter(page: ReaderPage, word: string, selector = 'body', nth = 0) {
  return page.evaluate(wordCenterIn, { word, selector, nth });
}

/** Rests the pointer on a word, arriving from a few pixels to its left as a hand would. */
export async function hover(page: ReaderPage, word: string, selector = 'body') {
  const { x, y } = await wordCenter(page, word, selector);
  await page.moveMouse(x - 3, y);
  await page.moveMouse(x, y);
}

export interface CardView {
  role: string | null;
  label: string | null;
  heading: string;
  text: string;
  citations: { text: string; quote: string }[];
  focusInside: boolean;
  style: {
    colorScheme: string;
    position: string;
    background: string;
    color: string;
    fontSize: string;
    fontFamily: string;
  };
  box: { x: number; y: number; width: number; height: number };
}

/** The open card as a reader meets it (inside the extension's shadow root), or null. */
export function card(page: ReaderPage): Promise<CardView | null> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-fact-cards-ui]');
    const root = host?.shadowRoot;
    const el = root?.querySelector<HTMLElement>('[data-testid=fact-card]');
    if (!root || !el) return null;
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      role: el.getAttribute('role'),
      label: el.getAttribute('aria-label'),
      heading: el.querySelector('h2')?.textContent?.trim() ?? '',
      text: el.textContent ?? '',
      citations: [...el.querySelectorAll('[data-testid=citation]')].map((c) => ({
        text: c.textContent ?? '',
        quote: c.querySelector('blockquote')?.textContent ?? '',
      })),
      focusInside: document.activeElement === host && root.activeElement !== null,
      style: {
        colorScheme: s.colorScheme,
        position: s.position,
        background: s.backgroundColor,
        color: s.color,
        fontSize: s.fontSize,
        fontFamily: s.fontFamily,
      },
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
    };
  });
}

/** Relative luminance of a computed `rgb(…)` colour, 0 (black) to 1 (white). */
export function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Clicks the centre of the first element matching `selector` whose text matches `text`. */
export async function clickElement(page: ReaderPage, selector: string, text = '') {
  const at = await page.evaluate(
    ({ selector, text }) => {
      const pattern = new RegExp(text);
      const el = [...document.querySelectorAll<HTMLElement>(selector)].find((e) =>
        pattern.test(e.textContent ?? ''),
      );
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    { selector, text },
  );
  if (!at) throw new Error(`nothing matches ${selector} /${text}/`);
  await page.click(at.x, at.y);
}

/** `aria-checked` of the popup switch whose label matches `text`. */
export function switchState(popup: ReaderPage, text: string) {
  return popup.evaluate(
    (text) =>
      [...document.querySelectorAll('[role=switch]')]
        .find((e) => new RegExp(text).test(e.textContent ?? ''))
        ?.getAttribute('aria-checked') ?? null,
    text,
  );
}

/** The number of highlight ranges the content script painted. */
export function highlightRanges(page: ReaderPage): Promise<number> {
  return page.evaluate(() => {
    let ranges = 0;
    for (const [name, highlight] of CSS.highlights)
      if (name.startsWith('fact-cards')) ranges += highlight.size;
    return ranges;
  });
}

type Api = {
  storage: {
    local: { get(k: null): Promise<Record<string, unknown>>; remove(k: string[]): Promise<void> };
  };
  action?: { getBadgeText(d: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/** Back to the default settings (nothing stored). */
export function resetSettings(browser: ReaderBrowser) {
  return browser.inExtension(() => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (g.browser ?? g.chrome).storage.local.remove(['settings', 'settings$']);
  });
}

export function readStorage(browser: ReaderBrowser) {
  return browser.inExtension(() => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (g.browser ?? g.chrome).storage.local.get(null);
  });
}

/** The toolbar badge of a tab, read through the API of the build's manifest version. */
export function badgeText(browser: ReaderBrowser, tabId: number) {
  return browser.inExtension((tabId) => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    const toolbar = api.action ?? api.browserAction;
    if (!toolbar) throw new Error('no toolbar API');
    return toolbar.getBadgeText({ tabId });
  }, tabId);
}
