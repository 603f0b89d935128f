/**
 * Long tasks over the repo's real saved pages and the 200k-word page, with the extension (real
 * index) and without it, and the long animation frames in which an extension script ran.
 */
import { extensionDir } from '../../tests/e2e/browser';
import { launchBench } from './chromium';
import { newsPage, realPages } from './corpus';
import { measurePage, median, type PageCost } from './page-cost';
import type { BenchServer } from './server';
import { printTable } from './timing';

export async function longTaskTable(server: BenchServer): Promise<void> {
  server.add('/long/news-200000.html', newsPage(200_000));
  const pages: [string, string][] = [
    ...realPages(process.cwd()).map((path): [string, string] => [path, server.repoUrl(path)]),
    ['200k words (generated)', `${server.base}/long/news-200000.html`],
  ];
  const results = new Map<string, { without?: PageCost; with?: PageCost }>();
  for (const [label, dir] of [
    ['without', null],
    ['with', extensionDir],
  ] as const) {
    const browser = await launchBench(dir);
    try {
      for (const [name, url] of pages) {
        const cost = await measurePage(browser.context, url, { expectPass: dir !== null });
        results.set(name, { ...results.get(name), [label]: cost });
      }
    } finally {
      await browser.close();
    }
  }
  const rows: string[][] = [];
  let withTotal = 0;
  let withoutTotal = 0;
  let frames = 0;
  let worst = 0;
  for (const [name] of pages) {
    const r = results.get(name);
    const w = r?.with;
    const wo = r?.without;
    if (!w || !wo) continue;
    withTotal += w.longTasks.length;
    withoutTotal += wo.longTasks.length;
    frames += w.extensionFrames.length;
    const longest = Math.max(0, ...w.extensionFrames.map((f) => f.script));
    worst = Math.max(worst, longest);
    if (w.longTasks.length > wo.longTasks.length || w.extensionFrames.length > 0) {
      rows.push([
        name,
        String(wo.longTasks.length),
        String(w.longTasks.length),
        String(w.extensionFrames.length),
        longest ? longest.toFixed(0) : '–',
        String(w.annotations ?? '–'),
      ]);
    }
  }
  console.log(
    `\nLong tasks over ${pages.length} pages (${pages.length - 1} saved pages of the repo and the 200k-word page), one load each: ${withoutTotal} without the extension, ${withTotal} with it; ${frames} long animation frames (> 50 ms) in which an extension script ran, the longest extension script time in one ${worst.toFixed(0)} ms.`,
  );
  const chrome = pages.flatMap(([name]) => {
    const w = results.get(name)?.with;
    return w?.pageChromeMs != null && w.allDoneMs
      ? [{ ms: w.pageChromeMs, pass: w.allDoneMs }]
      : [];
  });
  if (chrome.length) {
    const ms = chrome.map((c) => c.ms);
    console.log(
      `Telling main text from page chrome, per page: median ${median(ms).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms; ${((100 * ms.reduce((a, b) => a + b, 0)) / chrome.reduce((a, c) => a + c.pass, 0)).toFixed(1)}% of all first-pass time (${chrome.length} pages).`,
    );
  }
  if (rows.length) {
    console.log('Pages with more long tasks with the extension, or an extension long frame:\n');
    printTable(
      ['page', 'long tasks without', 'with', 'ext. long frames', 'ext. script ms', 'annotations'],
      rows,
    );
  }
}
