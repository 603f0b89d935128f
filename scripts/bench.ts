/**
 * bench: how long a scan (entities + claims) takes on generated articles, with the real index and
 * with a synthetic index 100× larger, against baselines: one regular expression per alias built
 * the way mark.js builds them, a plain one regular expression per alias, and fuse.js over a
 * sliding window of words.
 *   npm run bench
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import type { Alias, Claim, CompiledIndex, Entity } from '../utils/index/types';
import { termOf } from '../utils/match/claims/terms';
import { createMatcher, type Matcher } from '../utils/match/matcher';
import { compiledIndexFile } from './paths';

const SIZES = [2_000, 10_000, 100_000];
const SCALE = 100;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same text. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORDINARY = `the a of to in and that for on with as was by at from this said would has have
  their more about after over into new year report officials company people government week
  policy market users digital network service public business security review told according
  plan statement data information platform app video workers staff meeting team office early
  late month again while under since could should might also however analysts critics reporters
  morning city state national local global growth revenue launch product feature update screen`
  .split(/\s+/)
  .filter(Boolean);
const CAPITALISED = [
  'Monday',
  'Tuesday',
  'The',
  'In',
  'After',
  'Officials',
  'Critics',
  'Analysts',
  'Washington',
  'London',
  'Europe',
  'March',
  'However',
];
const NEAR_MISSES = [
  'TikTop',
  'Bytedanse',
  'Byte Dance',
  'Tik Tok',
  'Oracle of Delphi',
  'Will Ferrell',
  'Lisa Chen',
  'Texas',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function generateArticle(index: CompiledIndex, words: number, seed: number): string {
  const rand = random(seed);
  const names = index.entities.flatMap((e) =>
    e.aliases.filter((a) => a.when === 'always').map((a) => a.text),
  );
  const claims = index.claims.map((c) => c.text.split(/\s+/));
  const paragraphs: string[] = [];
  let count = 0;
  let sentences: string[] = [];
  while (count < words) {
    const kind = rand();
    let sentence: string[];
    if (kind < 0.12) {
      // A paraphrase: the claim with a fifth of its words dropped.
      sentence = pick(rand, claims).filter(() => rand() > 0.2);
    } else {
      sentence = [pick(rand, CAPITALISED)];
      const length = 8 + Math.floor(rand() * 18);
      while (sentence.length < length) {
        const r = rand();
        if (r < 0.08) sentence.push(pick(rand, names));
        else if (r < 0.1) sentence.push(pick(rand, NEAR_MISSES));
        else if (r < 0.14) sentence.push(String(Math.floor(rand() * 2000)));
        else sentence.push(pick(rand, ORDINARY));
      }
    }
    count += sentence.length;
    sentences.push(`${sentence.join(' ').replace(/[.]$/, '')}.`);
    if (sentences.length >= 3 + Math.floor(rand() * 4)) {
      paragraphs.push(sentences.join(' '));
      sentences = [];
    }
  }
  paragraphs.push(sentences.join(' '));
  return paragraphs.join('\n\n');
}

/**
 * Made-up words from onset + vowel + coda syllables (about 4,000 syllables, so two- and
 * three-syllable words rarely repeat). `used` keeps name words and claim words apart, as the
 * names of one index do not double as its ordinary vocabulary.
 */
const ONSETS = 'b br c ch d dr f fl g gr h j k kl l m n p pr qu r s sh sk st t tr v w z'.split(' ');
const VOWELS = 'a e i o u ai ea io ou y'.split(' ');
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm', 'nd', 'rk', 'st', 'x', 'th'];

function madeUpWord(rand: () => number, used: Set<string>): string {
  for (;;) {
    let w = '';
    const n = 2 + Math.floor(rand() * 2);
    for (let i = 0; i < n; i++) w += pick(rand, ONSETS) + pick(rand, VOWELS) + pick(rand, CODAS);
    if (!used.has(w)) {
      used.add(w);
      return w;
    }
  }
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** Alias words kept as they are: titles, legal forms, function words. */
const KEPT_NAME_WORDS = new Set(
  'mr mr. mrs mrs. ms ms. dr dr. inc inc. ltd ltd. corp corp. co co. the of and for on us uk'.split(
    ' ',
  ),
);
const CLAIM_LEXICON = 40_000;
/** Share of a synthetic claim's content words drawn from the real claims' vocabulary (by frequency). */
const SHARED_VOCABULARY = 0.2;

/**
 * The real index plus (SCALE − 1) synthetic copies of it. Each copy keeps the structure of an
 * entity or claim (types, alias conditions, entity links, lengths) with new words: every entity
 * gets distinctive made-up names, used consistently across its aliases ("Shou Zi Chew", "Chew",
 * "Mr. Chew"), and acronyms become random capitals (which collide, as real ones do). Claim words
 * are drawn, consistently within a claim (text, keywords, quotes), from a Zipf-distributed made-up
 * lexicon, and a fifth of them (SHARED_VOCABULARY) from the real claims' own vocabulary in
 * proportion to the number of claims using each word, so that the large index shares the common
 * news words of the real one without being a hundred copies of its topic.
 */
function scaledIndex(index: CompiledIndex): CompiledIndex {
  const rand = random(7);
  const used = new Set<string>();
  const lexicon = Array.from({ length: CLAIM_LEXICON }, () => madeUpWord(rand, used));
  const zipf = () => lexicon[Math.floor(CLAIM_LEXICON ** rand()) - 1] as string;
  const isContent = (w: string) => /^\p{Ll}+$/u.test(w) && termOf(w) !== null;
  // Each real claim's distinct content words: drawn in proportion to how many claims use them.
  const realWords = index.claims.flatMap((c) => [
    ...new Set(
      [c.text, ...c.keywords, ...c.citations.map((q) => q.quote)]
        .join(' ')
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter(isContent),
    ),
  ]);
  const entities: Entity[] = [...index.entities];
  const claims: Claim[] = [...index.claims];
  for (let copy = 1; copy < SCALE; copy++) {
    const ids = new Map<string, string>();
    for (const entity of index.entities) ids.set(entity.id, `${entity.id}-x${copy}`);
    for (const entity of index.entities) {
      const words = new Map<string, string>();
      const rename = (text: string) =>
        text
          .split(/\s+/)
          .map((w) => {
            if (KEPT_NAME_WORDS.has(w.toLowerCase())) return w;
            let made = words.get(w);
            if (made === undefined) {
              made = /^[A-Z]{2,5}$/.test(w)
                ? Array.from({ length: w.length }, () =>
                    String.fromCharCode(65 + Math.floor(rand() * 26)),
                  ).join('')
                : capitalise(madeUpWord(rand, used));
              words.set(w, made);
            }
            return made;
          })
          .join(' ');
      const aliases: Alias[] = entity.aliases.map((alias) => ({
        ...alias,
        text: rename(alias.text),
      }));
      entities.push({
        ...entity,
        id: ids.get(entity.id) as string,
        name: rename(entity.name),
        aliases,
        related: entity.related.map((r) => ids.get(r) ?? r),
      });
    }
    for (const claim of index.claims) {
      const words = new Map<string, string>();
      const rewrite = (text: string) =>
        text.replace(/[\p{L}\p{N}]+/gu, (w) => {
          const lower = w.toLowerCase();
          if (/^\p{N}+$/u.test(w)) {
            if (!words.has(w))
              words.set(w, rand() < 0.5 ? w : String(Math.floor(rand() * 10 ** w.length)));
            return words.get(w) as string;
          }
          if (termOf(lower) === null) return w;
          let made = words.get(lower);
          if (made === undefined) {
            made = rand() < SHARED_VOCABULARY ? pick(rand, realWords) : zipf();
            words.set(lower, made);
          }
          return w === lower ? made : capitalise(made);
        });
      const text = rewrite(claim.text);
      claims.push({
        ...claim,
        id: `${claim.id}-x${copy}`,
        text,
        keywords: claim.keywords.map(rewrite),
        entities: claim.entities.map((e) => ids.get(e) ?? e),
        citations: claim.citations.map((c) => ({ ...c, quote: rewrite(c.quote) })),
      });
    }
  }
  return { ...index, entities, claims };
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { median: at(0.5), p95: at(0.95) };
}

/** Timed runs per article size: enough for a stable median on a busy two-core machine. */
function runs(words: number): number {
  return words >= 100_000 ? 21 : words >= 10_000 ? 101 : 201;
}

/** Median and p95 of `count` timed runs, after untimed warm-up runs (JIT, caches). */
function measure(fn: () => void, count: number): { median: number; p95: number } {
  const warmUp = Math.max(3, Math.ceil(count / 5));
  for (let i = 0; i < warmUp; i++) fn();
  return stats(Array.from({ length: count }, () => time(fn)));
}

function aliasTexts(index: CompiledIndex): string[] {
  return index.entities.flatMap((e) => e.aliases.map((a) => a.text));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One RegExp per alias over the whole text, bounded by Unicode letters and digits. */
function plainRegexScan(aliases: string[], text: string): number {
  let found = 0;
  for (const alias of aliases) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, 'giu');
    for (const _ of text.matchAll(re)) found++;
  }
  return found;
}

/** mark.js 8.11 `escapeStr`. */
const markEscape = (s: string) => s.replace(/[-[\]/{}()*+?.\\^$|]/g, '\\$&');
/** mark.js 8.11 diacritics classes for case-insensitive search. */
const MARK_DIACRITICS = [
  'aàáảãạăằắẳẵặâầấẩẫậäåāąAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÄÅĀĄ',
  'cçćčCÇĆČ',
  'dđďDĐĎ',
  'eèéẻẽẹêềếểễệëěēęEÈÉẺẼẸÊỀẾỂỄỆËĚĒĘ',
  'iìíỉĩịîïīIÌÍỈĨỊÎÏĪ',
  'lłLŁ',
  'nñňńNÑŇŃ',
  'oòóỏõọôồốổỗộơởỡớờợöøōOÒÓỎÕỌÔỒỐỔỖỘƠỞỠỚỜỢÖØŌ',
  'rřRŘ',
  'sšśșşSŠŚȘŞ',
  'tťțţTŤȚŢ',
  'uùúủũụưừứửữựûüůūUÙÚỦŨỤƯỪỨỬỮỰÛÜŮŪ',
  'yýỳỷỹỵÿYÝỲỶỸỴŸ',
  'zžżźZŽŻŹ',
];
/** Punctuation that may touch a whole-word match (mark.js `accuracy.limiters`). */
const MARK_LIMITERS = [...',.;:!?\'"()[]{}-–—/…“”‘’'];

/**
 * The pattern mark.js 8.11 builds for one keyword with `diacritics: true` (its default),
 * `separateWordSearch: false` (an alias is one phrase), `accuracy: { value: 'exactly', limiters }`
 * and merged blanks: `createDiacriticsRegExp`, `createMergedBlanksRegExp` and
 * `createAccuracyRegExp` of mark.js, in its order.
 */
function markPattern(keyword: string): RegExp {
  let str = markEscape(keyword);
  const handled = new Set<string>();
  for (const ch of str) {
    for (const dct of MARK_DIACRITICS) {
      if (!dct.includes(ch) || handled.has(dct)) continue;
      str = str.replace(new RegExp(`[${dct}]`, 'gmi'), `[${dct}]`);
      handled.add(dct);
    }
  }
  str = str.replace(/[\s]+/gim, '[\\s]+');
  const limiters = MARK_LIMITERS.map((l) => `|${markEscape(l)}`).join('');
  return new RegExp(`(^|\\s${limiters})(${str})(?=$|\\s${limiters})`, 'gmi');
}

/**
 * mark.js (`new Mark(node).mark(aliases, options)`) without the DOM: per keyword one RegExp,
 * executed over every text node (here: every paragraph) the way `wrapMatches` does. Wrapping the
 * matches in <mark> elements, which costs more than the search, is left out in its favour.
 */
function markScan(aliases: string[], nodes: string[]): number {
  let found = 0;
  for (const alias of aliases) {
    const regex = markPattern(alias);
    for (const node of nodes) {
      let match = regex.exec(node);
      while (match !== null && match[2] !== '') {
        found++;
        match = regex.exec(node);
      }
      regex.lastIndex = 0;
    }
  }
  return found;
}

/** fuse.js queried with every 1–3-word window of the text. */
function fuseWindows(fuse: Fuse<string>, words: string[], limit: number): number {
  let found = 0;
  let queries = 0;
  for (let i = 0; i < words.length && queries < limit; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      if (fuse.search(words.slice(i, i + n).join(' '), { limit: 1 }).length > 0) found++;
      queries++;
    }
  }
  return found;
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 1000 ? x.toFixed(1) : x.toFixed(0));
const pad = (s: string, n: number) => s.padStart(n);

/** Median of `count` runs with no warm-up: for building matchers, which is done once per page. */
function measureCold(fn: () => void, count: number): { median: number; p95: number } {
  return stats(Array.from({ length: count }, () => time(fn)));
}

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

/** What the baselines take on the generated article of `words` words. */
interface Baselines {
  markReal: number;
  markBig: number;
  plainReal: number;
  plainBig: number;
  fuseTotal: number;
  windows: number;
  limit: number;
  sample: number;
}

function measureBaselines(words: number): Baselines {
  const index = JSON.parse(readFileSync(compiledIndexFile, 'utf8')) as CompiledIndex;
  const realAliases = aliasTexts(index);
  // One RegExp per alias over 100× the aliases takes minutes: time a 1% sample and scale up.
  const bigAliases = aliasTexts(scaledIndex(index));
  const sample = bigAliases.filter((_, k) => k % 100 === 0);
  const scaleUp = bigAliases.length / sample.length;
  const text = generateArticle(index, words, words);
  const nodes = text.split('\n\n');
  const baselineRuns = words >= 100_000 ? 3 : 7;
  const markReal = measure(() => markScan(realAliases, nodes), baselineRuns).median;
  const markBig = measure(() => markScan(sample, nodes), baselineRuns).median * scaleUp;
  const plainReal = measure(() => plainRegexScan(realAliases, text), baselineRuns).median;
  const plainBig = measure(() => plainRegexScan(sample, text), baselineRuns).median * scaleUp;
  const fuse = new Fuse(realAliases, { includeScore: true, ignoreLocation: true, threshold: 0.3 });
  const wordList = text.split(/\s+/);
  const windows = wordList.length * 3;
  const limit = Math.min(windows, 3000);
  const fuseTotal = time(() => fuseWindows(fuse, wordList, limit)) * (windows / limit);
  return {
    markReal,
    markBig,
    plainReal,
    plainBig,
    fuseTotal,
    windows,
    limit,
    sample: sample.length,
  };
}

const BASELINES_FLAG = '--baselines-for';

/**
 * The baselines, measured in a new process: in this one, the matchers' memory (the 100× index
 * above all) makes every garbage collection slower and the regular expressions compete with
 * earlier ones for compiled code, which once made the same baseline run from 2 to 30 times
 * slower from one run to the next.
 */
function baselinesInFreshProcess(words: number): Baselines {
  const output = execFileSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), BASELINES_FLAG, String(words)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(output) as Baselines;
}

if (process.argv[2] === BASELINES_FLAG) {
  console.log(JSON.stringify(measureBaselines(Number(process.argv[3]))));
} else {
  main();
}
