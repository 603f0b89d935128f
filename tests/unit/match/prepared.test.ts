/**
 * The matcher's text work done ahead of time (data/compiled/matcher.json) changes start-up time
 * only: with it, without it, or with data made for another index, every scan is the same.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompiledIndex } from '../../../utils/index/types';
import { ExactAliasMatcher } from '../../../utils/match/entities';
import { createMatcher, matcherSteps } from '../../../utils/match/matcher';
import { fitsIndex, type PreparedIndex, prepareIndex } from '../../../utils/match/prepared';
import { Trie, trieTables } from '../../../utils/match/trie';
import type { Strictness } from '../../../utils/match/types';
import { extractText } from '../../../utils/text/extract';
import { normalizeText } from '../../../utils/text/normalize';
import { tokenize } from '../../../utils/text/tokens';
import { evalPages } from '../../eval/evaluate';
import { miniIndex } from '../fixtures/mini-index';

const compiledDir = join(import.meta.dirname, '../../../data/compiled');
const evalDir = join(import.meta.dirname, '../../eval');

function readCompiled<T>(name: string): T {
  const file = join(compiledDir, name);
  if (!existsSync(file))
    throw new Error(`data/compiled/${name} is missing: run \`npm run build:index\``);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

const index = readCompiled<CompiledIndex>('index.json');
const prepared = readCompiled<PreparedIndex>('matcher.json');

/** The evaluation pages' texts, and a few edge cases. */
const texts = [
  ...evalPages().map((file) => {
    const content = readFileSync(join(evalDir, file), 'utf8');
    if (!file.endsWith('.html')) return content;
    return extractText(new DOMParser().parseFromString(content, 'text/html').body).text;
  }),
  'ＴｉｋＴｏｋ and Byte\u00adDance; TikTop, Bytedanse and ByteDanse Ltd. Mr. Chew said so.',
  '',
];

describe('prepared index', () => {
  it('is what the build makes of the compiled index (regenerate with `npm run build:index`)', () => {
    expect(prepared).toEqual(JSON.parse(JSON.stringify(prepareIndex(index))));
  });

  it('fits the index it was made for and no other', () => {
    expect(fitsIndex(prepared, index)).toBe(true);
    expect(fitsIndex(prepared, miniIndex)).toBe(false);
    expect(fitsIndex({ ...prepared, version: prepared.version + 1 }, index)).toBe(false);
    expect(fitsIndex(null, index)).toBe(false);
  });

  it.each<Strictness>(['strict', 'balanced', 'loose'])(
    'gives the same scans as the matcher preparing the index itself (%s)',
    (strictness) => {
      const fresh = createMatcher(index, { strictness });
      const fast = createMatcher(index, { strictness, prepared });
      for (const text of texts) expect(fast.scan(text)).toEqual(fresh.scan(text));
    },
  );

  it('is ignored when made for another index', () => {
    const text = 'TikTok and ByteDance met Oracle. Shou Zi Chew said Chew was there.';
    expect(createMatcher(miniIndex, { prepared }).scan(text)).toEqual(
      createMatcher(miniIndex).scan(text),
    );
  });

  it('builds in steps the matcher createMatcher builds at once', () => {
    const steps = matcherSteps(index, { prepared });
    const names: string[] = [];
    let step = steps.next();
    while (!step.done) {
      names.push(step.value);
      step = steps.next();
    }
    expect(names).toEqual(['entities', 'fuzzy', 'claims']);
    const text = texts[0] as string;
    expect(step.value.scan(text)).toEqual(createMatcher(index).scan(text));
  });
});

describe('trie tables', () => {
  it('number the states depth-first, each row sorted by code', () => {
    // The root reads a and b; "a" reads b and c; "ab", "ac" and "b" read nothing.
    expect(trieTables(['ac', 'b', 'ab'])).toEqual({
      rowStart: [0, 2, 4, 4, 4, 4],
      codes: [97, 98, 98, 99],
      targets: [1, 4, 2, 3],
    });
  });

  it('round-trip and lead every pattern to a state of its own', () => {
    const patterns = ['he', 'she', 'his', 'hers', 'tiktok', 'tik', 'ok'];
    const tables = trieTables(patterns);
    const trie = new Trie(tables);
    expect(trie.tables()).toEqual(tables);
    const ends = patterns.map((p) => trie.walk(p));
    expect(ends).not.toContain(0);
    expect(new Set(ends).size).toBe(patterns.length);
    expect(trie.walk('tiktok')).toBe(trie.walk('tik') + 3);
    expect(trie.walk('hex')).toBe(0);
    expect(trie.step(trie.walk('he'), 'r'.charCodeAt(0))).toBe(trie.walk('her'));
  });

  it('are used by a matcher when they hold every alias, else rebuilt, with the same results', () => {
    const page = normalizeText(texts[0] as string);
    const tokens = tokenize(page.text);
    const own = new ExactAliasMatcher(index.entities).find(page, tokens);
    expect(own.length).toBeGreaterThan(10);
    // Paths of other names lead to no alias.
    const more = trieTables([...prepared.aliasKeys.flat(), 'tiktok and', 'the']);
    // Tables whose targets lead past every state.
    const rebuilt = trieTables(prepared.aliasKeys.flat());
    const astray = { ...rebuilt, targets: rebuilt.targets.map((t) => t + 100_000) };
    const cases: [PreparedIndex['trie'], PreparedIndex['trie']][] = [
      [prepared.trie, prepared.trie],
      [more, more],
      [trieTables(['tiktok', 'bytedance']), prepared.trie],
      [{ rowStart: [0, 3, 4], codes: [116], targets: [1] }, prepared.trie],
      [astray, prepared.trie],
      [undefined, prepared.trie],
    ];
    for (const [given, used] of cases) {
      const matcher = new ExactAliasMatcher(index.entities, { ...prepared, trie: given });
      expect(matcher.trieTables()).toEqual(used);
      expect(matcher.find(page, tokens)).toEqual(own);
    }
  });
});
