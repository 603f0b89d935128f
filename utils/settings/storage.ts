/**
 * The settings storage item: one versioned value in `storage.local`, migrated by WXT and
 * validated on every read. Popup, content script and background all go through these functions.
 */
import { storage } from '#imports';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { defaultSettings, type Settings } from './types';
import { parseSettings } from './validate';

/** The WXT storage key of the settings item. */
export const SETTINGS_ITEM_KEY = 'local:settings' as const;
/** The raw `chrome.storage.local` key (tests read and write it through the service worker). */
export const SETTINGS_STORAGE_KEY = 'settings';
/** WXT keeps the stored version under this key (`{ v: number }`). */
export const SETTINGS_META_KEY = `${SETTINGS_STORAGE_KEY}$`;

type SettingsItem = ReturnType<typeof defineSettingsItem>;

/**
 * Typed as `Settings`, but what is stored may be anything (an old or corrupt value): read it
 * through `loadSettings` / `watchSettings`, which validate, never with `getValue` directly.
 */
function defineSettingsItem() {
  return storage.defineItem<Settings>(SETTINGS_ITEM_KEY, {
    fallback: defaultSettings(),
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
}

let item: SettingsItem | undefined;

/**
 * The settings item, defined on first use: defining it makes WXT read the stored value and its
 * version to migrate it, two round trips to the browser that `loadSettings` spares a page when
 * the stored version is current.
 */
export function settingsItem(): SettingsItem {
  item ??= defineSettingsItem();
  return item;
}

/** The version WXT gives a stored value by its metadata: 1 when it has none. */
function storedVersion(meta: unknown): number {
  const version = (meta as { v?: unknown } | null)?.v;
  return typeof version === 'number' ? version : 1;
}

/**
 * The current settings, validated field by field (a bad field falls back to its default). The
 * value and its version come in one read; a value of an older or newer version goes through the
 * item, which migrates it as it would have anyway.
 */
export async function loadSettings(): Promise<Settings> {
  try {
    const [stored, meta] = await storage.getItems([
      SETTINGS_ITEM_KEY,
      `local:${SETTINGS_META_KEY}`,
    ]);
    if (stored?.value == null) return defaultSettings();
    if (storedVersion(meta?.value) === SETTINGS_VERSION) return parseSettings(stored.value);
    return parseSettings(await settingsItem().getValue());
  } catch (error) {
    console.warn('Fact Cards settings: could not read storage; using the defaults', error);
    return defaultSettings();
  }
}

/** Calls `callback` with validated settings whenever they change; returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return storage.watch<Settings>(SETTINGS_ITEM_KEY, (value) =>
    callback(parseSettings(value ?? defaultSettings())),
  );
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Reads, changes and writes the settings. Updates from one page run one after another so two
 * quick clicks cannot overwrite each other; the result is validated before it is written.
 */
export function updateSettings(change: (settings: Settings) => Settings): Promise<void> {
  const run = queue.then(async () => {
    const next = change(await loadSettings());
    await settingsItem().setValue(parseSettings(next));
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Replaces all settings (import); the value is validated first. */
export function replaceSettings(settings: Settings): Promise<void> {
  return updateSettings(() => settings);
}
