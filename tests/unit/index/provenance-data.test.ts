/**
 * The audit's findings on provenance, pinned on the real data: relays do not count as
 * corroboration, links say what they are, and background is kept apart from the reports.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSeedDocuments } from '../../../scripts/seed-documents';
import { sourcesLine } from '../../../utils/citation/attribution';
import { compileIndex } from '../../../utils/index/compile';
import { createLookup } from '../../../utils/index/lookup';
import type { Claim } from '../../../utils/index/types';

const readData = (name: string): unknown => JSON.parse(readFileSync(resolve('data', name), 'utf8'));
const index = compileIndex({
  articles: readData('articles.json'),
  entities: readData('entities.json'),
  claims: readData('claims.json'),
  documents: readSeedDocuments(),
});
const lookup = createLookup(index);
const claim = (id: string): Claim => {
  const found = lookup.claim(id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};
const entity = (id: string) => {
  const found = lookup.entity(id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
};

describe('independent origins', () => {
  test.each([
    ['everything-is-seen-in-china', '1 original report (BuzzFeed News), relayed by 2'],
    ['master-admin-access-to-everything', '1 original report (BuzzFeed News), relayed by 2'],
    ['bf-recordings-corroborated', '1 original report (BuzzFeed News), relayed by 2'],
    ['bf-leaked-audio-china-accessed-us-data', '1 original report (BuzzFeed News), relayed by 2'],
    ['booz-allen-backdoor', '1 original report (BuzzFeed News), relayed by 1'],
    ['nyt-lark-groups-thousands-of-members', '1 original report (The New York Times)'],
    ['tiktok-headquarters', '2 independent reports (The New York Times; BuzzFeed News)'],
  ])('%s: %s', (id, line) => {
    expect(sourcesLine(claim(id), lookup.article)).toBe(line);
  });

  test('one leak, one outlet is never "corroborated"', () => {
    const leak = index.claims.filter((c) => c.origins.length === 1 && c.relays.length > 0);
    expect(leak.length).toBeGreaterThanOrEqual(10);
    for (const c of leak) expect(c.status).not.toBe('corroborated');
  });
});

describe('links', () => {
  test('answers are not disputes; the missing links exist', () => {
    expect(claim('haurek-documents-dated').disputes).toEqual([]);
    expect(claim('segal-location-does-not-matter').respondsTo).toContain(
      'tiktok-stores-us-data-backups-singapore',
    );
    expect(claim('sej-tiktok-denied-china-access').disputes).toEqual([]);
    expect(claim('chew-denies-chinese-government-control').disputes).toEqual([]);
    expect(claim('chew-staff-lack-big-picture').kind).toBe('assertion');
    expect(claim('tiktok-june-17-statement').respondsTo).toEqual([]);
    expect(claim('nyt-lark-data-on-servers-in-china').disputes).toContain(
      'tiktok-stores-us-data-backups-singapore',
    );
    expect(claim('booz-allen-consultants-migration').confirmedBy).toContain(
      'chew-working-with-oracle-booz-allen',
    );
    expect(claim('bf-leaked-audio-china-accessed-us-data').confirmedBy).toContain(
      'chew-china-staff-may-access-under-controls',
    );
  });
});

describe('attribution and background', () => {
  test('leaked-audio content is attributed to the outlet from its record', () => {
    for (const id of [
      'bf-recordings-corroborated',
      'everything-is-seen-in-china',
      'master-admin-access-to-everything',
      'booz-allen-consultants-migration',
      'booz-allen-backdoor',
      'uids-not-protected',
      'tools-undocumented',
      'usts-chinese-nationals-not-allowed',
      'policy-employee-doubts-tools-built-in-china',
    ])
      expect(claim(id).text, id).toMatch(
        /according to (leaked recordings reviewed by )?BuzzFeed News/i,
      );
  });

  test('unverified outlets are never named in claim or entity text', () => {
    const texts = [...index.claims.map((c) => c.text), ...index.entities.map((e) => e.description)];
    for (const text of texts)
      expect(text).not.toMatch(/Search Engine Journal|borncity|Born's Tech/);
  });

  test('facts from outside the documents are background with a source', () => {
    expect(entity('montana-tiktok-ban').description).not.toMatch(/419|blocked/);
    expect(entity('montana-tiktok-ban').background?.map((b) => b.source.publisher)).toEqual([
      'Montana State Legislature',
      'US District Court for the District of Montana',
    ]);
    expect(entity('executive-order-13942').description).not.toMatch(/August 6/);
    expect(entity('buzzfeed-news').description).not.toMatch(/closed/);
    expect(entity('buzzfeed-news').background?.[0]?.text).toBe(
      'BuzzFeed News closed in April 2023.',
    );
    expect(claim('oracle-walmart-deal-news').text).not.toMatch(/2020|never completed/);
    expect(claim('commerce-download-ban-blocked').text).not.toMatch(/2020/);
  });

  test('"governor of Montana" only counts beside TikTok or the ban', () => {
    const rule = entity('greg-gianforte').aliases.find((a) => a.text === 'governor of Montana');
    expect(rule?.when).toBe('sameSentence');
    expect(entity('facebook').aliases.map((a) => a.text)).not.toContain('Meta Platforms');
  });

  test('the missing entities and claims are present', () => {
    for (const id of [
      'joe-biden',
      'sapna-maheshwari',
      'ryan-mac',
      'cyberspace-administration-of-china',
      'oracle-texas-data-center',
    ])
      expect(lookup.entity(id), id).toBeDefined();
    expect(entity('joe-biden').aliases.map((a) => a.text)).toContain('President Biden');
    for (const id of [
      'tiktok-says-us-data-not-subject-to-chinese-law',
      'former-employee-corroborated-usts-account',
      'chew-advanced-security-controls',
    ])
      expect(lookup.claim(id), id).toBeDefined();
  });

  test('a spun copy’s quote carries the original wording another document quotes', () => {
    const cite = claim('booz-allen-backdoor').citations.find((c) => c.article === 'buzzfeed-audio');
    expect(cite?.originalWording?.article).toBe('borncity-audio');
    expect(cite?.originalWording?.selector.exact).toContain('I feel like there');
  });
});
