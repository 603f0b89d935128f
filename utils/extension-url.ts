import { browser } from 'wxt/browser';

/**
 * The extension URL of a file the build adds itself (the index asset): WXT's types know only the
 * files of `public/` and the entrypoints.
 */
export function extensionUrl(path: string): string {
  return (browser.runtime.getURL as (path: string) => string)(path);
}
