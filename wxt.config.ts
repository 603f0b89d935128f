import { defineConfig } from 'wxt';
import { dropScriptStartedMessage } from './scripts/drop-script-started-message';
import { noRawHtml } from './scripts/no-raw-html';
import { compiledAssetFile, compiledGateFile } from './scripts/paths';

/** The index asset, as the extension names it (see utils/index/index-asset.ts). */
const INDEX_ASSET = 'fact-index.bin';
const GATE_ASSET = 'fact-gate.bin';
/** The card's rendering, imported by the content script once a page has a mark. */
const CARD_LAYER = 'card-layer.js';
/** The matcher's code, imported by the content script with the index asset. */
const MATCHER_LAYER = 'matcher-layer.js';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Lets parallel test runs build into separate folders (tests read the same variable).
  outDir: process.env.FACT_CARDS_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [dropScriptStartedMessage(), noRawHtml()],
  }),
  // The sources zip is for store reviewers: what the tests saw, the saved-page corpus and build folders are noise.
  zip: {
    excludeSources: [
      'tests/e2e/screenshots/**',
      '.output*/**',
      'data/compiled/**',
      'tests/corpus/**',
    ],
  },
  hooks: {
    // The index travels beside the scripts, not inside them (`npm run build:index` makes it).
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: compiledAssetFile, relativeDest: INDEX_ASSET });
      files.push({ absoluteSrc: compiledGateFile, relativeDest: GATE_ASSET });
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Fact Cards',
    description:
      'Recognises the people, organisations and claims of a news story as you read, and shows a card citing the original reporting.',
    permissions: ['storage'],
    // Content scripts fetch the gate and index assets and import the matcher and card layers, so
    // all must be web-accessible. In MV3 only through the per-session dynamic URL, so pages cannot probe for the extension by the asset's URL;
    // MV2 has no such option, but Firefox's extension URLs carry a random per-install UUID.
    web_accessible_resources:
      manifestVersion === 3
        ? [
            {
              resources: [GATE_ASSET, INDEX_ASSET, MATCHER_LAYER, CARD_LAYER],
              matches: ['http://*/*', 'https://*/*'],
              use_dynamic_url: true,
            },
          ]
        : [GATE_ASSET, INDEX_ASSET, MATCHER_LAYER, CARD_LAYER],
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
