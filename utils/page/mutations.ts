/**
 * One MutationObserver for the page and its open shadow roots. Records are batched per frame;
 * records about the extension's own host are dropped before they can cause work, and full
 * rescans are capped per second so a page that never stops re-rendering cannot start a loop
 * (growthbook/growthbook#6402).
 */
import { createFrameBatcher } from './scheduler';

export interface MutationWatcherOptions {
  onBatch: (records: MutationRecord[]) => void;
  /** Nodes of the extension's own UI. */
  isOwnUi: (node: Node) => boolean;
  MutationObserverClass?: typeof MutationObserver;
  batcher?: (run: () => void) => { schedule(): void; cancel(): void };
}

export const OBSERVE_OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
};

/** Whether a record is only about the extension's own UI (its host being added or removed). */
export function isOwnRecord(record: MutationRecord, isOwnUi: (node: Node) => boolean): boolean {
  if (isOwnUi(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnUi);
}

export function createMutationWatcher({
  onBatch,
  isOwnUi,
  MutationObserverClass = MutationObserver,
  batcher = (run) => createFrameBatcher(run),
}: MutationWatcherOptions) {
  let queue: MutationRecord[] = [];
  let observed = new WeakSet<Node>();
  let seen = 0;
  const flush = () => {
    const records = queue;
    queue = [];
    if (records.length) onBatch(records);
  };
  const batch = batcher(flush);
  const observer = new MutationObserverClass((records) => {
    for (const record of records) {
      if (isOwnRecord(record, isOwnUi)) continue;
      queue.push(record);
      seen++;
    }
    if (queue.length) batch.schedule();
  });
  return {
    /** How many records about the page it has received so far: it grows with every change. */
    seen(): number {
      return seen;
    },
    observe(root: Node): void {
      if (observed.has(root)) return;
      observed.add(root);
      observer.observe(root, OBSERVE_OPTIONS);
    },
    /** Drops queued records (a full rescan is about to cover them). */
    discard(): void {
      observer.takeRecords();
      queue = [];
      batch.cancel();
    },
    disconnect(): void {
      observer.disconnect();
      observed = new WeakSet<Node>();
      queue = [];
      batch.cancel();
    },
  };
}
