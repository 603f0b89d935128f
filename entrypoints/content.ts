import '../components/card.css';
import '../components/citation.css';
import { extensionUrl } from '../utils/extension-url';
import { fetchGateAsset, fetchIndexAsset } from '../utils/index/bundled-asset';
import { FactCardsPage } from '../utils/page/app';
import { loadMatcherLayer } from '../utils/page/matcher-layer';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    try {
      const assets = {
        gate: () => fetchGateAsset({ getUrl: extensionUrl }),
        index: () => fetchIndexAsset({ getUrl: extensionUrl }),
        matcher: () => loadMatcherLayer(),
      };
      await new FactCardsPage(ctx, assets).start();
    } catch (error) {
      // Never break the page.
      console.debug('Fact Cards could not start', error);
    }
  },
});
