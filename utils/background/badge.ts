/**
 * The toolbar badge shows how many mentions the content script found in each tab. It is empty
 * when Fact Cards is off for the tab's site or paused, when nothing was found, and after the tab
 * navigates away (until the new page reports).
 */
import { siteStatus } from '../settings/sites';
import type { Settings } from '../settings/types';

/** The part of `browser.action` the badge needs (injected so tests can record the calls). */
export interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
}

/** Badge colour: the popup's accent, dark enough for white digits (contrast ≥ 4.5:1). */
export const BADGE_COLOR = '#1d4ed8';

/** "", "7", "999+". */
export function badgeText(count: number | null): string {
  if (count === null || !Number.isFinite(count) || count <= 0) return '';
  return count > 999 ? '999+' : String(Math.floor(count));
}

/** The hostname of a page URL, or null for URLs that are not web pages. */
export function pageHostname(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

export interface BadgeController {
  /** A count reported by the top frame of `tabId`; `url` is the reporting page. */
  report(tabId: number, count: number | null, url: string | undefined): Promise<void>;
  /** The tab started loading another page. */
  clear(tabId: number): Promise<void>;
  /** Settings changed: every known tab shows its last count again, or nothing if now off. */
  refreshAll(): Promise<void>;
  /** The tab was closed. */
  forget(tabId: number): void;
}

export function createBadgeController(
  action: ActionApi,
  loadSettings: () => Promise<Settings>,
): BadgeController {
  async function set(tabId: number, text: string) {
    try {
      await action.setBadgeText({ tabId, text });
      if (text) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    } catch {
      // The tab was closed in the meantime: nothing to update.
    }
  }
  // Last report per tab, so a settings change can restore the count without asking the page
  // (tab URLs are not readable without the "tabs" permission; the report carries it).
  const reports = new Map<number, { count: number | null; url: string | undefined }>();
  async function isOn(url: string | undefined) {
    const host = pageHostname(url);
    return host !== null && siteStatus(await loadSettings(), host) === 'on';
  }
  return {
    async report(tabId, count, url) {
      reports.set(tabId, { count, url });
      await set(tabId, (await isOn(url)) ? badgeText(count) : '');
    },
    async clear(tabId) {
      reports.delete(tabId);
      await set(tabId, '');
    },
    async refreshAll() {
      await Promise.all(
        [...reports].map(async ([tabId, { count, url }]) =>
          set(tabId, (await isOn(url)) ? badgeText(count) : ''),
        ),
      );
    },
    forget(tabId) {
      reports.delete(tabId);
    },
  };
}
