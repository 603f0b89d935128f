/**
 * Names that are not ours, read with the real index: other people's full names, longer proper
 * names, usernames, handles and addresses, and close spellings that must not license others.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompiledIndex } from '../../../utils/index/types';
import { createMatcher } from '../../../utils/match/matcher';

const index = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../data/compiled/index.json'), 'utf8'),
) as CompiledIndex;
const matcher = createMatcher(index);
const found = (text: string, namedBefore?: Set<string>) =>
  matcher.scan(text, { namedBefore }).mentions.map((m) => [m.text, m.entityId]);

describe('names that are not ours', () => {
  it('a family name inside another full name is not the indexed person', () => {
    const text =
      'Donald Trump spoke. Melania Trump and Barron Trump waved. Later Trump left for Trump Tower.';
    expect(found(text)).toEqual([
      ['Donald Trump', 'donald-trump'],
      ['Trump', 'donald-trump'],
    ]);
  });

  it('the start of a longer proper name is not the index entity', () => {
    const text =
      'The New York Times reported it. The Times of India did too, as did The World Factbook. ' +
      'Shops in Pentagon City opened, fifty years after the Pentagon Papers.';
    expect(found(text)).toEqual([['The New York Times', 'new-york-times']]);
  });

  it('the name itself is still read, before a comma or a lower-case word', () => {
    expect(found('The Pentagon said, as the Pentagon does, that Facebook Inc. agreed.')).toEqual([
      ['The Pentagon', 'us-department-of-defense'],
      ['the Pentagon', 'us-department-of-defense'],
      ['Facebook', 'facebook'],
    ]);
  });

  it('no close spelling inside usernames, handles, e-mail addresses or URLs', () => {
    const text =
      'GhostTikTak wrote: great read. Ring_Apple replied. Mail tips@bytedanse.com or see https://example.com/TikTak or @TikTak.';
    expect(found(text)).toEqual([]);
  });

  it('a close spelling never licenses another entity', () => {
    // "Apple" alone needs a related entity named on the page; the misspelt TikTok is no licence.
    expect(found('Tiktak fans love Apple phones.')).toEqual([['Tiktak', 'tiktok']]);
    expect(found('TikTok fans love Apple phones.')).toEqual([
      ['TikTok', 'tiktok'],
      ['Apple', 'apple'],
    ]);
  });

  it('names seen earlier on the page are passed as data and license follow-ups', () => {
    expect(found('Chew spoke again.')).toEqual([]);
    expect(found('Chew spoke again.', new Set(['shou-zi-chew']))).toEqual([
      ['Chew', 'shou-zi-chew'],
    ]);
  });
});
