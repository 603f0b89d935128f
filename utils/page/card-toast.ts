/**
 * The short confirmation after "Not this", with its Undo: shown for a few seconds, replaced by
 * the next one, gone when the card's UI leaves the page.
 */
import type { ToastView } from '../../components/types';
import { guard } from './guard';

/** How long the confirmation and its Undo stay. */
const TOAST_MS = 8000;

export type Toast = ToastView & { undo: () => void };

export function createCardToast(win: Window, render: () => void) {
  let current: Toast | null = null;
  let timer: number | null = null;

  function set(next: Toast | null, redraw = true): void {
    if (timer !== null) win.clearTimeout(timer);
    timer = null;
    current = next;
    if (next)
      timer = win.setTimeout(
        guard(() => set(null)),
        TOAST_MS,
      );
    if (redraw) render();
  }

  return {
    get current(): Toast | null {
      return current;
    },
    show: (toast: Toast) => set(toast),
    hide: () => set(null),
    /** Forgets it without drawing (the UI is leaving the page). */
    clear: () => set(null, false),
  };
}
