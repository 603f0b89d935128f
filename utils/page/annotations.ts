/**
 * Range bookkeeping: every highlighted mention or claim sentence, grouped by the unit it was found
 * in, so a changed unit swaps its own annotations and nothing else.
 */
import type { ClaimMatch, Mention } from '../match/types';
import type { HighlightKind } from '../settings/types';

export interface Annotation {
  id: number;
  kind: 'entity' | 'claim';
  /** The entity id or the claim id. */
  targetId: string;
  highlight: HighlightKind;
  range: Range;
  /** The range's text when it was made: a live Range whose text changed is stale. */
  text: string;
  unit: Element;
  /** Offset in the unit's extracted text (orders annotations inside a unit). */
  start: number;
  mention?: Mention;
  claim?: ClaimMatch;
}

export interface UnitState {
  unit: Element;
  /** The unit's extracted text when it was last scanned. */
  text: string;
  annotations: Annotation[];
}

/** Document order across shadow boundaries: nodes in shadow trees sort at their host's place. */
export function compareComposed(a: Node, b: Node): number {
  const outermost = (node: Node): Node => {
    let current = node;
    for (;;) {
      const root = current.getRootNode();
      const host = (root as ShadowRoot).host;
      if (!host) return current;
      current = host;
    }
  };
  let left = a;
  let right = b;
  if (left.getRootNode() !== right.getRootNode()) {
    const outerLeft = outermost(left);
    const outerRight = outermost(right);
    if (outerLeft !== outerRight) {
      left = outerLeft;
      right = outerRight;
    }
  }
  if (left === right) return 0;
  const position = left.compareDocumentPosition(right);
  if (position & 4) return -1; // right follows left
  if (position & 2) return 1;
  return 0;
}

/** Whether a live range still covers the text it was made for. */
export function isStale(annotation: Annotation): boolean {
  const { range } = annotation;
  if (!range.startContainer.isConnected || !range.endContainer.isConnected) return true;
  return range.collapsed || range.toString() !== annotation.text;
}

export class AnnotationStore {
  private readonly units = new Map<Element, UnitState>();
  private ordered: Annotation[] | null = null;
  private nextId = 1;
  /** The units of the last full pass in document order, and each one's place in it. */
  private documentOrder: readonly Element[] = [];
  private readonly place = new Map<Element, number>();

  /**
   * Remembers the document order a full pass found its units in, so ordering the annotations
   * needs no DOM comparison for them: on a page of 25,000 units, sorting by
   * `compareDocumentPosition` alone was a 2 s task.
   */
  setDocumentOrder(units: readonly Element[]): void {
    this.documentOrder = units;
    this.place.clear();
    for (let i = 0; i < units.length; i++) this.place.set(units[i] as Element, i);
    this.ordered = null;
  }

  newId(): number {
    return this.nextId++;
  }

  get unitCount(): number {
    return this.units.size;
  }

  getUnit(unit: Element): UnitState | undefined {
    return this.units.get(unit);
  }

  /** Replaces what is known about `unit`; returns the annotations that were dropped. */
  setUnit(state: UnitState): Annotation[] {
    const previous = this.units.get(state.unit);
    this.units.set(state.unit, state);
    this.ordered = null;
    return previous?.annotations ?? [];
  }

  removeUnit(unit: Element): Annotation[] {
    const previous = this.units.get(unit);
    if (!previous) return [];
    this.units.delete(unit);
    this.ordered = null;
    return previous.annotations;
  }

  /** Units no longer in the page (or inside a removed shadow host). */
  disconnectedUnits(): Element[] {
    const gone: Element[] = [];
    for (const unit of this.units.keys()) if (!unit.isConnected) gone.push(unit);
    return gone;
  }

  unitList(): Element[] {
    return [...this.units.keys()];
  }

  clear(): Annotation[] {
    const all = this.all();
    this.units.clear();
    this.ordered = null;
    return all;
  }

  /** Every annotation in document order; within one place, claim sentences before their names. */
  all(): Annotation[] {
    if (!this.ordered) {
      const units = this.unitsInOrder();
      this.ordered = units.flatMap((state) =>
        [...state.annotations].sort(
          (a, b) => a.start - b.start || (a.kind === b.kind ? 0 : a.kind === 'claim' ? -1 : 1),
        ),
      );
    }
    return this.ordered;
  }

  /**
   * The units in document order: those of the last full pass by their place in it, and only
   * units added since (by mutations) compared in the DOM.
   */
  private unitsInOrder(): UnitState[] {
    const known: UnitState[] = [];
    for (const unit of this.documentOrder) {
      const state = this.units.get(unit);
      if (state) known.push(state);
    }
    if (known.length === this.units.size) return known;
    // Units added since go in where they belong, a binary search each; they are then known, so
    // a page that keeps growing pays for each new unit once.
    for (const state of this.units.values()) {
      if (this.place.has(state.unit)) continue;
      let low = 0;
      let high = known.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (compareComposed((known[middle] as UnitState).unit, state.unit) < 0) low = middle + 1;
        else high = middle;
      }
      known.splice(low, 0, state);
    }
    this.setDocumentOrder(known.map((state) => state.unit));
    return known;
  }

  /** How many annotations satisfy `test`, in no particular order (cheaper than `all()`). */
  countWhere(test: (annotation: Annotation) => boolean): number {
    let count = 0;
    for (const state of this.units.values()) {
      for (const annotation of state.annotations) if (test(annotation)) count++;
    }
    return count;
  }

  /** Annotations of the unit that contains `node` (walking up from it), for hit-testing. */
  nearNode(node: Node): Annotation[] {
    for (let current: Node | null = node; current; current = current.parentNode) {
      if (current.nodeType === 1) {
        const state = this.units.get(current as Element);
        if (state) return state.annotations;
      }
    }
    return [];
  }

  /** Occurrence counts per entity and per claim, for the popup and the badge. */
  counts(visible: (annotation: Annotation) => boolean = () => true) {
    const entities = new Map<string, number>();
    const claims = new Map<string, number>();
    for (const annotation of this.all()) {
      if (!visible(annotation)) continue;
      const map = annotation.kind === 'entity' ? entities : claims;
      map.set(annotation.targetId, (map.get(annotation.targetId) ?? 0) + 1);
    }
    return { entities, claims };
  }
}
