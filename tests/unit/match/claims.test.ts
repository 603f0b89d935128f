import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../utils/match/matcher';
import { miniIndex } from '../fixtures/mini-index';

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
      'Unrelated intro.\n\nStaff said “everything is seen in China” at a September 2021 meeting of the Trust and Safety team. Another sentence follows.';
    const claims = matcher.scan(text).claims;
    expect(claims).toHaveLength(1);
    const [claim] = claims;
    expect(claim?.claimId).toBe('everything-is-seen-in-china');
    expect(text.slice(claim?.start, claim?.end)).toBe(claim?.sentence);
    expect(claim?.sentence.startsWith('Staff said')).toBe(true);
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
      'Leaked audio from 80 internal meetings showed China-based employees accessed nonpublic data.',
    ].join(' ');
    expect(claimsIn(text)).toEqual(['project-texas-oracle-servers', 'leaked-audio-80-meetings']);
  });

  it('asks for more shared words in strict mode', () => {
    const strict = createMatcher(miniIndex, { strictness: 'strict' });
    const text = 'Shou Zi Chew sent a letter to nine senators.';
    expect(claimsIn(text)).toEqual(['chew-letter-senators']);
    expect(claimsIn(text, strict)).toEqual([]);
  });
});
