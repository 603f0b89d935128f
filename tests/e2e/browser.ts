/**
 * Finds a Chromium to test with and launches it with the built extension loaded.
 * Test tools never download a browser here: Debian's package is installed instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function isDebianRoot(): boolean {
  return existsSync('/etc/debian_version') && process.getuid?.() === 0;
}

/** `CHROMIUM_PATH`, else a usual location, else (Debian, root) Debian's package, else a clear error. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  if (isDebianRoot()) {
    console.log('No Chromium found: installing Debian’s chromium package…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to its executable.',
  );
}

export const extensionDir = resolve(process.env.FACT_CARDS_OUT_DIR ?? '.output', 'chrome-mv3');
const defaultExtensionDir = extensionDir;

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profileDir: string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Launches Chromium with the unpacked build. Pass `profileDir` again to simulate a restart. */
export async function launchWithExtension(
  options: {
    profileDir?: string;
    colorScheme?: 'light' | 'dark';
    /** A touch screen instead of a mouse. */
    hasTouch?: boolean;
    /** More Chromium switches, e.g. to turn a web platform feature off. */
    args?: string[];
    /** Another unpacked build than `.output/chrome-mv3` (an unpacked store zip). */
    extensionDir?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? defaultExtensionDir;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'fact-cards-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    hasTouch: options.hasTouch ?? false,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profileDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export function manifest(): { name: string; version: string } {
  return JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
}
