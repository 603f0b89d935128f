/**
 * Precision and recall of the matcher on the evaluation pages in this folder. Each page has an
 * `<name>.expected.json` listing entity mention counts and the claim each claim-bearing sentence
 * states; `optionalClaims` lists sentences where a match is acceptable but not required.
 * Every sentence not listed is labelled "not a claim": a claim reported on it counts against
 * precision (strict scoring).
 *
 * The pages directly in this folder and in `tuning/` are the tuned set; `heldout/` holds pages
 * that are never tuned on (their numbers are read at the end of a round, not while changing the
 * scorer). Held-out pages may leave out `mentions`: they score claims only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanResult } from '../../utils/match/types';

export interface ExpectedClaim {
  /** A fragment of the sentence, as written on the page. */
  sentence: string;
  claimIds: string[];
}

export interface Expected {
  /** Mentions per entity id; absent on pages that score claims only. */
  mentions?: Record<string, number>;
  claims: ExpectedClaim[];
  optionalClaims?: ExpectedClaim[];
}

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  errors: string[];
}

export interface PageScore {
  page: string;
  /** Absent when the page does not label mentions. */
  mentions?: Tally;
  claims: Tally;
}

export const evalDir = join(import.meta.dirname, '.');
export const tuningDir = join(evalDir, 'tuning');
export const heldoutDir = join(evalDir, 'heldout');

export function evalPages(dir: string = evalDir): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(html|txt)$/.test(f))
    .sort();
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

function emptyTally(): Tally {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0, errors: [] };
}

export function scoreMentions(result: ScanResult, expected: Expected): Tally | undefined {
  if (expected.mentions === undefined) return undefined;
  const tally = emptyTally();
  const found = new Map<string, number>();
  for (const m of result.mentions) found.set(m.entityId, (found.get(m.entityId) ?? 0) + 1);
  const ids = new Set([...found.keys(), ...Object.keys(expected.mentions ?? {})]);
  for (const id of ids) {
    const want = expected.mentions?.[id] ?? 0;
    const got = found.get(id) ?? 0;
    tally.truePositives += Math.min(want, got);
    tally.falsePositives += Math.max(0, got - want);
    tally.falseNegatives += Math.max(0, want - got);
    if (got !== want) tally.errors.push(`mentions of ${id}: expected ${want}, found ${got}`);
  }
  return tally;
}

export function scoreClaims(result: ScanResult, expected: Expected): Tally {
  const tally = emptyTally();
  const inSentence = (fragment: string) => (c: ScanResult['claims'][number]) =>
    flat(c.sentence).includes(flat(fragment));
  for (const want of expected.claims) {
    if (
      result.claims.some((c) => inSentence(want.sentence)(c) && want.claimIds.includes(c.claimId))
    )
      tally.truePositives++;
    else {
      tally.falseNegatives++;
      const got = result.claims.find(inSentence(want.sentence));
      tally.errors.push(
        `“${want.sentence}”: expected ${want.claimIds.join(' or ')}, found ${got?.claimId ?? 'nothing'}`,
      );
    }
  }
  for (const claim of result.claims) {
    const listed = [...expected.claims, ...(expected.optionalClaims ?? [])].filter((w) =>
      inSentence(w.sentence)(claim),
    );
    if (listed.some((w) => w.claimIds.includes(claim.claimId))) continue;
    tally.falsePositives++;
    tally.errors.push(
      `unexpected ${claim.claimId} (${claim.score}) on “${flat(claim.sentence).slice(0, 80)}”`,
    );
  }
  return tally;
}

export function scorePage(
  page: string,
  scan: (file: string, content: string) => ScanResult,
  dir: string = evalDir,
): PageScore {
  const content = readFileSync(join(dir, page), 'utf8');
  const expectedFile = join(dir, page.replace(/\.(html|txt)$/, '.expected.json'));
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;
  const result = scan(page, content);
  const mentions = scoreMentions(result, expected);
  const claims = scoreClaims(result, expected);
  return mentions === undefined ? { page, claims } : { page, mentions, claims };
}

export function total(tallies: (Tally | undefined)[]): {
  precision: number;
  recall: number;
  tally: Tally;
} {
  const tally = emptyTally();
  for (const t of tallies) {
    if (t === undefined) continue;
    tally.truePositives += t.truePositives;
    tally.falsePositives += t.falsePositives;
    tally.falseNegatives += t.falseNegatives;
  }
  const found = tally.truePositives + tally.falsePositives;
  const wanted = tally.truePositives + tally.falseNegatives;
  return {
    precision: found === 0 ? 1 : tally.truePositives / found,
    recall: wanted === 0 ? 1 : tally.truePositives / wanted,
    tally,
  };
}
