import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../utils/index/types';
import { createMatcher } from '../../../utils/match/matcher';
import { miniIndex } from '../fixtures/mini-index';
import { cited, claimOf } from '../fixtures/provenance';

const matcher = createMatcher(miniIndex);
const claimsIn = (text: string, m = matcher) => m.scan(text).claims.map((c) => c.claimId);

describe('claim matching', () => {
  it('finds a claim stated in other words', () => {
    const text =
      'Leaked recordings of more than 80 internal meetings show ByteDance staff based in China repeatedly accessed data on US users.';
    const [claim] = matcher.scan(text).claims;
    expect(claim?.claimId).toBe('leaked-audio-80-meetings');
    expect(claim?.sentence).toBe(text);
    expect(claim?.sources).toEqual(['001_40e0ef610f90da40.txt']);
    expect(claim?.shared).toEqual(
      expect.arrayContaining(['leaked', 'recordings', '80', 'meetings']),
    );
    // ByteDance is listed by few claims of the index, TikTok by all of them: only the first weighs.
    expect(claim?.why).toMatch(/^Names ByteDance; shares “leaked”, “recordings”/);
    expect(claim?.score).toBeGreaterThan(0.35);
    expect(claim?.score).toBeLessThanOrEqual(1);
  });

  it('does not match a sentence that only shares a name or a number', () => {
    expect(claimsIn('The company held 80 town halls this year.')).toEqual([]);
    expect(claimsIn('TikTok and ByteDance released a new app in 80 countries.')).toEqual([]);
    expect(claimsIn('Project Texas was mentioned again.')).toEqual([]);
  });

  it('reports one claim per sentence, with offsets of the sentence in the given text', () => {
    const text =
      'TikTok is under scrutiny again.\n\nEmployees said “everything is seen in China” at a September 2021 meeting of the Trust and Safety team. Another sentence follows.';
    const claims = matcher.scan(text).claims;
    expect(claims).toHaveLength(1);
    const [claim] = claims;
    expect(claim?.claimId).toBe('everything-is-seen-in-china');
    expect(text.slice(claim?.start, claim?.end)).toBe(claim?.sentence);
    expect(claim?.sentence.startsWith('Employees said')).toBe(true);
    expect(claim?.sentence.endsWith('team.')).toBe(true);
  });

  it('breaks sentences at block boundaries even without punctuation', () => {
    const text =
      'Lark chat groups held driver’s licenses\nthat thousands of ByteDance employees could see';
    const claims = matcher.scan(text).claims;
    for (const claim of claims) expect(claim.sentence.includes('\n')).toBe(false);
  });

  it('keeps results in document order', () => {
    const text = [
      'Under Project Texas all US user traffic is now routed to Oracle cloud servers.',
      'Leaked audio from 80 internal TikTok meetings showed China-based employees accessed nonpublic data.',
    ].join(' ');
    expect(claimsIn(text)).toEqual(['project-texas-oracle-servers', 'leaked-audio-80-meetings']);
  });

  it('asks for more shared words in strict mode', () => {
    const strict = createMatcher(miniIndex, { strictness: 'strict' });
    const text = 'Shou Zi Chew sent a letter to nine senators.';
    expect(claimsIn(text)).toEqual(['chew-letter-senators']);
    expect(claimsIn(text, strict)).toEqual([]);
  });

  it('scores run-on sentences, with more terms of the index than the quick path holds', () => {
    const wordsA =
      'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu amber basalt cobalt dahlia ember fennel garnet hazel indigo jasper'.split(
        ' ',
      );
    const wordsB =
      'apple banana cherry damson elder fig grape honeydew iceberg jackfruit kiwi lemon mango nectarine olive peach quince raspberry satsuma tangerine ugli vanilla walnut yam zucchini almond brazil cashew date endive'.split(
        ' ',
      );
    const longClaim = (id: string, words: string[]): Claim =>
      claimOf({
        id,
        text: words.join(' '),
        kind: 'reported-fact',
        entities: [],
        keywords: [],
        citations: [cited('buzzfeed-leaked-audio', words.join(' '))],
        disputes: [],
        respondsTo: [],
        disputedBy: [],
        answeredBy: [],
      });
    const index = {
      ...miniIndex,
      claims: [...miniIndex.claims, longClaim('long-a', wordsA), longClaim('long-b', wordsB)],
    };
    const long = createMatcher(index);
    const scoreOf = (words: string[]) => {
      const [claim, ...more] = long.scan(`${words.join(' ')}.`).claims;
      expect(more).toEqual([]);
      return claim;
    };
    // 36 and 30 terms: beyond and within what the quick path takes (31).
    expect(scoreOf(wordsA)?.claimId).toBe('long-a');
    expect(scoreOf(wordsB)?.claimId).toBe('long-b');
    expect(scoreOf([...wordsB, ...wordsA.slice(0, 8)])?.claimId).toBe('long-b');
    expect(scoreOf([...wordsA.slice(0, 10), ...wordsB])?.claimId).toBe('long-b');
    // The more of a claim a sentence shares, the higher it scores, whichever path scores it.
    const all = scoreOf(wordsA)?.score ?? 0;
    const part = scoreOf(wordsA.slice(0, 20))?.score ?? 0;
    expect(part).toBeGreaterThan(0.35);
    expect(all).toBeGreaterThan(part);
    expect(scoreOf([...wordsA, ...wordsB.slice(0, 5)])?.score).toBe(all);
  });
});
