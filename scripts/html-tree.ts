/**
 * Builds a saved page's body into a happy-dom document from htmlparser2's tokenizer, instead of
 * happy-dom's own parser, which read the rest of a page as the text of a `<style>` inside an
 * inline `<svg>` and, connecting a `<link rel=preload href=/relative>`, resolved it against
 * about:blank and threw. htmlparser2's own tree builder is not used: it looks down its whole stack
 * for every start tag, which deep nesting turns quadratic. Nothing a page links to is created or
 * loaded, and the cost is bounded: no more than MAX_DEPTH elements are open (a deeper one goes
 * next to the deepest, as Chromium nests no deeper), and past MAX_ELEMENTS elements the page's
 * text is still read, into the elements already built.
 */
import { Tokenizer } from 'htmlparser2';
import {
  CLOSES_P,
  HEAD_CONTENT,
  IMPLIED,
  KEPT_ATTRIBUTES,
  MAX_DEPTH,
  SCOPE,
  VOID,
} from './html-rules';

/** A happy-dom element costs ~4 KB; the largest page of tests/corpus has 12,765 elements. */
export const MAX_ELEMENTS = 50_000;

/** Void elements that carry no text and make happy-dom resolve or fetch what they point at. */
const NOT_BUILT = new Set(['link', 'base', 'meta']);
const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const isForeign = (name: string) => name === 'svg' || name === 'math';

interface Open {
  name: string;
  /** Where its content goes: the element, or (past MAX_ELEMENTS) the nearest one built. */
  node: Node;
}

export interface TreeStats {
  elements: number;
  /** Elements not built once MAX_ELEMENTS were (their text was kept). */
  flattened: number;
}

/** Fills `doc`'s empty body with the body of `html`, as a browser's parser would in the main. */
export function buildBody(doc: Document, html: string): TreeStats {
  const body = doc.body;
  const stack: Open[] = [{ name: 'body', node: body }];
  /** How many elements of each name are open: most start tags need no look down the stack. */
  const openCount = new Map<string, number>();
  let foreign = 0;
  let elements = 0;
  let flattened = 0;
  let sawBody = false;
  let name = '';
  let attributes: [string, string][] = [];
  let attribute = '';
  let value = '';
  let text = '';

  const top = () => stack[stack.length - 1] as Open;
  const push = (open: Open) => {
    stack.push(open);
    openCount.set(open.name, (openCount.get(open.name) ?? 0) + 1);
    if (isForeign(open.name)) foreign++;
  };
  const popTo = (index: number) => {
    while (stack.length > Math.max(index, 1)) {
      const open = stack.pop() as Open;
      openCount.set(open.name, (openCount.get(open.name) ?? 1) - 1);
      if (isForeign(open.name)) foreign--;
    }
  };
  /** Index of the nearest open element named in `names`, not looking past `stop`; -1 if none. */
  const openIndex = (names: Set<string>, stop: Set<string>) => {
    let any = false;
    for (const n of names) if (openCount.get(n)) any = true;
    if (!any) return -1;
    for (let i = stack.length - 1; i > 0; i--) {
      const open = (stack[i] as Open).name;
      if (names.has(open)) return i;
      if (stop.has(open)) return -1;
    }
    return -1;
  };
  const flushText = () => {
    if (!text) return;
    // Text that is not blank ends an unclosed <head>: it belongs to the body.
    if (top().name === 'head' && /\S/.test(text)) popTo(stack.length - 1);
    const into = top().node;
    const last = into.lastChild;
    // Adjacent text is one node, as a browser's parser makes it.
    if (last?.nodeType === 3) (last as Text).appendData(text);
    else into.appendChild(doc.createTextNode(text));
    text = '';
  };

  function open(selfClosing: boolean): void {
    const tag = name;
    if (tag === 'html' || (tag === 'body' && sawBody)) return;
    if (tag === 'body') {
      sawBody = true;
      popTo(1);
      return;
    }
    if (top().name === 'head' && !HEAD_CONTENT.has(tag)) popTo(stack.length - 1);
    if (!foreign) {
      if (CLOSES_P.has(tag)) {
        const p = openIndex(P, SCOPE);
        if (p > 0) popTo(p);
      }
      if (HEADINGS.has(tag) && HEADINGS.has(top().name)) popTo(stack.length - 1);
      const implied = IMPLIED[tag];
      if (implied) {
        const at = openIndex(implied.closes, implied.stop);
        if (at > 0) popTo(at);
      }
    }
    const isVoid = VOID.has(tag) || (selfClosing && (foreign > 0 || isForeign(tag)));
    if (NOT_BUILT.has(tag)) return;
    if (!isVoid && stack.length > MAX_DEPTH) popTo(stack.length - 1);
    let node = top().node;
    if (tag === 'head') {
      // A <head> is read into an element outside the document: its content is never shown.
      node = doc.createElement('head');
    } else if (elements < MAX_ELEMENTS) {
      const element = doc.createElement(tag);
      for (const [key, attributeValue] of attributes) element.setAttribute(key, attributeValue);
      node.appendChild(element);
      node = element;
      elements++;
    } else {
      flattened++;
    }
    // `/>` closes an element only in SVG and MathML (and starting one: `<svg/>`).
    if (!isVoid) push({ name: tag, node });
  }

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
        name = html.slice(start, end).toLowerCase();
        attributes = [];
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
        // The first of a repeated attribute wins, as in a browser.
        if (KEPT_ATTRIBUTES.has(attribute) && !attributes.some(([key]) => key === attribute))
          attributes.push([attribute, value]);
      },
      onopentagend() {
        open(false);
      },
      onselfclosingtag() {
        open(true);
      },
      onclosetag(start, end) {
        flushText();
        const tag = html.slice(start, end).toLowerCase();
        // Content after </body> or </html> still belongs to the body, as in browsers.
        if (tag === 'body' || tag === 'html') return;
        if (tag === 'br') {
          name = 'br';
          attributes = [];
          open(false);
          return;
        }
        if (!openCount.get(tag)) return;
        for (let i = stack.length - 1; i > 0; i--) {
          if ((stack[i] as Open).name === tag) {
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
  tokenizer.write(html);
  tokenizer.end();
  return { elements, flattened };
}
