import type { Plugin } from 'vite';

/** The module of WXT whose content script context announces itself (see below). */
const CONTEXT_MODULE = /wxt\/dist\/utils\/content-script-context\.mjs$/;
const POST_MESSAGE =
  /window\.postMessage\(\{\s*type: ContentScriptContext\.SCRIPT_STARTED_MESSAGE_TYPE,[^}]*\}, "\*"\);/;

/**
 * A Vite plugin removing the `window.postMessage` by which WXT 0.21.0 announces each content
 * script to the page. WXT keeps it only for content scripts built by its older versions (its own
 * scripts listen to a custom event, which stays), and 0.21.2 lets extensions turn it off
 * (`noScriptStartedPostMessage`, to become the default), but needs Node 22. Without it, pages no
 * longer receive a message from the extension, and Chromium no longer captures the caller's
 * source location for it: that re-parsed the whole bundle, 20–28 ms of the script's first task.
 * The build fails if the call is not found, so that an upgrade of WXT gets this looked at again.
 */
export function dropScriptStartedMessage(): Plugin {
  return {
    name: 'fact-cards:drop-script-started-message',
    transform(code, id) {
      if (!CONTEXT_MODULE.test(id)) return null;
      const patched = code.replace(POST_MESSAGE, '');
      if (patched === code) {
        throw new Error(
          'WXT’s content script context no longer posts its start message as expected: check scripts/drop-script-started-message.ts against this WXT version.',
        );
      }
      return { code: patched, map: null };
    },
  };
}
