/**
 * Which annotations are marked on the page (issue 15: a page must not be marked on every line).
 * Names: with "first mention" only the first of each name per section is underlined, with
 * "every mention" all of them. Claims never cover their sentence: a small marker sits on the
 * sentence's last character, once per claim per section (or on every sentence with "every").
 * The annotations that are not marked stay reachable from the keyboard, the popup and the card.
 */
import type { MarkMode } from '../settings/types';
import type { Annotation } from './annotations';
import type { PaintName } from './kinds';

export interface MarkPlan {
  /** The ranges to paint, each under its highlight. */
  paint: Map<Range, PaintName>;
  /** The marked annotations: the ones the pointer can open. */
  marked: Set<Annotation>;
}

export interface MarkPlanOptions {
  mode: MarkMode;
  isShown: (annotation: Annotation) => boolean;
  /** The section a unit belongs to (the part of the page under one heading). */
  sectionOf: (unit: Element) => number;
  /** The claim's marker range, or null when its sentence has no text end to put it on. */
  markerOf: (annotation: Annotation) => Range | null;
}

/** `annotations` in document order. */
export function planMarks(
  annotations: readonly Annotation[],
  { mode, isShown, sectionOf, markerOf }: MarkPlanOptions,
): MarkPlan {
  const paint = new Map<Range, PaintName>();
  const marked = new Set<Annotation>();
  const seen = new Set<string>();
  let unit: Element | null = null;
  let section = 0;
  for (const annotation of annotations) {
    if (!isShown(annotation)) continue;
    if (annotation.unit !== unit) {
      unit = annotation.unit;
      section = sectionOf(unit);
    }
    if (mode === 'first') {
      const key = `${section}\u0001${annotation.kind}\u0001${annotation.targetId}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    if (annotation.kind === 'claim') {
      const marker = markerOf(annotation);
      if (!marker) continue;
      paint.set(marker, 'claim');
    } else {
      paint.set(annotation.range, annotation.highlight);
    }
    marked.add(annotation);
  }
  return { paint, marked };
}

// The page's title (h1) heads the whole page; the headings under it start its sections.
const HEADINGS = 'h2, h3, h4, h5, h6';

/**
 * Numbers the page's sections by its headings: a unit belongs to the section of the last heading
 * at or before it. Units must be asked about in document order (each call moves forward).
 */
export function createSectionIndex(doc: Document): (unit: Element) => number {
  const headings = [...doc.querySelectorAll(HEADINGS)];
  let next = 0;
  return (unit) => {
    while (next < headings.length) {
      const heading = headings[next] as Element;
      const position = heading.compareDocumentPosition(unit);
      const atOrBefore =
        heading === unit ||
        (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 ||
        (position & Node.DOCUMENT_POSITION_CONTAINED_BY) !== 0;
      if (!atOrBefore) break;
      next++;
    }
    return next;
  };
}

/**
 * The marker of a claim sentence: its last visible character (usually the full stop or the
 * closing quote), which covers no word of the prose. Null when the range does not end in text.
 */
export function claimMarkerRange(range: Range, doc: Document): Range | null {
  const node = range.endContainer;
  if (node.nodeType !== Node.TEXT_NODE) return null;
  const text = (node as Text).data;
  let end = Math.min(range.endOffset, text.length);
  const floor = node === range.startContainer ? range.startOffset : 0;
  while (end > floor && /\s/.test(text.charAt(end - 1))) end--;
  if (end <= floor) return null;
  const marker = doc.createRange();
  marker.setStart(node, end - 1);
  marker.setEnd(node, end);
  return marker;
}
