import { registerCardLayer } from '../utils/page/card-layer';
import { cardLayerRenderer } from '../utils/page/card-layer-render';

/** Imported by the content script once its page has a mark (see utils/page/card-layer.ts). */
export default defineUnlistedScript(() => registerCardLayer(cardLayerRenderer));
