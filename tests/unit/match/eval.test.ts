import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompiledIndex } from '../../../utils/index/types';
import { createMatcher, type Matcher } from '../../../utils/match/matcher';
import { extractText } from '../../../utils/text/extract';
import {
  evalDir,
  evalPages,
  heldoutDir,
  type PageScore,
  scorePage,
  total,
  tuningDir,
} from '../../eval/evaluate';

const indexFile = join(import.meta.dirname, '../../../data/compiled/index.json');

function loadMatcher(): Matcher {
  if (!existsSync(indexFile))
    throw new Error(
      'data/compiled/index.json is missing: run `npm run build:index` before the evaluation',
    );
  return createMatcher(JSON.parse(readFileSync(indexFile, 'utf8')) as CompiledIndex);
}

function scanPage(matcher: Matcher) {
  return (file: string, content: string) => {
    if (!file.endsWith('.html')) return matcher.scan(content);
    const doc = new DOMParser().parseFromString(content, 'text/html');
    return matcher.scan(extractText(doc.body).text);
  };
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

describe('evaluation pages (real index)', () => {
  it('reaches the precision and recall targets for mentions and claims', () => {
    const matcher = loadMatcher();
    const scoreDir = (dir: string) =>
      existsSync(dir) ? evalPages(dir).map((page) => scorePage(page, scanPage(matcher), dir)) : [];
    const scores: PageScore[] = scoreDir(evalDir);
    expect(scores.length).toBeGreaterThanOrEqual(3);
    // Mentions are not what the tuning and held-out pages keep apart: theirs count too.
    const others = [...scoreDir(tuningDir), ...scoreDir(heldoutDir)];
    const mentions = total([...scores, ...others].map((s) => s.mentions));
    const claims = total(scores.map((s) => s.claims));
    const lines = scores.map(
      (s) =>
        `  ${s.page.padEnd(24)} mentions ${s.mentions?.truePositives}/${s.mentions?.falsePositives}/${s.mentions?.falseNegatives}  claims ${s.claims.truePositives}/${s.claims.falsePositives}/${s.claims.falseNegatives}` +
        [...(s.mentions?.errors ?? []), ...s.claims.errors].map((e) => `\n      ${e}`).join(''),
    );
    console.log(
      [
        'Evaluation (TP/FP/FN per page)',
        ...lines,
        `  mentions: precision ${percent(mentions.precision)}, recall ${percent(mentions.recall)}`,
        `  claims:   precision ${percent(claims.precision)}, recall ${percent(claims.recall)}`,
      ].join('\n'),
    );
    expect(mentions.precision).toBeGreaterThanOrEqual(0.98);
    expect(mentions.recall).toBeGreaterThanOrEqual(0.98);
    expect(claims.precision).toBeGreaterThanOrEqual(0.95);
    expect(claims.recall).toBeGreaterThanOrEqual(0.93);
  });
});
