import { expect, test } from 'vitest';
import { openWelcomeOnInstall } from '../../../utils/background/welcome';

test('the welcome page opens on a first install only', () => {
  const installed: { listener?: (details: { reason: string }) => void } = {};
  const opened: string[] = [];
  openWelcomeOnInstall(
    {
      onInstalled: {
        addListener: (l) => {
          installed.listener = l;
        },
      },
      getURL: (path) => `chrome-extension://id${path}`,
    },
    async (url) => opened.push(url),
  );
  installed.listener?.({ reason: 'update' });
  installed.listener?.({ reason: 'install' });
  expect(opened).toEqual(['chrome-extension://id/welcome.html']);
});
