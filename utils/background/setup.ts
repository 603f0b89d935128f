/** Wires the background service worker: badge counts, navigation and keyboard commands. */
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../messaging';
import { applySettingsPatch, loadSettings, watchSettings } from '../settings/storage';
import { createBadgeController } from './badge';
import { forwardCommand } from './commands';
import { toolbarAction } from './toolbar-action';
import { openWelcomeOnInstall } from './welcome';

export function setupBackground(): void {
  const badge = createBadgeController(toolbarAction(browser), loadSettings);
  openWelcomeOnInstall(browser.runtime, (url) => browser.tabs.create({ url }));

  onMessage('reportMentionCount', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    // Only the top frame speaks for the tab; frames would overwrite each other.
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return;
    return badge.report(tabId, data, sender.url ?? sender.tab?.url);
  });

  // Every tab's settings changes are written here, one after another (utils/settings/storage.ts).
  onMessage('updateSettings', async ({ data }) => {
    await applySettingsPatch(data);
    return true;
  });

  // A new page (or a reload) starts without a count; its content script reports after scanning.
  // changeInfo.url needs the "tabs" permission, so any load counts as navigation.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void badge.clear(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => badge.forget(tabId));

  // Switching a site off or pausing empties its badges at once, switching on restores them.
  watchSettings(() => void badge.refreshAll());

  browser.commands?.onCommand.addListener((command) => {
    void forwardCommand(
      command,
      async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
      (direction, tabId) => sendMessage('navigateMention', direction, tabId),
    );
  });
}
