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
  card,
  now = () => performance.now(),
}: MentionNavigatorDeps) {
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
      const list = shown();
      const currentId = card.annotation?.id ?? lastNavigated;
      const current = currentId === null ? null : list.findIndex((a) => a.id === currentId);
      const index = stepIndex(list.length, current === -1 ? null : current, direction, () =>
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
