/**
 * Settings files: export writes the current settings with their version; import accepts a file
 * of this or an earlier version (migrated) and refuses anything it cannot fully read, so a bad
 * file changes nothing.
 */
import { migrateSettings, SETTINGS_VERSION } from './migrations';
import type { Settings } from './types';
import { validateSettings } from './validate';

/** Marks a JSON file as Fact Cards settings. */
export const SETTINGS_FILE_FORMAT = 'fact-cards-settings';

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  exported: string;
  settings: Settings;
}

/** The JSON text of a settings file. */
export function exportSettings(settings: Settings, now = new Date()): string {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_VERSION,
    exported: now.toISOString(),
    settings,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name such as `fact-cards-settings-2025-11-21.json`. */
export function settingsFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `fact-cards-settings-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

/**
 * The largest settings file accepted. Real ones are a few kilobytes (thousands of site rules stay
 * far below this); a bigger file is refused before it is read, so it cannot fill the popup's
 * memory or the extension's storage quota.
 */
export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

const TOO_BIG = `This file is larger than a settings file can be (${MAX_SETTINGS_FILE_BYTES / 1024 / 1024} MB), so no settings were changed.`;

/** Reads a chosen file: refused by its size before anything is read, then as `importSettings`. */
export async function readSettingsFile(file: Blob): Promise<ImportResult> {
  if (file.size > MAX_SETTINGS_FILE_BYTES) return { ok: false, error: TOO_BIG };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: 'This file could not be read, so no settings were changed.' };
  }
  return importSettings(text);
}

/** Reads a settings file; any problem makes the whole import fail with a readable message. */
export function importSettings(text: string): ImportResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return { ok: false, error: TOO_BIG };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON, so no settings were changed.' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'This file does not contain Fact Cards settings.' };
  }
  const file = data as Partial<Record<keyof SettingsFile, unknown>>;
  if (file.format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, error: 'This file is not a Fact Cards settings file.' };
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'The settings file has no valid version number.' };
  }
  if (version > SETTINGS_VERSION) {
    return {
      ok: false,
      error: `The settings file is from a newer version of Fact Cards (settings v${version}); update the extension first.`,
    };
  }
  const { settings, problems } = validateSettings(migrateSettings(file.settings, version));
  if (typeof file.settings !== 'object' || file.settings === null || problems.length) {
    const first = problems[0];
    const detail = first ? ` (${first.field}: ${first.message})` : '';
    return {
      ok: false,
      error: `The settings in this file are not valid${detail}, so no settings were changed.`,
    };
  }
  return { ok: true, settings };
}
