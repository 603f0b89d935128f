/**
 * What the matcher is compared with: one regular expression per alias the way mark.js builds
 * them, a plain regular expression per alias, and fuse.js over a sliding window of words. Each
 * article size is measured in a fresh Node process (`baselinesInFreshProcess`).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import type { CompiledIndex } from '../../utils/index/types';
import { compiledIndexFile } from '../paths';
import { generateArticle } from './corpus';
import { scaledIndex } from './scaled-index';
import { measure, time } from './timing';

export function aliasTexts(index: CompiledIndex): string[] {
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

/** What the baselines take on the generated article of `words` words. */
export interface Baselines {
  markReal: number;
  markBig: number;
  plainReal: number;
  plainBig: number;
  fuseTotal: number;
  windows: number;
  limit: number;
  sample: number;
}

export function measureBaselines(words: number): Baselines {
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
export function baselinesInFreshProcess(words: number): Baselines {
  const output = execFileSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), BASELINES_FLAG, String(words)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(output) as Baselines;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === BASELINES_FLAG) {
  console.log(JSON.stringify(measureBaselines(Number(process.argv[3]))));
}
