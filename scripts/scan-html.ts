/**
 * The scanner's HTML reader: a light tree built from htmlparser2's tokenizer, read by the same
 * `extractText` as pages are. It loads nothing a page links to (a relative `<link rel=preload>`
 * made happy-dom resolve it against about:blank and throw), follows the HTML rules that matter for
 * reading text (raw-text <script>/<style> wherever they are, void elements, implied end tags), and
 * costs a bounded amount per element: no element is nested deeper than a browser would nest it.
 */
import { Tokenizer } from 'htmlparser2';
import { extractText } from '../utils/text/extract';

/** Chromium's parser nests no deeper than this; deeper elements become siblings (as here). */
export const MAX_DEPTH = 512;

/** The only attributes the text extraction reads; others are not kept. */
const KEPT_ATTRIBUTES = new Set(['hidden', 'aria-hidden', 'contenteditable', 'data-fact-cards-ui']);

const VOID = new Set([
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
const CLOSES_P = new Set([
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
const HEAD_CONTENT = new Set([
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
const SCOPE = new Set(['html', 'body', 'table', 'td', 'th', 'caption', 'template', 'button']);

/** Start tag → the open elements it closes, and the elements that stop that search. */
const IMPLIED: Record<string, { closes: Set<string>; stop: Set<string> }> = {
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

class LightText {
  readonly nodeType = 3;
  previousSibling: LightNode | null = null;
  constructor(readonly data: string) {}
}

class LightElement {
  readonly nodeType = 1;
  readonly shadowRoot = null;
  previousSibling: LightNode | null = null;
  lastChild: LightNode | null = null;
  attributes: Map<string, string> | null = null;
  constructor(
    readonly tagName: string,
    readonly localName: string,
  ) {}
  append(child: LightNode): void {
    child.previousSibling = this.lastChild;
    this.lastChild = child;
  }
  hasAttribute(name: string): boolean {
    return this.attributes?.has(name) ?? false;
  }
  getAttribute(name: string): string | null {
    return this.attributes?.get(name) ?? null;
  }
}

type LightNode = LightText | LightElement;

/** The document's tree: the root, and its <body> if the markup has one. */
export function parseHtml(html: string): { root: LightElement; body: LightElement | null } {
  // A document node is walked like an element without breaks of its own.
  const root = new LightElement('#document', '#document');
  const stack: LightElement[] = [root];
  let body: LightElement | null = null;
  let foreign = 0;
  let tag: LightElement | null = null;
  let attribute = '';
  let value = '';
  let text = '';

  const top = () => stack[stack.length - 1] as LightElement;
  /** One copy of each tag name's two spellings, shared by all its elements. */
  const names = new Map<string, [string, string]>();
  const tagNames = (raw: string): [string, string] => {
    let found = names.get(raw);
    if (!found) {
      const lower = raw.toLowerCase();
      found = [lower, lower.toUpperCase()];
      names.set(raw, found);
    }
    return found;
  };
  const flushText = () => {
    if (!text) return;
    top().append(new LightText(text));
    text = '';
  };
  const isForeign = (name: string) => name === 'svg' || name === 'math';
  /** How many elements of each name are open: most start tags need no look down the stack. */
  const openCount = new Map<string, number>();
  const push = (element: LightElement) => {
    stack.push(element);
    openCount.set(element.localName, (openCount.get(element.localName) ?? 0) + 1);
    if (isForeign(element.localName)) foreign++;
  };
  const popTo = (index: number) => {
    while (stack.length > index) {
      const element = stack.pop() as LightElement;
      openCount.set(element.localName, (openCount.get(element.localName) ?? 1) - 1);
      if (isForeign(element.localName)) foreign--;
    }
  };
  /** Index of the nearest open element named in `names`, not looking past `stop`; -1 if none. */
  const openIndex = (names: Set<string>, stop: Set<string>) => {
    let any = false;
    for (const name of names) if (openCount.get(name)) any = true;
    if (!any) return -1;
    for (let i = stack.length - 1; i > 0; i--) {
      const name = (stack[i] as LightElement).localName;
      if (names.has(name)) return i;
      if (stop.has(name)) return -1;
    }
    return -1;
  };
  const P = new Set(['p']);
  const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext(start, end) {
        text += html.slice(start, end);
      },
      ontextentity(codepoint) {
        text += String.fromCodePoint(codepoint);
      },
      onopentagname(start, end) {
        flushText();
        const [lower, upper] = tagNames(html.slice(start, end));
        tag = new LightElement(upper, lower);
      },
      onattribname(start, end) {
        attribute = html.slice(start, end).toLowerCase();
        value = '';
      },
      onattribdata(start, end) {
        value += html.slice(start, end);
      },
      onattribentity(codepoint) {
        value += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (tag && KEPT_ATTRIBUTES.has(attribute) && !tag.attributes?.has(attribute)) {
          tag.attributes ??= new Map();
          tag.attributes.set(attribute, value);
        }
      },
      onopentagend() {
        open(false);
      },
      onselfclosingtag() {
        open(true);
      },
      onclosetag(start, end) {
        flushText();
        const name = html.slice(start, end).toLowerCase();
        // Content after </body> or </html> still belongs to the body, as in browsers.
        if (name === 'body' || name === 'html') return;
        if (name === 'br') {
          top().append(new LightElement('BR', 'br'));
          return;
        }
        if (!openCount.get(name)) return;
        for (let i = stack.length - 1; i > 0; i--) {
          if ((stack[i] as LightElement).localName === name) {
            popTo(i);
            return;
          }
        }
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {
        flushText();
      },
    },
  );

  function open(selfClosing: boolean): void {
    const element = tag;
    tag = null;
    if (!element) return;
    const name = element.localName;
    if (name === 'html') return;
    if (name === 'body') {
      if (body) return;
      body = element;
      popTo(1);
    } else if (top().localName === 'head' && !HEAD_CONTENT.has(name)) {
      // Page content after an unclosed <head> starts the body, as in browsers.
      popTo(stack.length - 1);
    }
    if (!foreign) {
      if (CLOSES_P.has(name)) {
        const p = openIndex(P, SCOPE);
        if (p > 0) popTo(p);
      }
      if (HEADINGS.has(name) && HEADINGS.has(top().localName)) popTo(stack.length - 1);
      const implied = IMPLIED[name];
      if (implied) {
        const at = openIndex(implied.closes, implied.stop);
        if (at > 0) popTo(at);
      }
    }
    const isVoid = VOID.has(name) || (selfClosing && (foreign > 0 || isForeign(name)));
    // Past the browser's depth limit an element is added next to the deepest one, not in it.
    if (!isVoid && stack.length > MAX_DEPTH) popTo(stack.length - 1);
    top().append(element);
    // `/>` closes an element only in SVG and MathML (and starting one: `<svg/>`).
    if (!isVoid) push(element);
  }

  tokenizer.write(html);
  tokenizer.end();
  return { root, body };
}

/** The reading text of an HTML document, as a page's content script would extract it. */
export function htmlText(html: string): string {
  // From the root: text before <body> (a server's warning printed first) is shown in the body
  // by browsers; <head> is skipped by the extraction.
  const { root } = parseHtml(html);
  return extractText(root as unknown as Node).text;
}
