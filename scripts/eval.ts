/**
 * eval: precision and recall of the matcher on the labelled pages of `tests/eval/`, scored
 * strictly (every claim reported on a sentence not labelled with it counts against precision).
 * The tuned set (the pages directly in `tests/eval/` and in `tests/eval/tuning/`) and the
 * held-out set (`tests/eval/heldout/`, never tuned on) are printed apart in one table. Then
 * the corpus of real saved pages (`tests/corpus/`), read as the extension reads a page (chrome,
 * relevance, gate): pages with any mark, marks per page, wrong-entity marks, claim matches, marks
 * and claims not judged correct or missed, and the relevance decisions.
 *   npm run --silent eval -- [--pages] [--errors] [--only tuned|held-out]
 */
import { existsSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { corpusTable, measureCorpus } from '../tests/corpus/corpus';
import {
  evalDir,
  evalPages,
  heldoutDir,
  type PageScore,
  scorePage,
  type Tally,
  total,
  tuningDir,
} from '../tests/eval/evaluate';
import type { CompiledIndex } from '../utils/index/types';
import { createMatcher, type Matcher } from '../utils/match/matcher';
import type { ScanResult } from '../utils/match/types';
import { extractText } from '../utils/text/extract';
import { compiledIndexFile } from './paths';

/** One row group of the table: a named set of labelled pages. */
export interface EvalSection {
  name: string;
  scores: PageScore[];
}

function htmlText(window: Window, html: string): string {
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  return extractText((doc.body ?? doc) as unknown as Node).text;
}

function scanner(matcher: Matcher, window: Window) {
  return (file: string, content: string): ScanResult =>
    matcher.scan(file.endsWith('.html') ? htmlText(window, content) : content);
}

function scoreDir(dir: string, scan: ReturnType<typeof scanner>): PageScore[] {
  if (!existsSync(dir)) return [];
  return evalPages(dir).map((page) => scorePage(page, scan, dir));
}

const ratio = (x: number) => x.toFixed(3);

function counts(t: Tally): string {
  return `${t.truePositives}/${t.falsePositives}/${t.falseNegatives}`.padStart(10);
}

function row(label: string, mentions: (Tally | undefined)[], claims: Tally[]): string {
  const m = total(mentions);
  const c = total(claims);
  const labelledMentions = mentions.some((t) => t !== undefined);
  const mentionCells = labelledMentions
    ? `${ratio(m.precision)}  ${ratio(m.recall)}`
    : '    -      -  ';
  return `${label.padEnd(30)} ${mentionCells}   ${counts(c.tally)}  ${ratio(c.precision)}  ${ratio(c.recall)}`;
}

export function table(sections: EvalSection[], options: { pages: boolean; errors: boolean }) {
  const lines = [
    `${'set / page'.padEnd(30)} mentions P/R    claims TP/FP/FN   P      R`,
    '-'.repeat(78),
  ];
  for (const section of sections) {
    if (options.pages) {
      for (const s of section.scores) {
        lines.push(row(`  ${s.page}`, [s.mentions], [s.claims]));
        if (options.errors)
          for (const e of [...(s.mentions?.errors ?? []), ...s.claims.errors])
            lines.push(`      ${e}`);
      }
    }
    lines.push(
      row(
        `${section.name} (${section.scores.length} pages)`,
        section.scores.map((s) => s.mentions),
        section.scores.map((s) => s.claims),
      ),
    );
    if (options.pages) lines.push('');
  }
  return lines.join('\n');
}

async function main(args: string[]) {
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  const unknown = args.filter(
    (a, i) => a !== '--pages' && a !== '--errors' && i !== onlyAt && i !== onlyAt + 1,
  );
  if (unknown.length > 0 || (onlyAt >= 0 && only !== 'tuned' && only !== 'held-out')) {
    console.error(
      `eval: unknown option ${unknown[0] ?? `--only ${only ?? ''}`}\nusage: eval [--pages] [--errors] [--only tuned|held-out]`,
    );
    process.exit(2);
  }
  if (!existsSync(compiledIndexFile)) {
    console.error('eval: data/compiled/index.json is missing: run `npm run build:index` first');
    process.exit(1);
  }
  const index = JSON.parse(readFileSync(compiledIndexFile, 'utf8')) as CompiledIndex;
  const matcher = createMatcher(index);
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    const scan = scanner(matcher, window);
    const sections: EvalSection[] = [
      { name: 'tuned', scores: [...scoreDir(evalDir, scan), ...scoreDir(tuningDir, scan)] },
      { name: 'held-out', scores: scoreDir(heldoutDir, scan) },
    ].filter((s) => only === undefined || s.name === only);
    const errors = args.includes('--errors');
    console.log(table(sections, { pages: args.includes('--pages') || errors, errors }));
    const corpus = await measureCorpus(index, matcher);
    console.log(
      `\n${corpusTable([
        { label: 'off-topic', tally: corpus.offtopic },
        { label: 'on-topic', tally: corpus.onTopic },
      ])}`,
    );
    if (errors)
      for (const o of corpus.outcomes) {
        const off = o.unexpectedMarks + o.unexpectedClaims + o.missedMarks + o.missedClaims;
        if (off > 0 || o.wrongEntity > 0)
          console.log(`  ${o.page.part}/${o.page.name}: ${o.about}, ${JSON.stringify(o.marks)}`);
      }
  } finally {
    await window.happyDOM.close();
  }
}

await main(process.argv.slice(2));
