/**
 * The card's rendering (Preact, the card components and floating-ui's positioning) lives in its own script,
 * `card-layer.js`, which a page loads once it has a mark: most pages never show a card, and
 * the content script stays small without it (see `extension-layer.ts`).
 */
import type { CardLayerProps } from '../../components/CardLayer';
import { importExtensionScript, loadLayer, registerLayer } from './extension-layer';
import type { followRange } from './positioning';

export interface CardLayerRenderer {
  render(props: CardLayerProps, container: HTMLElement): void;
  clear(container: HTMLElement): void;
  /** Keeps the card beside its mention (floating-ui). */
  follow: typeof followRange;
}

/** The card layer script's path inside the extension. */
export const CARD_LAYER_PATH = '/card-layer.js';

const KEY = Symbol.for('fact-cards.card-layer');

export function registerCardLayer(renderer: CardLayerRenderer, global: object = globalThis): void {
  registerLayer(KEY, renderer, global);
}

/** Imports the card layer script (once) and gives its renderer. */
export function loadCardLayer(
  path: string = CARD_LAYER_PATH,
  importScript: (path: string) => Promise<unknown> = importExtensionScript,
  global: object = globalThis,
): Promise<CardLayerRenderer> {
  return loadLayer<CardLayerRenderer>(KEY, 'card layer', path, importScript, global);
}
