/**
 * Pointer hit-testing against mention ranges. Highlights receive no events, so the pointer's
 * position is turned into a caret (the text position under it) and the mentions near that caret
 * are checked against their line boxes: a caret snaps to the nearest character even when the
 * pointer is in a margin, so the rectangles decide.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Caret {
  node: Node;
  offset: number;
}

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface HitTestDeps<T> {
  caretAt(point: Point): Caret | null;
  /** Mentions that could contain the caret (those of the text block it is in). */
  candidatesNear(caret: Caret): readonly T[];
  rectsOf(candidate: T): ArrayLike<RectLike>;
  /** Higher wins when mentions overlap (a name inside a claim sentence). */
  priorityOf(candidate: T): number;
  /** Slack around a candidate's boxes, when it needs more than the default. */
  slopOf?(candidate: T): number | undefined;
}

/** Slack around line boxes, so the pointer on the underline itself still counts. */
const SLOP = 2;
/** A claim's marker is one character: a click a few pixels beside it still hits it. */
export const MARKER_SLOP = 10;

export function rectContains(rect: RectLike, { x, y }: Point, slop = SLOP): boolean {
  return (
    x >= rect.left - slop / 2 &&
    x <= rect.right + slop / 2 &&
    y >= rect.top - slop &&
    y <= rect.bottom + slop
  );
}

export function hitTest<T>(point: Point, deps: HitTestDeps<T>): T | null {
  const caret = deps.caretAt(point);
  if (!caret) return null;
  let best: T | null = null;
  let bestPriority = Number.NEGATIVE_INFINITY;
  for (const candidate of deps.candidatesNear(caret)) {
    const priority = deps.priorityOf(candidate);
    if (priority <= bestPriority) continue;
    const rects = deps.rectsOf(candidate);
    const slop = deps.slopOf?.(candidate) ?? SLOP;
    for (let i = 0; i < rects.length; i++) {
      const rect = rects[i];
      if (rect && rect.right > rect.left && rectContains(rect, point, slop)) {
        best = candidate;
        bestPriority = priority;
        break;
      }
    }
  }
  return best;
}

interface CaretDocument {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/**
 * The caret under a viewport point: the standard caretPositionFromPoint (which can enter the open
 * shadow roots it is given), else WebKit's caretRangeFromPoint, else nothing.
 */
export function caretFromPoint(
  doc: Document,
  point: Point,
  shadowRoots: ShadowRoot[] = [],
): Caret | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint.call(
      doc,
      point.x,
      point.y,
      shadowRoots.length ? { shadowRoots } : undefined,
    );
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint.call(doc, point.x, point.y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}
