import { describe, expect, test } from 'vitest';
import {
  exportSettings,
  importSettings,
  SETTINGS_FILE_FORMAT,
  settingsFileName,
} from '../../../utils/settings/transfer';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../utils/settings/types';

describe('settings files', () => {
  test('export then import gives the same settings', () => {
    const settings = { ...defaultSettings(), theme: 'dark' as const, sites: { 'a.com': false } };
    const text = exportSettings(settings, new Date('2025-11-21T10:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: SETTINGS_FILE_FORMAT, version: 4 });
    expect(importSettings(text)).toEqual({ ok: true, settings });
  });

  test('a file of an older version is migrated', () => {
    const text = JSON.stringify({
      format: SETTINGS_FILE_FORMAT,
      version: 1,
      settings: { enabled: true, disabledSites: ['x.com'], hoverDelay: 100 },
    });
    expect(importSettings(text)).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, sites: { 'x.com': false }, hoverDelayMs: 100 },
    });
  });

  test.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['an array', '[]', /does not contain/],
    ['another file', '{"name":"package"}', /not a Fact Cards settings file/],
    ['no version', JSON.stringify({ format: SETTINGS_FILE_FORMAT, settings: {} }), /version/],
    [
      'a newer version',
      JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 9, settings: {} }),
      /newer version/,
    ],
    [
      'an invalid field',
      JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 3, settings: { theme: 'pink' } }),
      /theme/,
    ],
    [
      'no settings',
      JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 3, settings: null }),
      /not valid/,
    ],
  ])('%s is refused with a message', (_name, text, message) => {
    const result = importSettings(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  test('file name carries the date', () => {
    expect(settingsFileName(new Date(2025, 10, 21))).toBe('fact-cards-settings-2025-11-21.json');
  });
});
