import {
  defineExtensionMessaging,
  type GetDataType,
  type GetReturnType,
} from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { SettingsPatch } from './settings/patch';

/** One entity found on the page, as the popup lists it. */
export interface PageEntitySummary {
  entityId: string;
  count: number;
}

/** One claim found on the page, as the popup lists it. */
export interface PageClaimSummary {
  claimId: string;
  count: number;
}

/** Whether the page is about the index's story, and why, as the popup says it. */
export interface PageRelevanceState {
  relevance: 'on-topic' | 'passing' | 'unrelated';
  /** One sentence a reader can check ("… 1 passing mention of TikTok."). */
  explanation: string;
  /** The reader asked to see everything found on this page, for this visit. */
  showEverything: boolean;
}

export interface PageState {
  hostname: string;
  url: string;
  title: string;
  /** Whether Fact Cards is annotating this page, and if not, why. */
  status: 'on' | 'site-off' | 'paused' | 'unsupported';
  entities: PageEntitySummary[];
  claims: PageClaimSummary[];
  /** Absent until the page's first full pass decided it. */
  relevance?: PageRelevanceState;
}

export interface JumpTarget {
  kind: 'entity' | 'claim';
  id: string;
}

/**
 * Every message between popup, background and content script. Handlers are registered with
 * `onMessage(name, handler)`; the return type is the reply.
 */
export interface ProtocolMap {
  /** popup → content script of the active tab. */
  getPageState(): PageState;
  /** popup → content script: scroll to the first occurrence and open its card. */
  jumpTo(target: JumpTarget): boolean;
  /**
   * popup → content script: show everything found on the page whatever its relevance (true),
   * or only what its relevance allows (false), for this visit. Replies with the new page state.
   */
  showEverything(on: boolean): PageState;
  /** background → content script: keyboard command (manifest `commands`). */
  navigateMention(direction: 'next' | 'previous'): void;
  /** content script → background: mentions on the page, for the toolbar badge (null: off). */
  reportMentionCount(count: number | null): void;
  /** popup or content script → background: one settings change, applied in order; true once written. */
  updateSettings(patch: SettingsPatch): boolean;
}

export const { onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

let nextId = 0;

/**
 * Sends a message in @webext-core/messaging's format (its `onMessage` answers it) through the
 * browser's promise API. The library's own sender hands `tabs.sendMessage` a callback that never
 * reads `runtime.lastError`: a popup over a page without the content script logged "Unchecked
 * runtime.lastError". Here a missing receiver is a rejected promise, for the caller to handle.
 */
export async function sendMessage<K extends keyof ProtocolMap>(
  type: K,
  data: GetDataType<ProtocolMap[K]>,
  tabId?: number,
): Promise<GetReturnType<ProtocolMap[K]>> {
  const message = { id: ++nextId, type, data, timestamp: Date.now() };
  const reply = (
    tabId === undefined
      ? await browser.runtime.sendMessage(message)
      : await browser.tabs.sendMessage(tabId, message)
  ) as { res?: GetReturnType<ProtocolMap[K]>; err?: { message?: string } } | undefined;
  if (!reply) throw new Error(`No answer to ${type}`);
  if (reply.err != null) throw new Error(reply.err.message ?? `${type} failed`);
  return reply.res as GetReturnType<ProtocolMap[K]>;
}
