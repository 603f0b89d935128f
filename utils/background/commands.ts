/** Keyboard commands from the manifest, forwarded to the active tab's content script. */
import type { ProtocolMap } from '../messaging';

/** Manifest command names (wxt.config.ts) and the direction each one moves. */
export const MENTION_COMMANDS = {
  'next-mention': 'next',
  'previous-mention': 'previous',
} as const satisfies Record<string, Parameters<ProtocolMap['navigateMention']>[0]>;

/** The keys shown when the browser cannot list the commands. */
export const DEFAULT_SHORTCUTS: Record<keyof typeof MENTION_COMMANDS, string> = {
  'next-mention': 'Alt+Shift+J',
  'previous-mention': 'Alt+Shift+K',
};

export function isMentionCommand(command: string): command is keyof typeof MENTION_COMMANDS {
  return Object.hasOwn(MENTION_COMMANDS, command);
}

/**
 * Sends `navigateMention` to the active tab. A tab without the content script (a browser page)
 * cannot answer; that is expected, not an error.
 */
export async function forwardCommand(
  command: string,
  activeTabId: () => Promise<number | undefined>,
  send: (direction: 'next' | 'previous', tabId: number) => Promise<void>,
): Promise<boolean> {
  if (!isMentionCommand(command)) return false;
  const tabId = await activeTabId();
  if (tabId === undefined) return false;
  try {
    await send(MENTION_COMMANDS[command], tabId);
    return true;
  } catch {
    return false;
  }
}
