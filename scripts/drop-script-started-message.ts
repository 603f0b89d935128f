import type { Plugin } from 'vite';

/** The module of WXT whose content script context announces itself (see below). */
const CONTEXT_MODULE = /wxt\/dist\/utils\/content-script-context\.mjs$/;
const POST_MESSAGE =
  /window\.postMessage\(\{\s*type: ContentScriptContext\.SCRIPT_STARTED_MESSAGE_TYPE,[^}]*\}, "\*"\);/;
const VERIFY_STARTED = 'return isSameContentScript && !isFromSelf;';
/**
 * A started event only stops a script whose extension context is gone (it was updated or
 * reloaded, and this copy is orphaned): `runtime.id` is then undefined. A live script ignores it.
 */
const VERIFY_STARTED_ORPHANED =
  'return isSameContentScript && !isFromSelf && browser.runtime?.id == null;';

/**
 * A Vite plugin patching how WXT 0.21.0's content script context deals with the page.
 *
 * It removes the `window.postMessage` by which WXT announces each content script to the page.
 * WXT keeps it only for content scripts built by its older versions (its own scripts listen to a
 * custom event, which stays), and 0.21.2 lets extensions turn it off (`noScriptStartedPostMessage`,
 * to become the default), but needs Node 22. Without it, pages no longer receive a message from
 * the extension, and Chromium no longer captures the caller's source location for it: that
 * re-parsed the whole bundle, 20–28 ms of the script's first task.
 *
 * It also stops the page from switching the content script off: the custom event by which a newer
 * copy of the script stops an older one is a plain DOM event whose name holds the extension's
 * public id, so any page could dispatch it. The event now only stops a copy that is orphaned.
 *
 * The build fails if either is not found, so that an upgrade of WXT gets this looked at again.
 */
export function dropScriptStartedMessage(): Plugin {
  return {
    name: 'fact-cards:drop-script-started-message',
    transform(code, id) {
      if (!CONTEXT_MODULE.test(id)) return null;
      const patched = code
        .replace(POST_MESSAGE, '')
        .replace(VERIFY_STARTED, VERIFY_STARTED_ORPHANED);
      if (!POST_MESSAGE.test(code) || !code.includes(VERIFY_STARTED) || patched === code) {
        throw new Error(
          'WXT’s content script context no longer announces or verifies its start as expected: check scripts/drop-script-started-message.ts against this WXT version.',
        );
      }
      return { code: patched, map: null };
    },
  };
}
