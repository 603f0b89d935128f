/**
 * The reader-scenario driver for Firefox: Debian's firefox-esr driven by puppeteer-core over
 * WebDriver BiDi (no geckodriver, no downloaded browser). The build is installed the way a
 * reader's Firefox holds it, as an add-on package in the profile, so it survives a restart with
 * its storage; Firefox ESR accepts it unsigned when `xpinstall.signatures.required` is off.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { packDirectory } from './pack';
import type { BrowserDriver, LaunchOptions, ReaderBrowser, ReaderPage } from './types';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** `FIREFOX_PATH`, else a usual location, else (Debian, root) Debian's package, else a clear error. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`FIREFOX_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  if (existsSync('/etc/debian_version') && process.getuid?.() === 0) {
    console.log('No Firefox found: installing Debian’s firefox-esr package…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'firefox-esr'], { stdio: 'inherit' });
    if (existsSync('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  }
  throw new Error(
    'No Firefox found. Install one (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH to its executable.',
  );
}

export const firefoxExtensionDir = resolve(
  process.env.FACT_CARDS_OUT_DIR ?? '.output',
  'firefox-mv2',
);

/** Fixed, so extension pages have a known address: `moz-extension://<uuid>/popup.html`. */
const EXTENSION_UUID = '3f0c7a52-9d1e-4b8a-a6f2-5c1d2e7b9a40';

export function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${extensionDir}/manifest.json has no gecko id`);
  return id;
}

/** Puts the add-on package into a profile, as an installed (not temporary) add-on. */
export function installIntoProfile(profileDir: string, xpi: Buffer, id: string) {
  mkdirSync(join(profileDir, 'extensions'), { recursive: true });
  writeFileSync(join(profileDir, 'extensions', `${id}.xpi`), xpi);
}

function wrap(page: Page): ReaderPage {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url?.endsWith('/favicon.ico')) {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    errors,
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    // Animation-frame polling stalls in background tabs: poll on a timer.
    waitFor: async (fn, arg, timeoutMs = 15_000) =>
      void (await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 100 }, arg)),
    moveMouse: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    async press(keys) {
      const parts = keys.split('+') as Parameters<Page['keyboard']['press']>[0][];
      const key = parts.pop();
      if (!key) throw new Error(`no key in "${keys}"`);
      for (const modifier of parts) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path, options) =>
      void (await page.screenshot({
        path: path as `${string}.png`,
        fullPage: options?.fullPage ?? false,
      })),
    close: () => page.close(),
  };
}

/** Puppeteer sees no navigation event for moz-extension:// pages: navigate the BiDi context. */
async function navigateExtensionPage(page: Page, url: string) {
  const frame = page.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> };
  };
  await frame.browsingContext.navigate(url, 'complete');
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<ReaderBrowser> {
  const extensionDir = options.extensionDir ?? firefoxExtensionDir;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const id = geckoId(extensionDir);
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'fact-cards-firefox-'));
  if (!options.profileDir) {
    installIntoProfile(profileDir, options.xpi ?? (await packDirectory(extensionDir)), id);
  }
  const dark = options.colorScheme === 'dark';
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profileDir,
    defaultViewport: { width: 1280, height: 900 },
    // Without it BiDi refuses to open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
      'xpinstall.signatures.required': false,
      // Add-ons found in the profile start enabled, without asking.
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      // 0 = dark, 1 = light: what pages see as prefers-color-scheme.
      'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
      'ui.systemUsesDarkTheme': dark ? 1 : 0,
    },
  });
  const base = `moz-extension://${EXTENSION_UUID}`;
  const pages = new Map<ReaderPage, Page>();
  let helper: Page | undefined;

  async function extensionHelper(): Promise<Page> {
    if (!helper) {
      helper = await firefox.newPage();
      await navigateExtensionPage(helper, `${base}/popup.html`);
      await helper.waitForFunction(
        () => typeof (globalThis as { browser?: unknown }).browser === 'object',
        {
          polling: 100,
        },
      );
    }
    return helper;
  }

  async function open(
    url: string,
    initScript?: string,
    viewport?: { width: number; height: number },
  ) {
    const page = await firefox.newPage();
    const reader = wrap(page);
    pages.set(reader, page);
    if (viewport) await page.setViewport(viewport);
    if (initScript) await page.evaluateOnNewDocument(initScript);
    if (url.startsWith('moz-extension:')) await navigateExtensionPage(page, url);
    else await page.goto(url);
    await page.bringToFront();
    return reader;
  }

  // The add-on's own page opens only once Firefox has installed and started it.
  try {
    await extensionHelper();
  } catch (error) {
    await firefox.close();
    if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    throw new Error(
      `Firefox did not start the add-on from ${profileDir}/extensions/${id}.xpi (${String(error)}). Unsigned add-ons need Firefox ESR, Developer Edition or Nightly.`,
    );
  }

  const browser: ReaderBrowser = {
    name: 'firefox',
    profileDir,
    openPage: (url, { initScript } = {}) => open(url, initScript),
    openExtensionPage: (path, viewport) => open(`${base}/${path}`, undefined, viewport),
    async inExtension(fn, arg) {
      return (await extensionHelper()).evaluate(fn as never, arg) as never;
    },
    async tabIdOf(page) {
      const target = pages.get(page);
      if (!target) throw new Error('not a page of this browser');
      await extensionHelper();
      // Tab URLs are hidden without the "tabs" permission: bring the page forward, ask for the
      // active tab.
      await target.bringToFront();
      const id = await browser.inExtension(async () => {
        const api = (globalThis as unknown as { browser: TabsApi }).browser;
        return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      });
      if (id === undefined) throw new Error('no active tab');
      return id;
    },
    async closePages() {
      await Promise.all([...pages.values()].map((page) => page.close().catch(() => {})));
      pages.clear();
    },
    async close({ keepProfile = false } = {}) {
      await firefox.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return browser;
}

interface TabsApi {
  tabs: { query(filter: object): Promise<{ id?: number }[]> };
}

export const firefoxDriver: BrowserDriver = {
  name: 'firefox',
  launch: (options) => launchFirefox(options),
};
