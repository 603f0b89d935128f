/**
 * The content script's side of the extension's messages: what the popup asks of the page
 * (its state, a jump to a mention), the next/previous commands from the background, and the
 * mention count it reports for the toolbar badge.
 */

import {
  type JumpTarget,
  onMessage,
  type PageRelevanceState,
  type PageState,
  sendMessage,
} from '../messaging';
import type { SiteStatus } from '../settings/sites';
import type { Annotation, AnnotationStore } from './annotations';
import type { Direction } from './page-input';

export interface PageMessageHandlers {
  getPageState(): PageState;
  jumpTo(target: JumpTarget): boolean;
  showEverything(on: boolean): Promise<PageState>;
  navigateMention(direction: Direction): void;
}

/** Answers the page's messages until the returned function is called. */
export function listenForPageMessages(
  handlers: PageMessageHandlers,
  listen: typeof onMessage = onMessage,
): () => void {
  const removers = [
    listen('getPageState', () => handlers.getPageState()),
    listen('jumpTo', ({ data }) => handlers.jumpTo(data)),
    listen('showEverything', ({ data }) => handlers.showEverything(data === true)),
    listen('navigateMention', ({ data }) => {
      handlers.navigateMention(data);
    }),
  ];
  return () => {
    for (const remove of removers) remove();
  };
}

export interface PageDescription {
  win: Window;
  status: SiteStatus;
  store: Pick<AnnotationStore, 'counts'>;
  isShown: (annotation: Annotation) => boolean;
  relevance?: PageRelevanceState;
}

/** The page as the popup lists it: where it is, whether it is annotated, what is shown on it. */
export function describePage({
  win,
  status,
  store,
  isShown,
  relevance,
}: PageDescription): PageState {
  const { entities, claims } = store.counts(isShown);
  return {
    ...(relevance ? { relevance } : {}),
    hostname: win.location.hostname,
    url: win.location.href,
    title: win.document.title,
    status,
    entities: [...entities].map(([entityId, count]) => ({ entityId, count })),
    claims: [...claims].map(([claimId, count]) => ({ claimId, count })),
  };
}

/** Reports the mention count for the badge, only when it changed (null: not annotating). */
export function createMentionCountReporter(
  send: (count: number | null) => Promise<unknown> = (count) =>
    sendMessage('reportMentionCount', count),
): (count: number | null) => void {
  let reported: number | null | undefined;
  return (count) => {
    if (count === reported) return;
    reported = count;
    try {
      send(count).catch(() => undefined);
    } catch {
      // The extension was reloaded: nobody to tell.
    }
  };
}
