/** The reader-scenario driver for Chromium: playwright-core over the launcher in ../browser.ts. */
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../browser';
import { tabIdFor } from '../popup-helpers';
import type { BrowserDriver, ReaderBrowser, ReaderPage } from './types';

function wrap(page: Page): ReaderPage {
  const errors: string[] = [];
  page.on('console', (message) => {
    // The fixture server has no favicon; that 404 is the browser's, not the page's.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    errors,
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 15_000) =>
      void (await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 100 })),
    moveMouse: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (keys) => page.keyboard.press(keys),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path, options) =>
      void (await page.screenshot({ path, fullPage: options?.fullPage ?? false })),
    close: () => page.close(),
  };
}

export const chromiumDriver: BrowserDriver = {
  name: 'chromium',
  async launch(options = {}) {
    const launched = await launchWithExtension(options);
    const pages = new Map<ReaderPage, Page>();
    async function open(
      url: string,
      initScript?: string,
      viewport?: { width: number; height: number },
    ) {
      const page = await launched.context.newPage();
      const reader = wrap(page);
      pages.set(reader, page);
      if (viewport) await page.setViewportSize(viewport);
      if (initScript) await page.addInitScript(initScript);
      await page.goto(url);
      // Background tabs get no animation frames, and Playwright waits for them before clicking.
      await page.bringToFront();
      return reader;
    }
    const browser: ReaderBrowser = {
      name: 'chromium',
      profileDir: launched.profileDir,
      openPage: (url, { initScript } = {}) => open(url, initScript),
      openExtensionPage: (path, viewport) =>
        open(`chrome-extension://${launched.extensionId}/${path}`, undefined, viewport),
      inExtension: (fn, arg) => launched.worker.evaluate(fn as never, arg) as never,
      tabIdOf(page) {
        const playwrightPage = pages.get(page);
        if (!playwrightPage) throw new Error('not a page of this browser');
        return tabIdFor(launched.worker, playwrightPage);
      },
      async closePages() {
        await Promise.all([...pages.values()].map((page) => page.close().catch(() => {})));
        pages.clear();
      },
      close: (closeOptions) => launched.close(closeOptions),
    };
    return browser;
  },
};
