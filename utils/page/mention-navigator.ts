/**
 * Moving from mention to mention (the next/previous keys and commands) and jumping to one the
 * popup names: scrolls it into the upper part of the viewport and opens its card.
 */
import type { JumpTarget } from '../messaging';
import type { Annotation } from './annotations';
import type { OpenSource } from './card-controller';
import { lowerBound, stepIndex } from './navigation';
import type { Direction } from './page-input';
import { scrollMentionIntoView } from './scroll-into-view';

/** A command and the in-page key can both fire for one press; keep one. */
const NAVIGATION_DEDUPE_MS = 80;

export type NavigationSource = 'key' | 'command';

export interface MentionNavigatorDeps {
  win: Window;
  isActive: () => boolean;
  /** The shown annotations in document order. */
  shown: () => Annotation[];
  /**
   * Where the next/previous keys stop, in document order: the first mention of each name and
   * claim when only those are marked, every shown one otherwise (the default).
   */
  stops?: () => Annotation[];
  card: {
    readonly annotation: Annotation | null;
    open(annotation: Annotation, source: OpenSource): void;
    announce(text: string): void;
  };
  now?: () => number;
}

export type MentionNavigator = ReturnType<typeof createMentionNavigator>;

export function createMentionNavigator({
  win,
  isActive,
  shown,
  stops = shown,
  card,
  now = () => performance.now(),
}: MentionNavigatorDeps) {
  /**
   * The stop to step from: the current one, or for a mention between stops (opened from
   * "n more on this page" or the popup) the stop just before it, so "next" goes on past it.
   */
  function currentStop(list: Annotation[], currentId: number | null, direction: Direction) {
    if (currentId === null) return null;
    const at = list.findIndex((a) => a.id === currentId);
    if (at !== -1) return at;
    const all = shown();
    const position = all.findIndex((a) => a.id === currentId);
    if (position === -1) return null;
    const order = new Map(all.map((a, i) => [a.id, i]));
    const after = lowerBound(
      list.length,
      (i) => (order.get((list[i] as Annotation).id) ?? 0) > position,
    );
    // Stepping "next" from after - 1 lands on `after`; "previous" from `after` lands before it.
    return direction === 'next' ? after - 1 : after % Math.max(1, list.length);
  }

  let lastNavigated: number | null = null;
  let lastNavigation: { at: number; source: NavigationSource | ''; direction: Direction | '' } = {
    at: 0,
    source: '',
    direction: '',
  };

  function show(target: Annotation, source: OpenSource): void {
    lastNavigated = target.id;
    scrollMentionIntoView(target.range, win);
    card.open(target, source);
  }

  return {
    navigate(direction: Direction, source: NavigationSource): void {
      if (!isActive()) return;
      const at = now();
      const last = lastNavigation;
      // One key press seen twice (the in-page key and the command it is also bound to).
      const twice = last.source !== source && last.direction === direction;
      if (twice && at - last.at < NAVIGATION_DEDUPE_MS) return;
      lastNavigation = { at, source, direction };
      const list = stops();
      const currentId = card.annotation?.id ?? lastNavigated;
      const current = currentStop(list, currentId, direction);
      const index = stepIndex(
        list.length,
        current === -1 ? list.length - 1 : current,
        direction,
        () =>
          lowerBound(
            list.length,
            (i) => (list[i] as Annotation).range.getBoundingClientRect().bottom >= 0,
          ),
      );
      if (index === null) {
        card.announce('No marked mentions on this page.');
        return;
      }
      show(list[index] as Annotation, 'keyboard');
    },
    /** Opens the first shown mention of an entity or claim; false if there is none. */
    jumpTo({ kind, id }: JumpTarget): boolean {
      if (!isActive()) return false;
      const target = shown().find((a) => a.kind === kind && a.targetId === id);
      if (!target) return false;
      show(target, 'jump');
      return true;
    },
  };
}
