/** One fixture server and one Chromium with the extension per test file, torn down after it. */
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { type FixtureServer, startFixtureServer } from './server';

export interface ExtensionSession {
  browser: ExtensionBrowser;
  server: FixtureServer;
}

export function useExtensionSession(
  options: Parameters<typeof launchWithExtension>[0] = {},
): ExtensionSession {
  const session = {} as ExtensionSession;
  beforeAll(async () => {
    session.server = await startFixtureServer();
    session.browser = await launchWithExtension(options);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
