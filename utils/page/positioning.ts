/**
 * Places the card next to its mention with Floating UI: a virtual reference built from the Range's
 * client rects (inline() picks the line the pointer is on), flipped and shifted to stay on screen,
 * its height capped to the space available (it scrolls inside). autoUpdate runs only while open.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';

const EDGE = 8;
/** The card's largest size, in em of its own text (card.css says the same). */
const MAX_HEIGHT_EM = 34;
const MAX_WIDTH_EM = 26;

export function rangeReference(range: Range): VirtualElement {
  const context = range.startContainer.parentElement ?? undefined;
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: context,
  };
}

/** Whether any part of the range is inside the viewport. */
export function isRangeInView(range: Range, win: Window): boolean {
  if (!range.startContainer.isConnected) return false;
  const rect = range.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  return (
    rect.bottom > 0 && rect.top < win.innerHeight && rect.right > 0 && rect.left < win.innerWidth
  );
}

export interface FollowOptions {
  /** The pointer, so inline() can pick the line it is on. */
  pointer?: { x: number; y: number } | null;
  /** Place the card beside the range's whole box, not one of its lines, so it covers none. */
  whole?: boolean;
  /** Called when the mention has scrolled out of view. */
  onOutOfView: () => void;
}

/** Positions `card` at `range` now and on every scroll or resize; returns the stop function. */
export function followRange(
  range: Range,
  card: HTMLElement,
  win: Window,
  { pointer, whole = false, onOutOfView }: FollowOptions,
): () => void {
  const reference = rangeReference(range);
  let stopped = false;
  const update = () => {
    if (stopped) return;
    if (!isRangeInView(range, win)) {
      onOutOfView();
      return;
    }
    computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        ...(whole ? [] : [inline(pointer ?? undefined)]),
        offset(6),
        // Only the main axis decides the flip; shift() handles the sides.
        flip({ padding: EDGE, crossAxis: false }),
        shift({ padding: EDGE }),
        size({
          padding: EDGE,
          apply({ availableHeight, availableWidth, elements }) {
            const em = Number.parseFloat(win.getComputedStyle(elements.floating).fontSize) || 15;
            const height = Math.min(MAX_HEIGHT_EM * em, availableHeight);
            const width = Math.min(MAX_WIDTH_EM * em, availableWidth);
            elements.floating.style.maxHeight = `${Math.max(140, height)}px`;
            elements.floating.style.maxWidth = `${Math.max(220, width)}px`;
          },
        }),
      ],
    })
      .then(({ x, y }) => {
        if (stopped) return;
        card.style.left = `${Math.round(x)}px`;
        card.style.top = `${Math.round(y)}px`;
      })
      .catch(() => undefined);
  };
  const cleanup = autoUpdate(reference, card, update, { animationFrame: false });
  return () => {
    stopped = true;
    cleanup();
  };
}
