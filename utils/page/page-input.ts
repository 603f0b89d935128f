/**
 * The reader's pointer and keys: hover intent fed once per frame, clicks and taps that open or
 * close the card, Escape, and the in-page keys for the next and previous mention. Every listener
 * belongs to a session's AbortSignal.
 */
import type { Settings } from '../settings/types';
import type { Annotation } from './annotations';
import type { OpenSource } from './card-controller';
import { guard } from './guard';
import { caretFromPoint, hitTest, MARKER_SLOP, type Point, type RectLike } from './hit-test';
import { isEditableTarget } from './trust';

export type Direction = 'next' | 'previous';

export interface AnnotationHitTestDeps {
  doc: Document;
  /** Open shadow roots the caret may have to enter. */
  shadowRoots: () => ShadowRoot[];
  /** Annotations in the text block of a node (marked ones only). */
  candidatesNear: (node: Node) => Annotation[];
  /** A claim's marker: the pointer opens a claim there, never on its sentence's prose. */
  markerOf: (annotation: Annotation) => Range | null;
}

const NO_RECTS: RectLike[] = [];

/** The annotation under a viewport point: a name, or a claim's marker. */
export function createAnnotationHitTest({
  doc,
  shadowRoots,
  candidatesNear,
  markerOf,
}: AnnotationHitTestDeps): (point: Point) => Annotation | null {
  return (point) =>
    hitTest(point, {
      caretAt: (p) => caretFromPoint(doc, p, shadowRoots()),
      candidatesNear: (caret) => candidatesNear(caret.node),
      rectsOf: (a) =>
        a.kind === 'entity'
          ? a.range.getClientRects()
          : (markerOf(a)?.getClientRects() ?? NO_RECTS),
      priorityOf: (a) => (a.kind === 'entity' ? 1 : 0),
      slopOf: (a) => (a.kind === 'claim' ? MARKER_SLOP : undefined),
    });
}

export interface PageInputDeps {
  win: Window & typeof globalThis;
  settings: () => Settings;
  isActive: () => boolean;
  annotationAt: (point: Point) => Annotation | null;
  /** The card's host element in the page, if it exists. */
  uiHost: () => HTMLElement | null;
  card: {
    readonly annotation: Annotation | null;
    open(annotation: Annotation, source: OpenSource): void;
    close(restoreFocus: boolean): void;
  };
  hover: { update(target: Annotation | null, inCard: boolean, at?: Point): void };
  navigate: (direction: Direction) => void;
  /** The system colour scheme changed (the card's theme may follow it). */
  onColorSchemeChange: () => void;
}

export type PageInput = ReturnType<typeof createPageInput>;

export function createPageInput({
  win,
  settings,
  isActive,
  annotationAt,
  uiHost,
  card,
  hover,
  navigate,
  onColorSchemeChange,
}: PageInputDeps) {
  let pointer: Point | null = null;
  let pointerInCard = false;
  let frame = 0;

  const inOwnUi = (event: Event) => {
    const host = uiHost();
    return host ? event.composedPath().includes(host) : false;
  };

  // Events a page script made up (`isTrusted` false) never open, move or close a card: otherwise a
  // page could press the card's buttons and switch Fact Cards off for its whole site.
  function onPointerMove(event: PointerEvent): void {
    if (!event.isTrusted || event.pointerType === 'touch') return;
    pointer = { x: event.clientX, y: event.clientY };
    pointerInCard = inOwnUi(event);
    if (frame) return;
    // One hit test per frame, however fast the pointer moves.
    frame = win.requestAnimationFrame(
      guard(() => {
        frame = 0;
        if (!pointer || !isActive()) return;
        const hit = pointerInCard ? null : annotationAt(pointer);
        // Claims open on a click or the keyboard only: hovering a claim's marker opens nothing.
        const target = hit?.kind === 'entity' ? hit : null;
        if (settings().activation === 'hover') hover.update(target, pointerInCard, pointer);
      }),
    );
  }

  function onPointerDown(event: PointerEvent): void {
    const open = card.annotation;
    if (!event.isTrusted || !open || inOwnUi(event)) return;
    const target = annotationAt({ x: event.clientX, y: event.clientY });
    if (target?.id !== open.id) card.close(false);
  }

  function onClick(event: MouseEvent): void {
    if (!event.isTrusted || inOwnUi(event)) return;
    const target = annotationAt({ x: event.clientX, y: event.clientY });
    // A tap, or a click in click mode (or an impatient click in hover mode), opens at once.
    if (target && target.id !== card.annotation?.id) card.open(target, 'click');
  }

  function onKeyDown(event: KeyboardEvent): void {
    // Closing is safe whoever asks; opening is the reader's alone.
    if (event.key === 'Escape' && card.annotation) {
      card.close(true);
      return;
    }
    if (!event.isTrusted) return;
    // The manifest commands may be unassigned; the same keys work in the page as a fallback.
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey) {
      const direction = event.code === 'KeyJ' ? 'next' : event.code === 'KeyK' ? 'previous' : null;
      // Typing in a field keeps its keys: Option+Shift+J is a letter on macOS, and taking focus
      // away would send the next typed words nowhere.
      if (!direction || isEditableTarget(event)) return;
      event.preventDefault();
      navigate(direction);
    }
  }

  return {
    /** Where the pointer last was (outside touch). */
    get pointer(): Point | null {
      return pointer;
    },
    /** Listens until `signal` aborts; a hit test still waiting for its frame is cancelled. */
    listen(signal: AbortSignal): void {
      const options = { capture: true, passive: true, signal };
      win.addEventListener('pointermove', guard(onPointerMove), options);
      win.addEventListener('pointerdown', guard(onPointerDown), options);
      win.addEventListener('click', guard(onClick), options);
      win.addEventListener('keydown', guard(onKeyDown), { capture: true, signal });
      const media = win.matchMedia?.('(prefers-color-scheme: dark)');
      media?.addEventListener('change', guard(onColorSchemeChange), { signal });
      signal.addEventListener('abort', () => {
        if (frame) win.cancelAnimationFrame(frame);
        frame = 0;
      });
    },
  };
}
