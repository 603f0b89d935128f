/** Headless Chromium for the browser benchmarks, with an unpacked extension or without one. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { findChromium } from '../../tests/e2e/browser';

export interface BenchBrowser {
  context: BrowserContext;
  /** Sets the extension's stored settings (no-op without the extension). */
  setSettings(settings: object | null): Promise<void>;
  close(): Promise<void>;
}

declare const chrome: {
  storage: { local: { set(v: object): Promise<void>; remove(k: string[]): Promise<void> } };
};

export async function launchBench(extensionDir: string | null): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'fact-cards-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(extensionDir
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = extensionDir
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')))
    : null;
  return {
    context,
    async setSettings(settings) {
      if (!worker) return;
      await worker.evaluate(
        (value) =>
          value
            ? chrome.storage.local.set({ settings: value, settings$: { v: 3 } })
            : chrome.storage.local.remove(['settings', 'settings$']),
        settings,
      );
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
