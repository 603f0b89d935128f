/**
 * Everything the popup asks of the browser, behind one interface so the popup can be rendered in
 * tests with fakes. `createBrowserServices` is the real implementation.
 */
import { browser } from 'wxt/browser';
import type { Shortcut } from '../../components/SettingsPanel';
import { DEFAULT_SHORTCUTS, MENTION_COMMANDS } from '../../utils/background/commands';
import { downloadJson } from '../../utils/download';
import { type JumpTarget, type PageState, sendMessage } from '../../utils/messaging';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings/storage';
import type { Settings } from '../../utils/settings/types';

export interface TargetTab {
  id: number;
  /** Only readable for some pages without the "tabs" permission. */
  url?: string;
  title?: string;
}

export interface PopupServices {
  manifest: { name: string; version: string };
  /** The tab the popup is about: `?tab=<id>` if given (tests), else the active tab. */
  targetTab(): Promise<TargetTab | null>;
  /** Asks the tab's content script; null when it does not answer (not a web page, not loaded). */
  getPageState(tabId: number): Promise<PageState | null>;
  /**
   * Shows everything found on the tab's page whatever its relevance (or only what fits), for
   * this visit; the page's new state, or null when the page does not answer.
   */
  showEverything(tabId: number, on: boolean): Promise<PageState | null>;
  /** Scrolls the tab to the item, opens its card and brings the tab to the front. */
  jumpTo(tabId: number, target: JumpTarget): Promise<boolean>;
  loadSettings(): Promise<Settings>;
  watchSettings(callback: (settings: Settings) => void): () => void;
  updateSettings(change: (settings: Settings) => Settings): Promise<void>;
  copy(text: string): Promise<void>;
  shortcuts(): Promise<Shortcut[]>;
  openLibrary(): Promise<void>;
  /** Starts a download of `text` as `fileName`. */
  download(fileName: string, text: string): void;
  now(): Date;
}

/** A content script that has not answered by then is not going to (restricted page). */
const PAGE_STATE_TIMEOUT_MS = 1500;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([
    promise,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), ms)),
  ]).catch(() => null);
}

/** Fallback shortcut list for browsers without `commands.getAll`. */
export function defaultShortcuts(): Shortcut[] {
  return (Object.keys(MENTION_COMMANDS) as (keyof typeof MENTION_COMMANDS)[]).map((name) => ({
    name,
    description: name === 'next-mention' ? 'Next mention' : 'Previous mention',
    shortcut: DEFAULT_SHORTCUTS[name],
  }));
}

export function createBrowserServices(location: Location = window.location): PopupServices {
  const forcedTab = Number(new URLSearchParams(location.search).get('tab'));
  const embedded = Number.isInteger(forcedTab) && forcedTab > 0;
  return {
    manifest: browser.runtime.getManifest(),
    async targetTab() {
      try {
        const tab = embedded
          ? await browser.tabs.get(forcedTab)
          : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
        return tab?.id === undefined ? null : { id: tab.id, url: tab.url, title: tab.title };
      } catch {
        return null;
      }
    },
    getPageState: (tabId) =>
      withTimeout(sendMessage('getPageState', undefined, tabId), PAGE_STATE_TIMEOUT_MS),
    showEverything: (tabId, on) =>
      withTimeout(sendMessage('showEverything', on, tabId), PAGE_STATE_TIMEOUT_MS * 4),
    async jumpTo(tabId, target) {
      const tab = await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
      if (tab?.windowId !== undefined) {
        await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
      }
      const done = await sendMessage('jumpTo', target, tabId).catch(() => false);
      // A real popup would stay open over the page and hide the card it just opened.
      if (done && !embedded) window.close();
      return done;
    },
    loadSettings,
    watchSettings,
    updateSettings,
    copy: (text) => navigator.clipboard.writeText(text),
    async shortcuts() {
      const fallback = defaultShortcuts();
      try {
        const commands = await browser.commands.getAll();
        const known = commands.filter((c) => c.name && c.name in MENTION_COMMANDS);
        if (!known.length) return fallback;
        return known.map((c) => ({
          name: c.name ?? '',
          description:
            fallback.find((f) => f.name === c.name)?.description ?? c.description ?? c.name ?? '',
          shortcut: c.shortcut ?? '',
        }));
      } catch {
        return fallback;
      }
    },
    async openLibrary() {
      await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    },
    download: (fileName, text) => downloadJson(fileName, text),
    now: () => new Date(),
  };
}
