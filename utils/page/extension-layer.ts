/**
 * Scripts of the extension that the content script imports only once a page needs them (the
 * card's rendering, the matcher), so that the script every page runs stays small. Such a script
 * registers what it brings under a symbol of the content script's own global (pages cannot see
 * it), and the content script imports it from the extension's URL.
 */

declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * Imports an extension script by its path. Written as `import(chrome.runtime.getURL(…))`, the one
 * form of a dynamic import Firefox's add-on linter accepts (the global `chrome` exists in both
 * browsers and gives the same URL as the polyfill, the dynamic one in Chromium).
 */
export const importExtensionScript = (path: string): Promise<unknown> =>
  import(/* @vite-ignore */ chrome.runtime.getURL(path));

type Registry = Record<symbol, unknown>;

/** What a layer script calls when it runs: makes `value` the layer under `key`. */
export function registerLayer<T>(key: symbol, value: T, global: object = globalThis): void {
  (global as Registry)[key] = value;
}

/** Imports the layer script at `path` (once) and gives what it registered under `key`. */
export async function loadLayer<T>(
  key: symbol,
  what: string,
  path: string,
  importScript: (path: string) => Promise<unknown> = importExtensionScript,
  global: object = globalThis,
): Promise<T> {
  const registry = global as Registry;
  if (!registry[key]) await importScript(path);
  const layer = registry[key];
  if (!layer) throw new Error(`Fact Cards: ${path} did not register the ${what}`);
  return layer as T;
}
