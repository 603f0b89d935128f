/**
 * What one page load costs the page's renderer, read from Chromium's own counters (CDP
 * `Performance.getMetrics`): script time, main-thread task time and JS heap after a garbage
 * collection, plus the long tasks (> 50 ms) seen and the long animation frames in which an
 * extension script ran (the Long Animation Frames API names each script's source).
 */
import type { BrowserContext } from 'playwright-core';

export const COST_INIT = `
  window.__cost = { longTasks: [], extensionFrames: [], timings: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__cost.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const own = (e.scripts || []).filter((s) => String(s.sourceURL || s.invoker || '').includes('-extension://'));
        if (own.length && e.duration > 50) {
          window.__cost.extensionFrames.push({
            duration: e.duration,
            script: own.reduce((n, s) => n + s.duration, 0),
            forced: own.reduce((n, s) => n + (s.forcedStyleAndLayoutDuration || 0), 0),
          });
        }
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  document.addEventListener('fact-cards:timing', (e) => window.__cost.timings.push(JSON.parse(e.detail)));
  document.addEventListener('DOMContentLoaded', () => document.documentElement.setAttribute('data-fact-cards-timing', ''));
`;

export interface PageCost {
  scriptMs: number;
  taskMs: number;
  heapBytes: number;
  longTasks: number[];
  /** Long animation frames (> 50 ms) in which an extension script ran. */
  extensionFrames: { duration: number; script: number; forced: number }[];
  /** The content script's first-pass timings, if it annotated. */
  allDoneMs: number | null;
  annotations: number | null;
  /** Of that pass, the ms spent telling main text from page chrome. */
  pageChromeMs: number | null;
}

interface CostState {
  longTasks: number[];
  extensionFrames: PageCost['extensionFrames'];
  timings: { start: number; allDone: number; annotations: number; pageChromeMs?: number }[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Loads `url` in a new tab and reads its costs once the content script's first pass is done
 * (`expectPass`) or the page has loaded, and a settling time has passed.
 */
export async function measurePage(
  context: BrowserContext,
  url: string,
  { expectPass, settleMs = 600 }: { expectPass: boolean; settleMs?: number },
): Promise<PageCost> {
  const page = await context.newPage();
  try {
    await page.addInitScript(COST_INIT);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (expectPass) {
      await page
        .waitForFunction(
          () => (window as unknown as { __cost: CostState }).__cost.timings.length > 0,
          undefined,
          { timeout: 60_000 },
        )
        .catch(() => undefined);
    }
    await sleep(settleMs);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    const state = await page.evaluate(() => (window as unknown as { __cost: CostState }).__cost);
    const timing = state.timings[0];
    return {
      scriptMs: metric('ScriptDuration') * 1000,
      taskMs: metric('TaskDuration') * 1000,
      heapBytes: metric('JSHeapUsedSize'),
      longTasks: state.longTasks,
      extensionFrames: state.extensionFrames,
      allDoneMs: timing ? timing.allDone - timing.start : null,
      annotations: timing ? timing.annotations : null,
      pageChromeMs: timing?.pageChromeMs ?? null,
    };
  } finally {
    await page.close();
  }
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
