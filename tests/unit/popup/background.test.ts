import { describe, expect, test, vi } from 'vitest';
import { badgeText, createBadgeController, pageHostname } from '../../../utils/background/badge';
import { forwardCommand, isMentionCommand } from '../../../utils/background/commands';
import { toolbarAction } from '../../../utils/background/toolbar-action';
import { defaultSettings, type Settings } from '../../../utils/settings/types';

function recorder() {
  const texts = new Map<number, string>();
  const action = {
    setBadgeText: vi.fn(async ({ tabId, text }: { tabId: number; text: string }) => {
      texts.set(tabId, text);
    }),
    setBadgeBackgroundColor: vi.fn(async () => {}),
  };
  return { action, texts };
}

describe('badge', () => {
  test('text for counts', () => {
    expect(badgeText(null)).toBe('');
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(1234)).toBe('999+');
  });

  test('hostnames of web pages only', () => {
    expect(pageHostname('https://news.example.com/a')).toBe('news.example.com');
    expect(pageHostname('chrome://extensions')).toBeNull();
    expect(pageHostname(undefined)).toBeNull();
  });

  test('shows counts per tab, empty when off, cleared on navigation, restored on settings change', async () => {
    let settings: Settings = defaultSettings();
    const { action, texts } = recorder();
    const badge = createBadgeController(action, async () => settings);
    await badge.report(1, 12, 'https://example.com/a');
    await badge.report(2, 3, 'https://other.org/b');
    expect(texts.get(1)).toBe('12');
    expect(texts.get(2)).toBe('3');

    settings = { ...settings, sites: { 'example.com': false } };
    await badge.refreshAll();
    expect(texts.get(1)).toBe('');
    expect(texts.get(2)).toBe('3');
    settings = { ...settings, sites: {} };
    await badge.refreshAll();
    expect(texts.get(1)).toBe('12');

    settings = { ...settings, paused: true };
    await badge.report(2, 5, 'https://other.org/b');
    expect(texts.get(2)).toBe('');

    await badge.clear(1);
    expect(texts.get(1)).toBe('');
    settings = { ...settings, paused: false };
    await badge.refreshAll();
    expect(texts.get(1)).toBe('');
    expect(texts.get(2)).toBe('5');
  });

  test('a closed tab does not throw', async () => {
    const action = {
      setBadgeText: vi.fn(async () => {
        throw new Error('No tab with id');
      }),
      setBadgeBackgroundColor: vi.fn(async () => {}),
    };
    const badge = createBadgeController(action, async () => defaultSettings());
    await expect(badge.report(9, 1, 'https://a.com')).resolves.toBeUndefined();
  });
});

describe('commands', () => {
  test('forwards the two mention commands to the active tab', async () => {
    const send = vi.fn(async () => {});
    expect(await forwardCommand('next-mention', async () => 4, send)).toBe(true);
    expect(send).toHaveBeenCalledWith('next', 4);
    expect(await forwardCommand('previous-mention', async () => 4, send)).toBe(true);
    expect(send).toHaveBeenLastCalledWith('previous', 4);
    expect(await forwardCommand('other', async () => 4, send)).toBe(false);
    expect(await forwardCommand('next-mention', async () => undefined, send)).toBe(false);
    expect(isMentionCommand('toString')).toBe(false);
  });

  test('a tab without the content script is not an error', async () => {
    const send = vi.fn(async () => {
      throw new Error('Could not establish connection');
    });
    expect(await forwardCommand('next-mention', async () => 1, send)).toBe(false);
  });
});

describe('toolbar action per build', () => {
  const action = recorder().action;
  const browserAction = recorder().action;
  const apis = (manifest_version: number) => ({
    runtime: { getManifest: () => ({ manifest_version }) },
    action,
    browserAction,
  });

  test('Manifest V3 uses action, Manifest V2 (Firefox) uses browserAction', () => {
    expect(toolbarAction(apis(3))).toBe(action);
    expect(toolbarAction(apis(2))).toBe(browserAction);
  });

  test('a build without its API says so instead of staying silently empty', () => {
    expect(() =>
      toolbarAction({ runtime: { getManifest: () => ({ manifest_version: 2 }) } }),
    ).toThrow(/browserAction/);
  });
});
