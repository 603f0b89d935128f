/**
 * The store packages of `npm run zip`, as the stores and AMO's reviewers get them: each zip is
 * unpacked, its manifest checked, the Chrome zip loaded in Chromium and the Firefox zip installed
 * in Firefox (where it must paint an article), and their sizes kept in bounds. Runs with the
 * Firefox suite, after the Chromium one.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumDriver } from './driver/chromium';
import { firefoxDriver } from './driver/firefox';
import type { BrowserDriver } from './driver/types';
import { highlightRanges, openAnnotated } from './scenarios/helpers';
import { type FixtureServer, startFixtureServer } from './server';

const outDir = resolve(process.env.FACT_CARDS_OUT_DIR ?? '.output');
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
};
const zipPath = (kind: 'chrome' | 'firefox' | 'sources') =>
  join(outDir, `${name}-${version}-${kind}.zip`);

/** Store zips stay small: the index is the bulk; a jump means something unintended was packed. */
const MAX_BYTES = { chrome: 1_000_000, firefox: 1_000_000, sources: 2_000_000 };

const unpacked: string[] = [];
let server: FixtureServer;

async function unpack(path: string): Promise<{ dir: string; files: string[] }> {
  if (!existsSync(path)) throw new Error(`No ${path}: run \`npm run zip\` first.`);
  const zip = await JSZip.loadAsync(readFileSync(path));
  const dir = mkdtempSync(join(tmpdir(), 'fact-cards-zip-'));
  unpacked.push(dir);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  for (const file of files) {
    const target = join(dir, file.name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await file.async('nodebuffer'));
  }
  return { dir, files: files.map((f) => f.name) };
}

beforeAll(async () => {
  server = await startFixtureServer();
});

afterAll(async () => {
  await server?.close();
  for (const dir of unpacked) rmSync(dir, { recursive: true, force: true });
});

/** Every file the manifest names is in the package. */
function expectManifestFiles(dir: string, paths: string[]) {
  for (const path of paths) expect(existsSync(join(dir, path)), path).toBe(true);
}

async function expectLoadsAndPaints(driver: BrowserDriver, dir: string, xpi?: Buffer) {
  const browser = await driver.launch({ extensionDir: dir, xpi });
  try {
    const page = await openAnnotated(browser, server.url('page/article.html'));
    expect(await highlightRanges(page)).toBeGreaterThan(0);
    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitFor(() => document.querySelector('[data-testid=version]'));
    expect(
      await popup.evaluate(() => document.querySelector('[data-testid=version]')?.textContent),
    ).toContain(version);
  } finally {
    await browser.close();
  }
}

describe('store packages', () => {
  test('the Chrome zip: Manifest V3, complete, loads in Chromium and paints an article', async () => {
    const path = zipPath('chrome');
    const { dir, files } = await unpack(path);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ manifest_version: 3, name: 'Fact Cards', version });
    expect(manifest.background.service_worker).toBeTruthy();
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.browser_specific_settings).toBeUndefined();
    expectManifestFiles(dir, [
      manifest.background.service_worker,
      manifest.action.default_popup,
      ...Object.values(manifest.icons as Record<string, string>),
      ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
    ]);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(statSync(path).size).toBeLessThan(MAX_BYTES.chrome);
    await expectLoadsAndPaints(chromiumDriver, dir);
  });

  test('the Firefox zip: Manifest V2 with its gecko settings, installs in Firefox and paints an article', async () => {
    const path = zipPath('firefox');
    const { dir, files } = await unpack(path);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      manifest_version: 2,
      name: 'Fact Cards',
      version,
      browser_specific_settings: {
        gecko: {
          id: 'fact-cards@factcards.example',
          data_collection_permissions: { required: ['none'] },
        },
      },
    });
    expect(
      Number.parseFloat(manifest.browser_specific_settings.gecko.strict_min_version),
    ).toBeGreaterThanOrEqual(140);
    expect(manifest.browser_action).toMatchObject({ default_popup: 'popup.html' });
    expect(manifest.browser_action.default_icon).toBeTruthy();
    expect(manifest.action).toBeUndefined();
    expectManifestFiles(dir, [
      ...manifest.background.scripts,
      manifest.browser_action.default_popup,
      ...Object.values(manifest.browser_action.default_icon as Record<string, string>),
      ...Object.values(manifest.icons as Record<string, string>),
      ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
    ]);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(statSync(path).size).toBeLessThan(MAX_BYTES.firefox);
    // The zip itself is the add-on package Firefox installs.
    await expectLoadsAndPaints(firefoxDriver, dir, readFileSync(path));
  });

  test('the sources zip holds what a reviewer needs to rebuild, and nothing generated', async () => {
    const path = zipPath('sources');
    const { files } = await unpack(path);
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'package-lock.json',
        'README.md',
        'wxt.config.ts',
        'tsconfig.json',
        'data/entities.json',
        'data/claims.json',
        'data/articles.json',
        'entrypoints/content.ts',
        'entrypoints/background.ts',
        'scripts/build-index.ts',
      ]),
    );
    const generated = files.filter((f) =>
      /^(node_modules|\.output|\.wxt|data\/compiled|tests\/e2e\/screenshots)\//.test(f),
    );
    expect(generated).toEqual([]);
    expect(statSync(path).size).toBeLessThan(MAX_BYTES.sources);
  });
});
