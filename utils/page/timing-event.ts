/**
 * The timing event: how long the content script took on a page, for the benchmark and the tests.
 * Only pages that ask for it (the opt-in attribute on the root element) get it, so other pages
 * learn nothing of the extension from it.
 */

export const TIMING_EVENT = 'fact-cards:timing';
export const TIMING_OPT_IN = 'data-fact-cards-timing';

export interface PageTimings {
  start: number;
  visibleDone: number;
  allDone: number;
  /** Set when the page held no word the index could match on, so no pass ran at all. */
  gated?: true;
  matcherBuildMs?: number;
  pageChromeMs?: number;
  annotations: number;
  highlighted: number;
}

export function publishTimingEvent(doc: Document, timings: PageTimings): void {
  if (!doc.documentElement?.hasAttribute(TIMING_OPT_IN)) return;
  doc.dispatchEvent(new CustomEvent(TIMING_EVENT, { detail: JSON.stringify(timings) }));
}
