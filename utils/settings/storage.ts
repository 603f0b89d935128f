/**
 * The settings in `storage.local`: one value and its version record, validated on every read.
 * Popup, content script and background all go through these functions.
 *
 * Writes are patches (see patch.ts) applied by the background, one after another, to what is
 * stored at that moment: two tabs saving at once keep both changes. A context that cannot reach
 * the background (tests, a background that is gone) applies its patch itself.
 */
import { storage } from '#imports';
import { sendMessage } from '../messaging';
import { migrateSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { applyPatch, diffSettings, isEmptyPatch, type SettingsPatch } from './patch';
import { defaultSettings, type Settings } from './types';
import { parseSettings, validateSettings } from './validate';

/** The WXT storage key of the settings item. */
export const SETTINGS_ITEM_KEY = 'local:settings' as const;
/** The raw `chrome.storage.local` key (tests read and write it through the service worker). */
export const SETTINGS_STORAGE_KEY = 'settings';
/** WXT keeps the stored version under this key (`{ v: number }`). */
export const SETTINGS_META_KEY = `${SETTINGS_STORAGE_KEY}$`;
const META_ITEM_KEY = `local:${SETTINGS_META_KEY}` as const;
/**
 * Versions above this are not a newer Fact Cards but a corrupt record: the value is read as the
 * current shape instead of being kept for a version that will never come.
 */
const MAX_PLAUSIBLE_VERSION = 1000;

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
 * WXT's item, which migrates an older stored value in storage when it is defined. Only defined
 * for a value of an older version: WXT would log an error for a newer one on every page, and
 * loop once per version from a negative one.
 */
export function settingsItem(): SettingsItem {
  item ??= defineSettingsItem();
  return item;
}

type StoredKind = 'current' | 'older' | 'newer' | 'corrupt';

/** What a version record says about its value; no record means version 1 (WXT's rule). */
function classify(meta: unknown): { kind: StoredKind; version: number } {
  const version = (meta as { v?: unknown } | null)?.v ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'corrupt', version: SETTINGS_VERSION };
  }
  if (version === SETTINGS_VERSION) return { kind: 'current', version };
  if (version < SETTINGS_VERSION) return { kind: 'older', version };
  if (version <= MAX_PLAUSIBLE_VERSION) return { kind: 'newer', version };
  return { kind: 'corrupt', version: SETTINGS_VERSION };
}

async function readStored(): Promise<{ value: unknown; kind: StoredKind; version: number }> {
  const [stored, meta] = await storage.getItems([SETTINGS_ITEM_KEY, META_ITEM_KEY]);
  return { value: stored?.value ?? null, ...classify(meta?.value) };
}

/**
 * The current settings, validated field by field (a bad field falls back to its default). The
 * value and its version come in one read. A value of a newer version is read for the fields this
 * version knows; a corrupt version record is ignored.
 */
export async function loadSettings(): Promise<Settings> {
  try {
    const { value, kind } = await readStored();
    if (value == null) return defaultSettings();
    if (kind === 'older') return parseSettings(await settingsItem().getValue());
    return parseSettings(value);
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

let applying: Promise<unknown> = Promise.resolve();

/**
 * Reads what is stored, applies the patch and writes the result, one patch at a time in this
 * context (the background, for every tab). A newer version's value keeps its version and every
 * field the patch does not touch; anything else is written validated, as the current version.
 */
export function applySettingsPatch(patch: SettingsPatch): Promise<void> {
  const run = applying.then(async () => {
    const { value, kind, version } = await readStored();
    let next: Record<string, unknown> | Settings;
    let nextVersion = SETTINGS_VERSION;
    if (kind === 'newer' && !patch.replace) {
      next = applyPatch(value, patch);
      nextVersion = version;
    } else {
      const base = kind === 'older' ? migrateSettings(value, version) : value;
      const current = validateSettings(base).settings;
      next = validateSettings(applyPatch(current, patch)).settings;
    }
    await storage.setItems([
      { key: SETTINGS_ITEM_KEY, value: next },
      { key: META_ITEM_KEY, value: { v: nextVersion } },
    ]);
  });
  applying = run.catch(() => undefined);
  return run;
}

/** Hands the patch to the background; applies it here if the background does not confirm. */
async function savePatch(patch: SettingsPatch): Promise<void> {
  const confirmed = await sendMessage('updateSettings', patch).catch(() => false);
  if (confirmed !== true) await applySettingsPatch(patch);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Changes the settings: `change` sees the current settings, and what it changed (not the whole
 * value) is written, so another tab's change made meanwhile is kept. Updates from one page run one
 * after another; the result is validated before it is written.
 */
export function updateSettings(change: (settings: Settings) => Settings): Promise<void> {
  const run = queue.then(async () => {
    const base = await loadSettings();
    const patch = diffSettings(base, validateSettings(change(base)).settings);
    if (!isEmptyPatch(patch)) await savePatch(patch);
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Replaces all settings (import); the value is validated first. */
export function replaceSettings(settings: Settings): Promise<void> {
  const run = queue.then(() => savePatch({ replace: validateSettings(settings).settings }));
  queue = run.catch(() => undefined);
  return run;
}
