import type { MentionDraft } from '../rules';

/**
 * Per entity, its latest mention before a point that only moves forward through a scan: so that
 * "the company" finds the company named anywhere before it without walking back over the page.
 */
export class MentionHistory {
  private readonly last: Int32Array;
  private mentions: readonly MentionDraft[] = [];
  private next = 0;

  constructor(entities: number) {
    this.last = new Int32Array(entities).fill(-1);
  }

  /** Starts a scan of `mentions` (in page order). */
  reset(mentions: readonly MentionDraft[]): void {
    this.last.fill(-1);
    this.mentions = mentions;
    this.next = 0;
  }

  /** Takes in the mentions before mention `k`. */
  advance(k: number): void {
    for (; this.next < k; this.next++) {
      this.last[(this.mentions[this.next] as MentionDraft).entity] = this.next;
    }
  }

  /** The latest mention taken in of any of `entities`, or -1. */
  latest(entities: ReadonlySet<number>): number {
    let best = -1;
    for (const e of entities) best = Math.max(best, this.last[e] ?? -1);
    return best;
  }
}
