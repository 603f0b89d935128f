/**
 * Claim matching with the real index on sentences written apart from the claims: what a
 * careful reader would link, and what only shares a few words with a claim.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompiledIndex } from '../../../utils/index/types';
import { createMatcher } from '../../../utils/match/matcher';

const indexFile = join(import.meta.dirname, '../../../data/compiled/index.json');
if (!existsSync(indexFile))
  throw new Error('data/compiled/index.json is missing: run `npm run build:index`');
const matcher = createMatcher(JSON.parse(readFileSync(indexFile, 'utf8')) as CompiledIndex);
const claimsIn = (text: string) => matcher.scan(text).claims.map((c) => c.claimId);

describe('claim matching (real index)', () => {
  it('links a paraphrase that names the people and organisations of the claim', () => {
    expect(
      claimsIn(
        'Adam Segal, of the Council on Foreign Relations, has argued that where the data sits matters little if it can still be reached from China.',
      ),
    ).toEqual(['segal-location-does-not-matter']);
    expect(
      claimsIn(
        'In his letter to senators, chief executive Shou Chew said some employees in China could see US data, but only under controls approved by a security team in the United States.',
      ),
    ).toEqual(['chew-china-staff-may-access-under-controls']);
  });

  it('takes two names few claims list together as specific evidence, one name alone not', () => {
    expect(
      claimsIn(
        'Shou Chew has said again and again that the Chinese government has no control over the company.',
      ),
    ).toEqual(['chew-denies-chinese-government-control']);
    expect(
      claimsIn('Shou Chew has said again and again that nobody has control over the company.'),
    ).toEqual([]);
  });

  it('takes no yes/no question for a claim, but a question that takes the claim as given', () => {
    const reported =
      'China-based ByteDance employees repeatedly accessed nonpublic data about US TikTok users';
    expect(
      claimsIn(`TikTok answers critics. Did ${reported.replace('accessed', 'access')}?`),
    ).toEqual([]);
    expect(
      claimsIn(`TikTok answers critics. Why did ${reported.replace('accessed', 'access')}?`),
    ).toEqual(['bf-leaked-audio-china-accessed-us-data']);
  });

  it('explains a match by the names and the words that weighed', () => {
    const [claim] = matcher.scan(
      'Garret Grajek, the chief executive of YouAttest, went further and warned about the size of the app on Android phones.',
    ).claims;
    expect(claim?.claimId).toBe('grajek-ingenious-malware');
    expect(claim?.why).toMatch(/^Names Garret Grajek, YouAttest(, Android)?; shares “warned”/);
    expect(claim?.shared).toEqual(['warned']);
  });

  it('does not match short lines or sentences that share only common words', () => {
    expect(claimsIn('Technology · Long read')).toEqual([]);
    expect(claimsIn('The hearing is expected next month.')).toEqual([]);
    expect(claimsIn("Lawmakers renew scrutiny of TikTok's data practices")).toEqual([]);
    expect(
      claimsIn(
        'Whatever happens, the questions raised by the recordings, the letter and the chat groups will shape how regulators think about apps owned abroad for years to come.',
      ),
    ).toEqual([]);
    expect(claimsIn('ByteDance also owns Douyin, the Chinese version of TikTok.')).toEqual([]);
  });

  it('lowers a claim attributed to someone other than the person the sentence names', () => {
    // The claim's words, said by someone the claim does not name.
    const text =
      'Roger Entner said TikTok spokesperson called the documents dated and said they did not accurately describe how TikTok handles protected data.';
    const [claim] = matcher.scan(text).claims;
    const [unnamed] = matcher.scan(text.replace('Roger Entner said', 'A')).claims;
    expect(unnamed?.claimId).toBe('haurek-documents-dated');
    expect(claim?.score ?? 0).toBeLessThan(unnamed?.score ?? 0);
  });
});
