import { defineConfig } from 'wxt';
import { dropScriptStartedMessage } from './scripts/drop-script-started-message';
import { noRawHtml } from './scripts/no-raw-html';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Lets parallel test runs build into separate folders (tests read the same variable).
  outDir: process.env.FACT_CARDS_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // The bundled index is large: JSON.parse of a string starts faster than a JS object literal.
    json: { stringify: true },
    plugins: [dropScriptStartedMessage(), noRawHtml()],
  }),
  // The sources zip is for store reviewers: what the tests saw and other build folders are noise.
  zip: { excludeSources: ['tests/e2e/screenshots/**', '.output*/**', 'data/compiled/**'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Fact Cards',
    description:
      'Recognises the people, organisations and claims of a news story as you read, and shows a card citing the original reporting.',
    permissions: ['storage'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // WXT writes the popup into `browser_action` for Manifest V2 and then drops `action`, so the
    // toolbar icon is given under the key of the build's manifest version.
    [manifestVersion === 2 ? 'browser_action' : 'action']: {
      default_title: 'Fact Cards',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
    },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next mention on the page and open its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous mention on the page and open its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'fact-cards@factcards.example',
              // The CSS Custom Highlight API that paints the marks, and the data-collection
              // declaration AMO asks for, both arrive in Firefox 140 (an ESR); Android's
              // declaration support comes in 142.
              strict_min_version: '140.0',
              // Everything stays in the browser: no data leaves it (AMO asks extensions to say so).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
