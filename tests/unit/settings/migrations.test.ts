import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  migrateSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
} from '../../../utils/settings/migrations';
import type { Settings } from '../../../utils/settings/types';
import { DEFAULT_SETTINGS } from '../../../utils/settings/types';
import { resetSettingsWarnings, validateSettings } from '../../../utils/settings/validate';

function fixture(version: number): unknown {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', `v${version}.json`), 'utf8'));
}

const EXPECTED: Record<number, Settings> = {
  1: {
    ...DEFAULT_SETTINGS,
    paused: true,
    sites: { 'example.com': false, 'news.example.org': false },
    hoverDelayMs: 450,
  },
  2: {
    ...DEFAULT_SETTINGS,
    sites: { 'example.com': false, 'news.example.com': true },
    hoverDelayMs: 800,
    activation: 'click',
    kinds: { ...DEFAULT_SETTINGS.kinds, claim: false },
    theme: 'dark',
  },
  3: { ...(fixture(3) as Settings), markMode: 'first', hiddenClaims: {} },
  4: fixture(4) as Settings,
};

describe('migrations', () => {
  test('there is one migration per version after the first', () => {
    expect(SETTINGS_VERSION).toBe(4);
    expect(Object.keys(SETTINGS_MIGRATIONS).map(Number)).toEqual([2, 3, 4]);
  });

  for (const version of [1, 2, 3, 4]) {
    test(`a v${version} fixture walks through every migration to the current shape`, () => {
      const { settings, problems } = validateSettings(migrateSettings(fixture(version), version));
      expect(settings).toEqual(EXPECTED[version]);
      // v1 held a number and an empty string in its site list: dropped by the migration itself.
      expect(problems).toEqual([]);
    });
  }

  test('migrations never throw on garbage', () => {
    for (const garbage of [null, 42, 'x', [], { enabled: 'yes', disabledSites: 'a.com' }]) {
      expect(() => migrateSettings(garbage, 1)).not.toThrow();
      expect(validateSettings(migrateSettings(garbage, 1)).settings.hoverDelayMs).toBe(500);
    }
  });

  test('v3 → v4: a hover delay at the old default moves to the new one; a chosen one is kept', () => {
    const at = (hoverDelayMs: number) =>
      validateSettings(migrateSettings({ hoverDelayMs }, 3)).settings;
    expect(at(300)).toMatchObject({ hoverDelayMs: 500, markMode: 'first' });
    expect(at(0).hoverDelayMs).toBe(0);
    expect(at(800).hoverDelayMs).toBe(800);
  });
});

describe('the storage item migrates stored values', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetSettingsWarnings();
    vi.resetModules();
  });

  for (const version of [1, 2, 3]) {
    test(`a stored v${version} value is migrated when the item is defined`, async () => {
      await fakeBrowser.storage.local.set({
        settings: fixture(version),
        settings$: { v: version },
      });
      const { loadSettings, settingsItem } = await import('../../../utils/settings/storage');
      expect(await loadSettings()).toEqual(EXPECTED[version]);
      expect(await settingsItem().getMeta()).toEqual({ v: 4 });
      const raw = await fakeBrowser.storage.local.get('settings$');
      expect(raw.settings$).toEqual({ v: 4 });
    });
  }

  test('a value of the current version is read in one storage read, with nothing migrated', async () => {
    await fakeBrowser.storage.local.set({ settings: fixture(4), settings$: { v: 4 } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const { loadSettings } = await import('../../../utils/settings/storage');
    expect(await loadSettings()).toEqual(EXPECTED[4]);
    expect(get).toHaveBeenCalledTimes(1);
    expect(set).not.toHaveBeenCalled();
  });

  test('a value without version metadata is treated as v1', async () => {
    await fakeBrowser.storage.local.set({ settings: fixture(1) });
    const { loadSettings } = await import('../../../utils/settings/storage');
    expect(await loadSettings()).toEqual(EXPECTED[1]);
  });
});
