/** On first install, a short welcome page explains what Fact Cards does and how to steer it. */

export interface InstallEvents {
  onInstalled: {
    addListener(listener: (details: { reason: string }) => void): void;
  };
  getURL(path: string): string;
}

export const WELCOME_PATH = '/welcome.html';

export function openWelcomeOnInstall(
  runtime: InstallEvents,
  openTab: (url: string) => Promise<unknown>,
): void {
  runtime.onInstalled.addListener(({ reason }) => {
    // Updates and browser updates are not first runs: the reader has seen it.
    if (reason !== 'install') return;
    openTab(runtime.getURL(WELCOME_PATH)).catch(() => undefined);
  });
}
