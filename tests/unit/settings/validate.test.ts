import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../utils/settings/types';
import {
  parseSettings,
  resetSettingsWarnings,
  validateSettings,
} from '../../../utils/settings/validate';

beforeEach(() => {
  fakeBrowser.reset();
  resetSettingsWarnings();
  vi.restoreAllMocks();
});

describe('validation', () => {
  test('missing settings are the defaults, without complaint', () => {
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(validateSettings({})).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  test('a value that is not an object falls back to defaults', () => {
    for (const garbage of ['garbage', 42, [1, 2], true]) {
      const { settings, problems } = validateSettings(garbage);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems).toHaveLength(1);
    }
  });

  test('bad fields fall back one by one; the valid fields are kept', () => {
    const { settings, problems } = validateSettings({
      paused: 'yes',
      hoverDelayMs: 99999,
      activation: 'click',
      theme: 'purple',
      strictness: 'loose',
      highlightStyle: 'background',
      sites: { 'Example.com': false, 'bad host!': false, 'ok.org': 'no' },
      hiddenEntities: { 'nytimes.com': ['lark', 7], 'x.com': 'lark' },
      kinds: { person: false, claim: 'maybe' },
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      activation: 'click',
      strictness: 'loose',
      highlightStyle: 'background',
      sites: { 'example.com': false },
      hiddenEntities: { 'nytimes.com': ['lark'] },
      kinds: { ...DEFAULT_SETTINGS.kinds, person: false },
    });
    expect(problems.map((p) => p.field).sort()).toEqual([
      'hiddenEntities.nytimes.com',
      'hiddenEntities.x.com',
      'hoverDelayMs',
      'kinds.claim',
      'paused',
      'sites.bad host!',
      'sites.ok.org',
      'theme',
    ]);
  });

  test('marking takes the first mention of each name or every mention, nothing else', () => {
    expect(validateSettings({}).settings.markMode).toBe('first');
    expect(validateSettings({ markMode: 'every' }).settings.markMode).toBe('every');
    const { settings, problems } = validateSettings({ markMode: 'some' });
    expect(settings.markMode).toBe('first');
    expect(problems.map((p) => p.field)).toEqual(['markMode']);
  });

  test('hover delay accepts 0 to 2000 ms whole numbers', () => {
    expect(validateSettings({ hoverDelayMs: 0 }).settings.hoverDelayMs).toBe(0);
    expect(validateSettings({ hoverDelayMs: 2000 }).settings.hoverDelayMs).toBe(2000);
    expect(validateSettings({ hoverDelayMs: -1 }).settings.hoverDelayMs).toBe(500);
    expect(validateSettings({ hoverDelayMs: 12.5 }).settings.hoverDelayMs).toBe(500);
    expect(validateSettings({ hoverDelayMs: Number.NaN }).settings.hoverDelayMs).toBe(500);
  });

  test('each distinct problem is reported once', () => {
    const warn = vi.fn();
    parseSettings({ theme: 'purple' }, warn);
    parseSettings({ theme: 'purple' }, warn);
    expect(warn).toHaveBeenCalledTimes(1);
    parseSettings({ theme: 'green' }, warn);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/theme/);
  });

  test('the result never shares objects with the frozen defaults', () => {
    const a = validateSettings({}).settings;
    a.kinds.person = false;
    a.sites['x.com'] = false;
    expect(DEFAULT_SETTINGS.kinds.person).toBe(true);
    expect(defaultSettings().sites).toEqual({});
  });
});

describe('storage functions', () => {
  test('load, update and watch go through validation', async () => {
    vi.resetModules();
    const { loadSettings, updateSettings, watchSettings, SETTINGS_STORAGE_KEY } = await import(
      '../../../utils/settings/storage'
    );
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const seen: unknown[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await updateSettings((s) => ({ ...s, theme: 'dark' }));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toMatchObject({ theme: 'dark' });
    const stored = await fakeBrowser.storage.local.get(SETTINGS_STORAGE_KEY);
    expect(stored[SETTINGS_STORAGE_KEY]).toMatchObject({ theme: 'dark' });
    unwatch();
  });

  test('concurrent updates do not lose each other', async () => {
    vi.resetModules();
    const { loadSettings, updateSettings } = await import('../../../utils/settings/storage');
    await Promise.all([
      updateSettings((s) => ({ ...s, paused: true })),
      updateSettings((s) => ({ ...s, theme: 'light' })),
      updateSettings((s) => ({ ...s, hoverDelayMs: 900 })),
    ]);
    expect(await loadSettings()).toMatchObject({ paused: true, theme: 'light', hoverDelayMs: 900 });
  });

  test('a corrupt stored value yields defaults for the bad fields and warns once', async () => {
    vi.resetModules();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({
      settings: { theme: 'dark', hoverDelayMs: 'soon' },
      settings$: { v: 4 },
    });
    const { loadSettings } = await import('../../../utils/settings/storage');
    const { settings } = { settings: await loadSettings() };
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    await loadSettings();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('an updater cannot store an invalid value', async () => {
    vi.resetModules();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { loadSettings, updateSettings } = await import('../../../utils/settings/storage');
    await updateSettings((s) => ({ ...s, hoverDelayMs: -5, theme: 'dark' }));
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toMatchObject({ hoverDelayMs: 500, theme: 'dark' });
    expect((await loadSettings()).hoverDelayMs).toBe(500);
  });
});
