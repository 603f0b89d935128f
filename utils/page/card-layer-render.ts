/** The card layer's renderer: what `card-layer.js` registers (see `card-layer.ts`). */
import { h, render } from 'preact';
import { CardLayer } from '../../components/CardLayer';
import type { CardLayerRenderer } from './card-layer';
import { followRange } from './positioning';

export const cardLayerRenderer: CardLayerRenderer = {
  render: (props, container) => render(h(CardLayer, props), container),
  clear: (container) => render(null, container),
  follow: followRange,
};
