/**
 * The fixed cost of the extension on a page: script time, main-thread task time and JS heap with
 * the extension minus without it, on a page naming nothing in the index, an on-topic article and a
 * 20k-word page, for a switched-off site, the real index and a synthetic SCALE× index (the same
 * scripts with a SCALE× asset, see `scaled-build.ts`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionDir } from '../../tests/e2e/browser';
import type { CompiledIndex } from '../../utils/index/types';
import { launchBench } from './chromium';
import { newsPage, noMatchPage } from './corpus';
import { measurePage, median, type PageCost } from './page-cost';
import { scaledExtension } from './scaled-build';
import { SCALE } from './scaled-index';
import type { BenchServer } from './server';
import { printTable } from './timing';

/** Loads per page and variant: the median is reported (this machine's timings swing). */
const LOADS = 5;
const ON_TOPIC = 'tests/eval/lark-report.html';

type Variant = 'without' | 'site off' | 'real index' | `${number}× index`;

interface Row {
  page: string;
  variant: Variant;
  costs: PageCost[];
}

export async function fixedCostTables(server: BenchServer, index: CompiledIndex): Promise<void> {
  server.add('/cost/no-match.html', noMatchPage(300));
  server.add('/cost/news-20000.html', newsPage(20_000));
  const pages: [string, string][] = [
    ['no-match (300 words)', `${server.base}/cost/no-match.html`],
    ['on-topic article', server.repoUrl(ON_TOPIC)],
    ['20k words', `${server.base}/cost/news-20000.html`],
  ];
  const scaledDir = mkdtempSync(join(tmpdir(), 'fact-cards-scaled-'));
  const scaled = scaledExtension(extensionDir, join(scaledDir, 'ext'), index);
  const rows: Row[] = [];
  const variants: [Variant, string | null, object | null, boolean][] = [
    ['without', null, null, false],
    ['site off', extensionDir, { sites: { '127.0.0.1': false } }, false],
    ['real index', extensionDir, null, true],
    [`${SCALE}× index`, scaled.dir, null, true],
  ];
  try {
    for (const [variant, dir, settings, annotates] of variants) {
      const browser = await launchBench(dir);
      try {
        await browser.setSettings(settings);
        for (const [page, url] of pages) {
          // One untimed load first: the first page of a fresh browser compiles everything cold.
          await measurePage(browser.context, url, { expectPass: annotates });
          const costs: PageCost[] = [];
          for (let run = 0; run < LOADS; run++) {
            costs.push(await measurePage(browser.context, url, { expectPass: annotates }));
          }
          rows.push({ page, variant, costs });
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    rmSync(scaledDir, { recursive: true, force: true });
  }
  const of = (row: Row, key: 'scriptMs' | 'taskMs' | 'heapBytes') =>
    median(row.costs.map((c) => c[key]));
  const baseline = (page: string) => rows.find((r) => r.page === page && r.variant === 'without');
  const delta = (row: Row, key: 'scriptMs' | 'taskMs' | 'heapBytes', unit: number) => {
    const base = baseline(row.page);
    const value = of(row, key) / unit;
    if (!base || row === base) return value.toFixed(1);
    const d = value - of(base, key) / unit;
    return `${value.toFixed(1)} (${d >= 0 ? '+' : ''}${d.toFixed(1)})`;
  };
  const MB = 1024 * 1024;
  console.log(
    `\nFixed cost per page load (median of ${LOADS} loads after one untimed load; in brackets: minus the same page without the extension). ${SCALE}× asset: ${(scaled.assetBytes / MB).toFixed(1)} MB, ${scaled.index.entities.length} entities, ${scaled.index.claims.length} claims.\n`,
  );
  printTable(
    [
      'page',
      'variant',
      'script ms',
      'task ms',
      'heap MB',
      'all done ms',
      'annotations',
      'long tasks',
      'ext. long frames',
    ],
    rows.map((row) => {
      const done = row.costs.map((c) => c.allDoneMs).filter((v): v is number => v !== null);
      return [
        row.page,
        row.variant,
        delta(row, 'scriptMs', 1),
        delta(row, 'taskMs', 1),
        delta(row, 'heapBytes', MB),
        done.length ? median(done).toFixed(1) : '–',
        String(row.costs[0]?.annotations ?? '–'),
        String(row.costs.reduce((n, c) => n + c.longTasks.length, 0)),
        String(row.costs.reduce((n, c) => n + c.extensionFrames.length, 0)),
      ];
    }),
  );
  console.log(
    "\nScript and task time: Chromium's ScriptDuration and TaskDuration of the tab (CDP Performance.getMetrics) at the end of the load; heap: JSHeapUsedSize after a forced garbage collection. Long tasks: count over the loads (Long Tasks API, > 50 ms); ext. long frames: long animation frames (> 50 ms) in which an extension script ran.",
  );
}
