/**
 * The HTML parsing rules that matter for reading a page's text, as scripts/html-tree.ts applies
 * them: void elements, which start tags close an open element implicitly, and what a <head> holds.
 */

/** Chromium's parser nests no deeper than this (kMaximumHTMLParserDOMTreeDepth). */
export const MAX_DEPTH = 512;

/** The only attributes the page reading code looks at (utils/page, utils/text); others are not kept. */
export const KEPT_ATTRIBUTES = new Set([
  'class',
  'id',
  'role',
  'itemprop',
  'hidden',
  'aria-hidden',
  'contenteditable',
  'data-fact-cards-ui',
]);

export const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose start tag closes an open <p> (the HTML spec's list). */
export const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'dialog',
  'div',
  'dl',
  'dd',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'ul',
]);

/** What may stay inside <head>; any other element ends it. */
export const HEAD_CONTENT = new Set([
  'base',
  'link',
  'meta',
  'noscript',
  'script',
  'style',
  'template',
  'title',
]);

/** Where the search for an element to close implicitly stops (simplified scope boundaries). */
export const SCOPE = new Set([
  'html',
  'body',
  'table',
  'td',
  'th',
  'caption',
  'template',
  'button',
]);

/** Start tag → the open elements it closes, and the elements that stop that search. */
export const IMPLIED: Record<string, { closes: Set<string>; stop: Set<string> }> = {
  li: { closes: new Set(['li']), stop: new Set(['ul', 'ol', 'menu', ...SCOPE]) },
  dd: { closes: new Set(['dd', 'dt']), stop: new Set(['dl', ...SCOPE]) },
  dt: { closes: new Set(['dd', 'dt']), stop: new Set(['dl', ...SCOPE]) },
  option: { closes: new Set(['option']), stop: new Set(['select', 'datalist', ...SCOPE]) },
  optgroup: { closes: new Set(['option', 'optgroup']), stop: new Set(['select', ...SCOPE]) },
  tr: { closes: new Set(['tr', 'td', 'th']), stop: new Set(['table', 'tbody', 'thead', 'tfoot']) },
  td: { closes: new Set(['td', 'th']), stop: new Set(['tr', 'table']) },
  th: { closes: new Set(['td', 'th']), stop: new Set(['tr', 'table']) },
  tbody: {
    closes: new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th']),
    stop: new Set(['table']),
  },
  thead: {
    closes: new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th']),
    stop: new Set(['table']),
  },
  tfoot: {
    closes: new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th']),
    stop: new Set(['table']),
  },
};
