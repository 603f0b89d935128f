/**
 * Settings writes from several tabs at once, values of other versions, huge or hostile values:
 * nothing is lost, nothing loops, the console stays quiet.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { isValidHostname } from '../../../utils/settings/hostname';
import { SETTINGS_VERSION } from '../../../utils/settings/migrations';
import { applyPatch, diffSettings } from '../../../utils/settings/patch';
import { withEntityHidden, withSiteEnabled } from '../../../utils/settings/sites';
import {
  importSettings,
  MAX_SETTINGS_FILE_BYTES,
  readSettingsFile,
} from '../../../utils/settings/transfer';
import { defaultSettings } from '../../../utils/settings/types';
import { resetSettingsWarnings } from '../../../utils/settings/validate';

type StorageModule = typeof import('../../../utils/settings/storage');

/** A fresh copy of the storage module: one tab's content script, popup or background. */
async function context(): Promise<StorageModule> {
  vi.resetModules();
  return import('../../../utils/settings/storage');
}

/**
 * A background that answers `updateSettings` the way utils/background/setup.ts does, in the
 * message format of @webext-core/messaging.
 */
async function startBackground(): Promise<void> {
  const background = await context();
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const { type, data } = message as { type: string; data: never };
    if (type !== 'updateSettings') return undefined;
    await background.applySettingsPatch(data);
    return { res: true };
  });
}

const stored = async () => fakeBrowser.storage.local.get(['settings', 'settings$']);

beforeEach(() => {
  fakeBrowser.reset();
  resetSettingsWarnings();
  vi.restoreAllMocks();
});

describe('two tabs writing at once', () => {
  test('two simultaneous "Not this" in two tabs keep both entities, every time', async () => {
    await startBackground();
    for (let trial = 0; trial < 5; trial++) {
      await fakeBrowser.storage.local.clear();
      const tabA = await context();
      const tabB = await context();
      await Promise.all([
        tabA.updateSettings((s) => withEntityHidden(s, 'example.com', 'oracle')),
        tabB.updateSettings((s) => withEntityHidden(s, 'example.com', 'bytedance')),
        tabA.updateSettings((s) => withSiteEnabled(s, 'other.example', false)),
      ]);
      const settings = await tabA.loadSettings();
      expect(new Set(settings.hiddenEntities['example.com'])).toEqual(
        new Set(['oracle', 'bytedance']),
      );
      expect(settings.sites).toEqual({ 'other.example': false });
    }
  });

  test('a patch made from a stale read only carries its own change', () => {
    const base = defaultSettings();
    const mine = diffSettings(base, withEntityHidden(base, 'a.example', 'lark'));
    const theirs = withSiteEnabled(
      withEntityHidden(base, 'a.example', 'oracle'),
      'b.example',
      false,
    );
    const merged = applyPatch({ ...theirs, theme: 'dark' }, mine);
    expect(merged.hiddenEntities).toEqual({ 'a.example': ['oracle', 'lark'] });
    expect(merged.sites).toEqual({ 'b.example': false });
    expect(merged.theme).toBe('dark');
  });
});

describe('stored values of other versions', () => {
  test('a newer version is read quietly, and a change keeps its unknown fields and version', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings(), theme: 'dark', futureField: { keep: 1 } },
      settings$: { v: 99 },
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tab = await context();
    expect((await tab.loadSettings()).theme).toBe('dark');
    await tab.updateSettings((s) => ({ ...s, paused: true }));
    const raw = await stored();
    expect(raw.settings).toMatchObject({ paused: true, theme: 'dark', futureField: { keep: 1 } });
    expect(raw.settings$).toEqual({ v: 99 });
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  for (const v of [-1e8, 1e12, 2.5, Number.NaN]) {
    test(`a version record of ${v} is read at once, as the current shape`, async () => {
      await fakeBrowser.storage.local.set({
        settings: { ...defaultSettings(), theme: 'light' },
        settings$: { v },
      });
      const tab = await context();
      const started = performance.now();
      expect((await tab.loadSettings()).theme).toBe('light');
      await tab.updateSettings((s) => ({ ...s, paused: true }));
      expect(performance.now() - started).toBeLessThan(1000);
      expect((await stored()).settings$).toEqual({ v: SETTINGS_VERSION });
    });
  }

  test('20,000 invalid site keys give a few warnings, not one each, and are dropped on write', async () => {
    const sites: Record<string, boolean> = {};
    for (let i = 0; i < 20_000; i++) sites[`javascript:alert(${i})`] = false;
    sites['news.example'] = false;
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings(), sites },
      settings$: { v: SETTINGS_VERSION },
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tab = await context();
    const settings = await tab.loadSettings();
    expect(settings.sites).toEqual({ 'news.example': false });
    expect(warn.mock.calls.length).toBeLessThanOrEqual(4);
    await tab.updateSettings((s) => ({ ...s, theme: 'dark' }));
    expect((await stored()).settings).toMatchObject({ sites: { 'news.example': false } });
  });
});

describe('hostnames', () => {
  test.each([
    'javascript:alert(1)',
    'a:b',
    'http://x',
    '999.1.1.1',
    'exa mple.com',
    '-bad.com',
    '',
  ])('%s is not a site', (host) => expect(isValidHostname(host)).toBe(false));

  test.each([
    'example.com',
    'xn--bcher-kva.example',
    'localhost',
    '10.0.0.1',
    '::1',
    '[2001:db8::1]',
  ])('%s is a site', (host) => expect(isValidHostname(host)).toBe(true));
});

describe('import size', () => {
  test('a file over the limit is refused before it is read', async () => {
    const file = new Blob(['x']);
    Object.defineProperty(file, 'size', { value: MAX_SETTINGS_FILE_BYTES + 1 });
    const text = vi.spyOn(file, 'text');
    const result = await readSettingsFile(file);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/larger than/) });
    expect(text).not.toHaveBeenCalled();
    expect(importSettings(' '.repeat(MAX_SETTINGS_FILE_BYTES + 1)).ok).toBe(false);
  });
});
