/** The page's answers to the popup and the background, and the badge count it reports. */
import { describe, expect, test, vi } from 'vitest';
import type { onMessage } from '../../../utils/messaging';
import type { Annotation } from '../../../utils/page/annotations';
import {
  createMentionCountReporter,
  describePage,
  listenForPageMessages,
} from '../../../utils/page/page-messages';

const annotation = (kind: Annotation['kind'], targetId: string) =>
  ({ kind, targetId, highlight: kind === 'claim' ? 'claim' : 'organization' }) as Annotation;

/** A store of annotations, counted the way AnnotationStore counts them. */
function fakeStore(list: Annotation[]) {
  return {
    counts(visible: (a: Annotation) => boolean) {
      const entities = new Map<string, number>();
      const claims = new Map<string, number>();
      for (const a of list.filter(visible)) {
        const map = a.kind === 'entity' ? entities : claims;
        map.set(a.targetId, (map.get(a.targetId) ?? 0) + 1);
      }
      return { entities, claims };
    },
  };
}

/** Records the handlers registered, as @webext-core/messaging's onMessage would. */
function fakeListen() {
  const handlers = new Map<string, (message: { data: unknown }) => unknown>();
  const removed: string[] = [];
  const listen = ((type: string, handler: (message: { data: unknown }) => unknown) => {
    handlers.set(type, handler);
    return () => removed.push(type);
  }) as unknown as typeof onMessage;
  const send = (type: string, data?: unknown) => handlers.get(type)?.({ data });
  return { listen, send, removed };
}

describe('describePage', () => {
  test('lists what is shown, with where the page is and whether it is annotated', () => {
    document.title = 'A news story';
    const store = fakeStore([
      annotation('entity', 'tiktok'),
      annotation('entity', 'bytedance'),
      annotation('entity', 'tiktok'),
      annotation('claim', 'leaked-audio'),
    ]);
    const state = describePage({
      win: window,
      status: 'on',
      store,
      isShown: (a) => a.targetId !== 'bytedance',
    });
    expect(state).toEqual({
      hostname: window.location.hostname,
      url: window.location.href,
      title: 'A news story',
      status: 'on',
      entities: [{ entityId: 'tiktok', count: 2 }],
      claims: [{ claimId: 'leaked-audio', count: 1 }],
    });
  });
});

describe('listenForPageMessages', () => {
  test('routes each message to its handler and answers with its result', () => {
    const { listen, send, removed } = fakeListen();
    const jumpTo = vi.fn(() => true);
    const navigateMention = vi.fn();
    const state = describePage({
      win: window,
      status: 'site-off',
      store: fakeStore([]),
      isShown: () => true,
    });
    const showEverything = vi.fn(async () => state);
    const stop = listenForPageMessages(
      { getPageState: () => state, jumpTo, showEverything, navigateMention },
      listen,
    );
    expect(send('getPageState')).toBe(state);
    expect(send('jumpTo', { kind: 'claim', id: 'denial' })).toBe(true);
    expect(jumpTo).toHaveBeenCalledWith({ kind: 'claim', id: 'denial' });
    expect(send('navigateMention', 'previous')).toBeUndefined();
    expect(navigateMention).toHaveBeenCalledWith('previous');
    send('showEverything', true);
    expect(showEverything).toHaveBeenCalledWith(true);
    stop();
    expect(removed.sort()).toEqual(['getPageState', 'jumpTo', 'navigateMention', 'showEverything']);
  });
});

describe('createMentionCountReporter', () => {
  test('sends only changes, and survives an extension that is gone', () => {
    const sent: (number | null)[] = [];
    const report = createMentionCountReporter(async (count) => {
      sent.push(count);
    });
    report(3);
    report(3);
    report(5);
    report(null);
    report(null);
    expect(sent).toEqual([3, 5, null]);

    const rejecting = createMentionCountReporter(() => Promise.reject(new Error('no receiver')));
    expect(() => rejecting(1)).not.toThrow();
    const throwing = createMentionCountReporter(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => throwing(1)).not.toThrow();
  });
});
