/**
 * Readable text of a DOM subtree with a map from text offsets back to Text nodes. Works on any
 * DOM implementation (the page in a content script, happy-dom in Node): only node properties are
 * read, never computed style, which is unavailable in Node and too slow for long pages.
 */

import { lastAtOrBefore } from '../sorted';

export interface TextSegment {
  node: Text;
  /** Offsets of the node's data in the extracted text. */
  start: number;
  end: number;
}

export interface TextPosition {
  node: Text;
  offset: number;
}

export interface ExtractOptions {
  /** Extra elements to leave out (with their subtrees). */
  skip?: (element: Element) => boolean;
}

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'SVG',
  'MATH',
]);

/**
 * Block-level elements: each starts a block of text of its own. Extraction separates blocks by a
 * blank line (a line break for the line-like ones below); the page's text units are the nearest
 * block-level ancestors of its text (utils/page/units).
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Line-like blocks (and BR): separated by a line break rather than a blank line. */
const LINE_TAGS = new Set(['BR', 'DD', 'DT', 'LI', 'TD', 'TH', 'TR']);

const NONE = 0;
const LINE = 1;
const PARAGRAPH = 2;

function breakAfter(element: Element): number {
  const tag = element.tagName.toUpperCase();
  if (LINE_TAGS.has(tag)) return LINE;
  if (BLOCK_TAGS.has(tag)) return PARAGRAPH;
  return NONE;
}

/** The attribute of the extension's own UI host; text under it is never read. */
export const UI_ATTRIBUTE = 'data-fact-cards-ui';

/**
 * Elements whose text is not the page's reading text: code, form fields, editors (a card popping
 * up while someone types would be in the way), hidden content and the extension's own UI.
 */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.hasAttribute(UI_ATTRIBUTE)) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

function isSkipped(element: Element, options: ExtractOptions): boolean {
  return isSkippedElement(element) || options.skip?.(element) === true;
}

export class TextMap {
  private readonly starts: Int32Array;

  constructor(
    readonly segments: readonly TextSegment[],
    readonly length: number,
  ) {
    this.starts = Int32Array.from(segments, (s) => s.start);
  }

  /** Index of the last segment starting at or before `offset`, or -1. */
  private segmentBefore(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }

  /**
   * The Text node and offset for a text offset. Offsets on a separator between blocks snap to
   * the nearest real text: forward for the start of a range, backward for its end.
   */
  locate(offset: number, bias: 'forward' | 'backward' = 'forward'): TextPosition | null {
    if (this.segments.length === 0 || offset < 0 || offset > this.length) return null;
    const i = this.segmentBefore(offset);
    const here = i >= 0 ? this.segments[i] : undefined;
    const next = this.segments[i + 1];
    if (bias === 'backward') {
      if (here && offset === here.start && i > 0) {
        const previous = this.segments[i - 1] as TextSegment;
        return { node: previous.node, offset: previous.end - previous.start };
      }
      if (here && offset <= here.end) return { node: here.node, offset: offset - here.start };
      if (here) return { node: here.node, offset: here.end - here.start };
      return next ? { node: next.node, offset: 0 } : null;
    }
    if (here && offset < here.end) return { node: here.node, offset: offset - here.start };
    if (next) return { node: next.node, offset: 0 };
    return here ? { node: here.node, offset: here.end - here.start } : null;
  }

  /** A DOM Range over the text between two offsets, or null when it would be empty. */
  toRange(start: number, end: number, doc?: Document): Range | null {
    const from = this.locate(start, 'forward');
    const to = this.locate(end, 'backward');
    if (!from || !to) return null;
    const owner = doc ?? from.node.ownerDocument;
    if (!owner) return null;
    const range = owner.createRange();
    try {
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
    } catch {
      return null;
    }
    return range.collapsed ? null : range;
  }

  /** Segments overlapping [start, end): to check that a match's nodes are still in the page. */
  segmentsBetween(start: number, end: number): TextSegment[] {
    const found: TextSegment[] = [];
    for (let i = Math.max(0, this.segmentBefore(start)); i < this.segments.length; i++) {
      const segment = this.segments[i] as TextSegment;
      if (segment.start >= end) break;
      if (segment.end > start) found.push(segment);
    }
    return found;
  }
}

export interface ExtractedText {
  text: string;
  map: TextMap;
}

/** Walk marker: emit the element's trailing break once its subtree is done. */
interface LeaveBlock {
  leave: number;
}

/**
 * Extracts the readable text under `root`. Block elements and open shadow roots become line or
 * paragraph breaks; inline elements join with nothing so that `<em>Project</em> Texas` and
 * `Buzz<span>Feed</span>` read as written.
 */
export function extractText(root: Node, options: ExtractOptions = {}): ExtractedText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let pendingBreak = NONE;

  const requestBreak = (kind: number) => {
    if (kind > pendingBreak) pendingBreak = kind;
  };

  const stack: (Node | LeaveBlock)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop() as Node | LeaveBlock;
    if ('leave' in item) {
      requestBreak(item.leave);
      continue;
    }
    const node = item;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length === 0) continue;
      if (pendingBreak !== NONE && length > 0) {
        const separator = pendingBreak === PARAGRAPH ? '\n\n' : '\n';
        parts.push(separator);
        length += separator.length;
      }
      pendingBreak = NONE;
      parts.push(data);
      segments.push({ node: node as Text, start: length, end: length + data.length });
      length += data.length;
      continue;
    }
    let breakKind = NONE;
    if (node.nodeType === 1) {
      const element = node as Element;
      if (node !== root && isSkipped(element, options)) continue;
      breakKind = breakAfter(element);
      if (element.tagName.toUpperCase() === 'BR') {
        requestBreak(LINE);
        continue;
      }
    } else if (node.nodeType !== 9 && node.nodeType !== 11) continue;

    requestBreak(breakKind);
    if (breakKind !== NONE) stack.push({ leave: breakKind });
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
    if (shadow) {
      // Pushed last, walked first: the shadow tree is what renders, as its own block.
      stack.push({ leave: PARAGRAPH }, shadow);
      requestBreak(PARAGRAPH);
    }
  }
  return { text: parts.join(''), map: new TextMap(segments, length) };
}
