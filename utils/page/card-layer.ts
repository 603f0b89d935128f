/**
 * The card's rendering (Preact, the card components and floating-ui's positioning) lives in its own script,
 * `card-layer.js`, which a page loads once it has a mark: most pages never show a card, and
 * the content script stays small without it. The script registers its renderer under a symbol of
 * the content script's own global (pages cannot see it) and the content script imports it from
 * the extension's URL.
 */
import type { CardLayerProps } from '../../components/CardLayer';
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

declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * Imports an extension script by its path. Written as `import(chrome.runtime.getURL(…))`, the one
 * form of a dynamic import Firefox's add-on linter accepts (the global `chrome` exists in both
 * browsers and gives the same URL as the polyfill, the dynamic one in Chromium).
 */
const importExtensionScript = (path: string): Promise<unknown> =>
  import(/* @vite-ignore */ chrome.runtime.getURL(path));

type Registry = { [KEY]?: CardLayerRenderer };

export function registerCardLayer(renderer: CardLayerRenderer, global: object = globalThis): void {
  (global as Registry)[KEY] = renderer;
}

/** Imports the card layer script (once) and gives its renderer. */
export async function loadCardLayer(
  path: string = CARD_LAYER_PATH,
  importScript: (path: string) => Promise<unknown> = importExtensionScript,
  global: object = globalThis,
): Promise<CardLayerRenderer> {
  const registry = global as Registry;
  if (!registry[KEY]) await importScript(path);
  const renderer = registry[KEY];
  if (!renderer) throw new Error(`Fact Cards: ${path} did not register the card layer`);
  return renderer;
}
