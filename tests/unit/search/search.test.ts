import { describe, expect, test } from 'vitest';
import { createIndexSearch, type SearchHit } from '../../../utils/search/search';
import { popupIndex } from '../fixtures/popup-index';

const index = createIndexSearch(popupIndex);

function ids(hits: SearchHit[]): string[] {
  return hits.map((h) => (h.kind === 'entity' ? h.entity.id : h.claim.id));
}

describe('entity search', () => {
  test.each([
    ['bytedanse', 'bytedance'],
    ['ByteDance', 'bytedance'],
    ['projekt texas', 'project-texas'],
    ['shou chew', 'shou-zi-chew'],
    ['Shou Zi Chew', 'shou-zi-chew'],
    ['tiktop', 'tiktok'],
    ['oracel', 'oracle'],
    ['venture texas', 'project-texas'],
    ['chew', 'shou-zi-chew'],
  ])('%s finds %s first', (query, id) => {
    const hits = index.search(query);
    expect(hits[0]?.kind).toBe('entity');
    expect(ids(hits)[0]).toBe(id);
  });

  test('descriptions are searched too', () => {
    expect(ids(index.search('messaging tool'))).toContain('lark');
  });

  test('nonsense and very short queries find nothing', () => {
    expect(index.search('zzqxw')).toEqual([]);
    expect(index.search('a')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
  });
});

describe('claim search', () => {
  test('claim texts and keywords', () => {
    expect(ids(index.search('driver licenses'))).toContain('lark-data');
    expect(ids(index.search('leaked audio'))).toContain('china-access');
    expect(ids(index.search('denied sensitive data'))).toContain('tiktok-denial');
  });

  test('limit and ordering', () => {
    const hits = index.search('tiktok', { limit: 2 });
    expect(hits).toHaveLength(2);
    expect(ids(hits)[0]).toBe('tiktok');
    for (let i = 1; i < hits.length; i++) {
      expect(hits[i]?.score).toBeGreaterThanOrEqual(hits[i - 1]?.score ?? 0);
    }
  });
});
