import '../components/card.css';
import '../components/citation.css';
import { bundledIndex } from '../utils/index/bundled';
import { bundledPrepared } from '../utils/index/bundled-prepared';
import { FactCardsPage } from '../utils/page/app';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    try {
      await new FactCardsPage(ctx, bundledIndex, { prepared: bundledPrepared }).start();
    } catch (error) {
      // Never break the page.
      console.debug('Fact Cards could not start', error);
    }
  },
});
