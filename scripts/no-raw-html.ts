import type { Plugin } from 'vite';

/** Preact's module; its one `innerHTML` assignment serves `dangerouslySetInnerHTML`. */
const PREACT_MODULE = /preact\/dist\/preact\.mjs$/;
const RAW_HTML_ASSIGNMENT = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

/**
 * A Vite plugin that takes raw HTML out of Preact: `dangerouslySetInnerHTML` throws instead of
 * assigning `innerHTML`. Fact Cards never renders raw HTML (Biome's recommended
 * `noDangerouslySetInnerHtml` rule keeps it so in our code), and Firefox's add-on linter, which
 * AMO reviewers read, flags Preact's assignment in every bundle that includes Preact. The build
 * fails if the assignment is not found exactly once, so that an upgrade of Preact gets this
 * looked at again.
 */
export function noRawHtml(): Plugin {
  return {
    name: 'fact-cards:no-raw-html',
    transform(code, id) {
      if (!PREACT_MODULE.test(id)) return null;
      let found = 0;
      const patched = code.replace(RAW_HTML_ASSIGNMENT, () => {
        found++;
        return '(()=>{throw new Error("Fact Cards renders no raw HTML (dangerouslySetInnerHTML)")})()';
      });
      if (found !== 1) {
        throw new Error(
          `Preact assigns innerHTML ${found} times, not once as expected: check scripts/no-raw-html.ts against this Preact version.`,
        );
      }
      return { code: patched, map: null };
    },
  };
}
