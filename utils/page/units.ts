/**
 * Text units: the blocks a page's text is scanned in. A unit is the nearest block-level ancestor
 * of some text; units never nest, so each piece of text belongs to exactly one of them. Work is
 * done per unit: visible units first, and a mutation only re-scans the units it touched.
 */
import { BLOCK_TAGS, isSkippedElement } from '../text/extract';

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

/** Whether `node` lies inside a skipped element, looking no further up than `stop`. */
export function isInSkippedRegion(node: Node, stop: Node | null = null): boolean {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current && current !== stop) {
    if (current.nodeType === 1 && isSkippedElement(current as Element)) return true;
    current = current.parentNode;
  }
  return stop !== null && stop.nodeType === 1 && isSkippedElement(stop as Element);
}

/** The nearest block-level ancestor-or-self of `element`, not above `root`. */
export function blockOf(element: Element, root: Node): Element {
  let current: Element = element;
  while (!isBlockElement(current)) {
    const parent = current.parentElement;
    if (!parent || current === root) return current;
    current = parent;
  }
  return current;
}

const NON_SPACE = /\S/;

export interface Discovery {
  /** Disjoint units in document order. */
  units: Element[];
  /** Open shadow roots found (their own units are included in `units`). */
  shadowRoots: ShadowRoot[];
}

/** Nodes walked between two looks at the clock. */
const NODES_PER_CHECK = 1024;

/**
 * The walk behind `discoverUnits`: yields after every NODES_PER_CHECK nodes so that a caller can
 * give the main thread back, and returns the units once done.
 */
function* discoverSteps(
  root: Node,
  isOwnUi: (element: Element) => boolean,
): Generator<void, Discovery, void> {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const shadowRoots: ShadowRoot[] = [];
  const candidates: Element[] = [];
  const seen = new Set<Element>();
  const blockCache = new Map<Element, Element>();
  const NodeFilterConst = doc.defaultView?.NodeFilter ?? NodeFilter;
  let walked = 0;

  const scopes: Node[] = [root];
  for (let s = 0; s < scopes.length; s++) {
    const scope = scopes[s] as Node;
    const walker = doc.createTreeWalker(
      scope,
      NodeFilterConst.SHOW_ELEMENT | NodeFilterConst.SHOW_TEXT,
      {
        acceptNode(node) {
          if (node.nodeType !== 1) return NodeFilterConst.FILTER_ACCEPT;
          const element = node as Element;
          return isSkippedElement(element) || isOwnUi(element)
            ? NodeFilterConst.FILTER_REJECT
            : NodeFilterConst.FILTER_ACCEPT;
        },
      },
    );
    const scopeElement = scope.nodeType === 1 ? (scope as Element) : null;
    if (s === 0 && scopeElement?.shadowRoot && !isOwnUi(scopeElement))
      shadowRoots.push(scopeElement.shadowRoot);
    const nested: ShadowRoot[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (++walked % NODES_PER_CHECK === 0) yield;
      if (node.nodeType === 1) {
        const shadow = (node as Element).shadowRoot;
        if (shadow) nested.push(shadow);
        continue;
      }
      const parent = node.parentElement;
      if (!parent || !NON_SPACE.test((node as Text).data)) continue;
      let block = blockCache.get(parent);
      if (!block) {
        block = blockOf(parent, scope);
        blockCache.set(parent, block);
      }
      if (!seen.has(block)) {
        seen.add(block);
        candidates.push(block);
      }
    }
    // Shadow trees are walked after their host's tree, depth first as before.
    scopes.splice(s + 1, 0, ...nested);
    shadowRoots.push(...nested);
  }

  // Units never nest: a block with text of its own swallows the blocks inside it.
  const units: Element[] = [];
  for (const unit of candidates) {
    if (++walked % NODES_PER_CHECK === 0) yield;
    let nestedIn = false;
    for (let up = unit.parentElement; up; up = up.parentElement) {
      if (seen.has(up)) {
        nestedIn = true;
        break;
      }
    }
    if (!nestedIn) units.push(unit);
  }
  return { units, shadowRoots };
}

/**
 * Finds the units under `root` (an element, a document or an open shadow root), descending into
 * open shadow roots. `isOwnUi` excludes the extension's own host even if its attribute was removed.
 */
export function discoverUnits(
  root: Node,
  isOwnUi: (element: Element) => boolean = () => false,
): Discovery {
  const steps = discoverSteps(root, isOwnUi);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * `discoverUnits` in slices: calls `pause` every NODES_PER_CHECK nodes (it yields to the page when
 * the slice is spent, and says false when the work is no longer wanted: then the result is null),
 * so a page of a million nodes is walked without a long task. What the page changes during a
 * pause reaches the annotator as mutations.
 */
export async function discoverUnitsSliced(
  root: Node,
  isOwnUi: (element: Element) => boolean,
  pause: () => Promise<boolean>,
): Promise<Discovery | null> {
  const steps = discoverSteps(root, isOwnUi);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (!(await pause())) return null;
  }
}
