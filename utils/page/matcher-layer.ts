/**
 * The matcher's code (names, fuzzy fallback through fuse.js, claims) lives in its own script,
 * `matcher-layer.js`, which a page imports together with the index asset, once the gate found a
 * word of the index in it: a page about something else, a switched-off site or a paused
 * extension never parses it (see `extension-layer.ts`).
 */
import type { createMatcher, matcherSteps } from '../match/matcher';
import { importExtensionScript, loadLayer, registerLayer } from './extension-layer';

export interface MatcherLayer {
  createMatcher: typeof createMatcher;
  matcherSteps: typeof matcherSteps;
}

/** The matcher layer script's path inside the extension. */
export const MATCHER_LAYER_PATH = '/matcher-layer.js';

const KEY = Symbol.for('fact-cards.matcher-layer');

export function registerMatcherLayer(layer: MatcherLayer, global: object = globalThis): void {
  registerLayer(KEY, layer, global);
}

/** Imports the matcher layer script (once) and gives the matcher's builders. */
export function loadMatcherLayer(
  path: string = MATCHER_LAYER_PATH,
  importScript: (path: string) => Promise<unknown> = importExtensionScript,
  global: object = globalThis,
): Promise<MatcherLayer> {
  return loadLayer<MatcherLayer>(KEY, 'matcher layer', path, importScript, global);
}
