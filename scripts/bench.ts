/**
 * bench: how long a scan (entities + claims) takes on generated articles, with the real index and
 * with a synthetic index 100× larger, against baselines: one regular expression per alias built
 * the way mark.js builds them, a plain one regular expression per alias, and fuse.js over a
 * sliding window of words.
 *   npm run bench
 */
import { readFileSync } from 'node:fs';
import type { CompiledIndex } from '../utils/index/types';
import { createMatcher, type Matcher } from '../utils/match/matcher';
import { aliasTexts, baselinesInFreshProcess } from './bench/baselines';
import { generateArticle } from './bench/corpus';
import { SCALE, scaledIndex } from './bench/scaled-index';
import { measure, measureCold, ms, pad, runs, stats, time } from './bench/timing';
import { compiledIndexFile } from './paths';

const SIZES = [2_000, 10_000, 100_000];

const UNSEEN = 9;

/** First scans of articles the matcher has not seen (its caches hold other articles' words). */
function unseenScans(matcher: Matcher, texts: string[]): { median: number; p95: number } {
  return stats(texts.map((text) => time(() => matcher.scan(text))));
}

function main(): void {
  let index: CompiledIndex;
  try {
    index = JSON.parse(readFileSync(compiledIndexFile, 'utf8')) as CompiledIndex;
  } catch {
    console.error('bench: cannot read data/compiled/index.json; run `npm run build:index`');
    process.exit(1);
  }
  const realAliases = aliasTexts(index);
  const texts = SIZES.map((words) => generateArticle(index, words, words));
  const unseen = Array.from({ length: UNSEEN }, (_, k) =>
    generateArticle(index, 10_000, 1_000 + k),
  );

  let matcher: Matcher | undefined;
  const buildReal = measureCold(() => {
    matcher = createMatcher(index);
  }, 9);
  const real = matcher as Matcher;
  // The real index first, alone in memory, as in the extension.
  const scanReal = texts.map((text, i) => measure(() => real.scan(text), runs(SIZES[i] as number)));
  const unseenReal = unseenScans(real, unseen);

  const big = scaledIndex(index);
  const bigAliases = aliasTexts(big);
  let bigMatcher: Matcher | undefined;
  const buildBig = measureCold(() => {
    bigMatcher = createMatcher(big);
  }, 3);
  const large = bigMatcher as Matcher;
  const scanBig = texts.map((text, i) => measure(() => large.scan(text), runs(SIZES[i] as number)));
  const unseenBig = unseenScans(large, unseen);
  // The regex baselines only find names: the same indexes without claims compare like with like.
  const namesOnly = (of: CompiledIndex) => createMatcher({ ...of, claims: [] });
  const realNames = namesOnly(index);
  const bigNames = namesOnly(big);
  const namesReal = texts.map((text, i) =>
    measure(() => realNames.scan(text), runs(SIZES[i] as number)),
  );
  const namesBig = texts.map((text, i) =>
    measure(() => bigNames.scan(text), runs(SIZES[i] as number)),
  );

  console.log(
    `Fact Cards matcher benchmark (Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)})`,
  );
  console.log(
    `real index: ${index.entities.length} entities, ${realAliases.length} aliases, ${index.claims.length} claims; ` +
      `${SCALE}× index: ${big.entities.length} entities, ${bigAliases.length} aliases, ${big.claims.length} claims`,
  );
  console.log(
    `matcher construction: real ${ms(buildReal.median)} ms, ${SCALE}× ${ms(buildBig.median)} ms (median)`,
  );
  console.log(
    `scan medians over ${runs(SIZES[0] as number)} / ${runs(SIZES[1] as number)} / ${runs(SIZES[2] as number)} runs of the same article (after warm-up runs); ` +
      `first scan of ${UNSEEN} unseen 10k-word articles: real ${ms(unseenReal.median)} ms, ${SCALE}× ${ms(unseenBig.median)} ms (median)\n`,
  );

  const columns = [
    ['words', 7],
    ['scan real (med/p95 ms)', 23],
    [`scan ${SCALE}× (med/p95 ms)`, 23],
    ['mark.js-like real', 17],
    [`mark.js-like ${SCALE}×`, 19],
    ['plain regex real', 16],
    [`plain regex ${SCALE}×`, 18],
    ['fuse windows real', 18],
    [`speed-up vs mark.js (real / ${SCALE}×)`, 33],
  ] as const;
  const header = columns.map(([title, width]) => title.padStart(width)).join(' | ');
  console.log(header);
  console.log('-'.repeat(header.length));
  const notes = new Set<string>();
  const verdicts: string[] = [];
  SIZES.forEach((words, i) => {
    const real = scanReal[i] as ReturnType<typeof stats>;
    const large = scanBig[i] as ReturnType<typeof stats>;
    const { markReal, markBig, plainReal, plainBig, fuseTotal, windows, limit, sample } =
      baselinesInFreshProcess(words);
    notes.add(
      `${SCALE}× baselines: timed on every 100th alias (${sample}) and scaled to ${bigAliases.length}`,
    );
    notes.add(
      'mark.js-like: one RegExp per alias as mark.js 8.11 builds it (diacritics classes, merged blanks, whole words with punctuation limiters), run over each paragraph as a text node; no DOM wrapping',
    );
    notes.add(
      'plain regex: one case-insensitive RegExp per alias over the whole text, bounded by \\p{L}\\p{N} look-arounds',
    );
    notes.add(
      'baselines: each article size in a fresh Node process, away from the matchers and their memory',
    );
    if (limit < windows)
      notes.add(
        `fuse windows: the first ${limit} windows timed and scaled to all windows of the text (3 per word)`,
      );

    const speedReal = markReal / real.median;
    const speedBig = markBig / large.median;
    const cells = [
      String(words),
      `${ms(real.median)} / ${ms(real.p95)}`,
      `${ms(large.median)} / ${ms(large.p95)}`,
      `${ms(markReal)} ms`,
      `${ms(markBig)} ms*`,
      `${ms(plainReal)} ms`,
      `${ms(plainBig)} ms*`,
      `${ms(fuseTotal)} ms${limit < windows ? '*' : ''}`,
      `${speedReal.toFixed(0)}× / ${speedBig.toFixed(0)}×`,
    ];
    console.log(
      cells.map((cell, c) => pad(cell, (columns[c] as (typeof columns)[number])[1])).join(' | '),
    );
    if (words === 10_000) {
      const ok = (b: boolean) => (b ? 'met' : 'NOT met');
      verdicts.push(
        `10k words scanned in ${ms(real.median)} ms median (target < 10 ms): ${ok(real.median < 10)}`,
      );
      verdicts.push(
        `${SCALE}× index / real index at 10k words: ${(large.median / real.median).toFixed(2)}× (target ≤ 2×): ${ok(large.median <= 2 * real.median)}`,
      );
      verdicts.push(
        `speed-up over a mark.js-like regex per alias at 10k words: ${speedReal.toFixed(0)}× with the real index (${realAliases.length} aliases), ${speedBig.toFixed(0)}× with the ${SCALE}× index (target ≥ 20×): real ${ok(speedReal >= 20)}, ${SCALE}× ${ok(speedBig >= 20)}`,
      );
      const names = namesReal[i] as ReturnType<typeof stats>;
      const bigNamesAt = namesBig[i] as ReturnType<typeof stats>;
      verdicts.push(
        `names only (no claims, like the baselines) at 10k words: real ${ms(names.median)} ms, ${(markReal / names.median).toFixed(0)}× faster than mark.js-like; ${SCALE}× ${ms(bigNamesAt.median)} ms = ${(bigNamesAt.median / names.median).toFixed(2)}× the real index`,
      );
    }
  });
  console.log('');
  for (const note of notes) console.log(`* ${note}`);
  console.log('');
  for (const verdict of verdicts) console.log(verdict);
}

main();
