/**
 * Hover intent: a card opens only after the pointer rests on a mention for a moment, stays open
 * while the pointer travels into it, and closes a little after the pointer leaves both
 * (Wikipedia Page Previews: ~500 ms to show, ~300 ms to hide; here the show delay is a setting).
 * Resting means staying put: a pointer that keeps travelling across a name (a reader following
 * the line) restarts the wait, so passing over text opens nothing.
 */

export interface IntentPoint {
  x: number;
  y: number;
}

/** How far the pointer may drift while it rests, in CSS pixels. */
export const REST_RADIUS_PX = 6;

export interface HoverIntentOptions<T> {
  openDelayMs: () => number;
  closeDelayMs?: number;
  onOpen(target: T): void;
  onClose(): void;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

function movedAway(from: IntentPoint | null, to: IntentPoint | undefined): boolean {
  if (!from || !to) return false;
  return Math.hypot(to.x - from.x, to.y - from.y) > REST_RADIUS_PX;
}

export function createHoverIntent<T>({
  openDelayMs,
  closeDelayMs = 300,
  onOpen,
  onClose,
  setTimer = (cb, ms) => setTimeout(cb, ms),
  clearTimer = (id) => clearTimeout(id as number),
}: HoverIntentOptions<T>) {
  let open: T | null = null;
  let pending: T | null = null;
  /** Where the pointer was when the wait for `pending` began. */
  let restingAt: IntentPoint | null = null;
  let openTimer: unknown = null;
  let closeTimer: unknown = null;

  const cancelOpen = () => {
    if (openTimer !== null) clearTimer(openTimer);
    openTimer = null;
    pending = null;
    restingAt = null;
  };
  const cancelClose = () => {
    if (closeTimer !== null) clearTimer(closeTimer);
    closeTimer = null;
  };

  return {
    /** Where the pointer is now: over a mention (or null) and whether it is inside the card. */
    update(target: T | null, inCard: boolean, at?: IntentPoint): void {
      if (inCard || (target !== null && target === open)) {
        cancelClose();
        if (target === open || inCard) cancelOpen();
        return;
      }
      if (target !== null) {
        cancelClose();
        if (pending === target && !movedAway(restingAt, at)) return;
        cancelOpen();
        pending = target;
        restingAt = at ?? null;
        openTimer = setTimer(() => {
          openTimer = null;
          const next = pending;
          pending = null;
          if (next === null) return;
          open = next;
          onOpen(next);
        }, openDelayMs());
        return;
      }
      cancelOpen();
      if (open !== null && closeTimer === null) {
        closeTimer = setTimer(() => {
          closeTimer = null;
          open = null;
          onClose();
        }, closeDelayMs);
      }
    },
    /** The card was opened or closed another way (keyboard, click, Escape): forget it. */
    reset(): void {
      cancelOpen();
      cancelClose();
      open = null;
    },
    /** A card opened by hover that should now be treated as hovered (touch, click). */
    adopt(target: T): void {
      cancelOpen();
      cancelClose();
      open = target;
    },
    get openTarget(): T | null {
      return open;
    },
  };
}
