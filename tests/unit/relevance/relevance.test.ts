/**
 * The relevance decision, the gate and the popup's sentence, on made-up evidence; and the page
 * pass over blocks with the real index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompiledIndex } from '../../../utils/index/types';
import { createMatcher } from '../../../utils/match/matcher';
import { decideRelevance, type EntityFacts } from '../../../utils/relevance/decide';
import { explainRelevance } from '../../../utils/relevance/explain';
import { showsClaim, showsMention } from '../../../utils/relevance/gate';
import { batchEnds, CHUNK_CHARS, scanPage } from '../../../utils/relevance/page-pass';
import { ALL_MAIN, roleAt } from '../../../utils/relevance/roles';

const index = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../data/compiled/index.json'), 'utf8'),
) as CompiledIndex;

const facts: Record<string, EntityFacts> = {
  tiktok: { scope: 'story', related: new Set(['bytedance', 'oracle', 'apple']) },
  bytedance: { scope: 'story', related: new Set(['tiktok']) },
  oracle: { scope: 'general', related: new Set(['tiktok']) },
  apple: { scope: 'general', related: new Set(['tiktok']) },
  facebook: { scope: 'general', related: new Set() },
};
const named = (...ids: string[]) =>
  ids.map((id) => ({ entityId: id, entityName: id === 'tiktok' ? 'TikTok' : id }));
const decide = (ids: string[], words = 300, claimScores: number[] = []) =>
  decideRelevance({ mentions: named(...ids), claimScores, words }, (id) => facts[id]);

describe('decideRelevance', () => {
  it('needs no story entity to say unrelated, and counts general ones for nothing alone', () => {
    expect(decide([]).relevance).toBe('unrelated');
    expect(decide(['facebook', 'facebook', 'oracle', 'apple']).relevance).toBe('unrelated');
  });

  it('one story entity, however often, is a passing mention', () => {
    expect(decide(['tiktok']).relevance).toBe('passing');
    expect(decide(['tiktok', 'tiktok', 'tiktok', 'tiktok']).relevance).toBe('passing');
  });

  it('two story entities named densely, or one with related general ones, are the story', () => {
    expect(decide(['tiktok', 'bytedance', 'tiktok']).relevance).toBe('on-topic');
    expect(decide(['tiktok', 'tiktok', 'oracle', 'apple', 'tiktok']).relevance).toBe('on-topic');
    // The same names thinly spread over a long page are still a passing mention.
    expect(decide(['tiktok', 'bytedance', 'tiktok'], 2000).relevance).toBe('passing');
  });

  it('a strongly stated claim beside a story entity is evidence on its own', () => {
    expect(decide(['tiktok'], 300, [0.5]).relevance).toBe('passing');
    expect(decide(['tiktok'], 300, [0.9]).relevance).toBe('on-topic');
    expect(decide([], 300, [0.9]).relevance).toBe('unrelated');
  });

  it('explains itself with the story name it is given', () => {
    expect(explainRelevance(decide(['tiktok']), 'TikTok US-data story')).toBe(
      "This page doesn't seem to be about the TikTok US-data story: 1 passing mention of TikTok.",
    );
    expect(explainRelevance(decide([]), 'X story')).toMatch(
      /^This page doesn't seem to be about the X story: its main text names none/,
    );
    expect(explainRelevance(decide(['tiktok', 'bytedance', 'tiktok']), 'X story')).toBe(
      'This page is about the X story: it names TikTok (2×) and bytedance (1×).',
    );
  });
});

describe('the gate', () => {
  const story = { scope: 'story', how: 'exact', informal: false } as const;
  const general = { scope: 'general', how: 'exact', informal: false } as const;
  it('shows nothing off the story', () => {
    expect(showsMention('unrelated', 'main', story)).toBe(false);
    expect(showsClaim('unrelated', 'main', 1)).toBe(false);
  });

  it('on a passing mention: story entities in the main text, strong claims only', () => {
    expect(showsMention('passing', 'main', story)).toBe(true);
    expect(showsMention('passing', 'chrome', story)).toBe(false);
    expect(showsMention('passing', 'main', general)).toBe(false);
    expect(showsMention('passing', 'main', { ...story, how: 'fuzzy' })).toBe(false);
    expect(showsMention('passing', 'main', { ...story, informal: true })).toBe(false);
    expect(showsClaim('passing', 'main', 0.6)).toBe(false);
    expect(showsClaim('passing', 'main', 0.85)).toBe(true);
  });

  it('on the story: its own and general entities and claims, in the main text only', () => {
    expect(showsMention('on-topic', 'chrome', story)).toBe(false);
    expect(showsMention('on-topic', 'chrome', general)).toBe(false);
    expect(showsMention('on-topic', 'main', general)).toBe(true);
    expect(showsMention('on-topic', 'comments', { ...story, how: 'fuzzy' })).toBe(false);
    expect(showsMention('on-topic', 'main', { ...story, informal: true })).toBe(true);
    expect(showsClaim('on-topic', 'main', 0.5)).toBe(true);
    expect(showsClaim('on-topic', 'comments', 1)).toBe(false);
    expect(showsClaim('on-topic', 'chrome', 1)).toBe(false);
  });
});

describe('the page pass', () => {
  const matcher = createMatcher(index);

  it('cuts batches by size alone', () => {
    const big = 'x'.repeat(CHUNK_CHARS / 2);
    expect(batchEnds([{ text: big }, { text: big }, { text: 'a' }])).toEqual([2, 3]);
    expect(batchEnds([])).toEqual([]);
  });

  it('an off-topic page shows nothing; Show everything shows what was found', () => {
    const blocks = [
      { text: 'Share on Facebook', roles: { starts: [0], roles: ['chrome' as const] } },
      { text: 'The Pentagon said Microsoft won the contract.', roles: ALL_MAIN },
    ];
    const page = scanPage(index, blocks, matcher);
    expect(page.decision.relevance).toBe('unrelated');
    expect(page.shown.flatMap((b) => b.mentions)).toEqual([]);
    expect(page.found.flatMap((b) => b.mentions.map((m) => m.entityId))).toEqual([
      'facebook',
      'us-department-of-defense',
      'microsoft',
    ]);
    const everything = scanPage(index, blocks, matcher, true);
    expect(everything.shown.flatMap((b) => b.mentions)).toHaveLength(3);
  });

  it('names from earlier blocks license follow-ups in later batches, as data', () => {
    const filler = `${'Words about the weather. '.repeat(CHUNK_CHARS / 25)}`;
    const blocks = [
      { text: 'Shou Zi Chew, TikTok’s chief executive, wrote to ByteDance.', roles: ALL_MAIN },
      { text: filler, roles: ALL_MAIN },
      { text: 'Chew said TikTok and ByteDance keep data apart.', roles: ALL_MAIN },
    ];
    expect(batchEnds(blocks)).toEqual([2, 3]);
    const page = scanPage(index, blocks, matcher);
    expect(page.shown[2]?.mentions.map((m) => m.text)).toEqual(['Chew', 'TikTok', 'ByteDance']);
  });

  it('finds the role of any offset of a block', () => {
    const spans = { starts: [0, 10], roles: ['chrome' as const, 'main' as const] };
    expect([roleAt(spans, 0), roleAt(spans, 9), roleAt(spans, 10), roleAt(spans, 99)]).toEqual([
      'chrome',
      'chrome',
      'main',
      'main',
    ]);
  });
});
