import { describe, expect, test } from 'vitest';
import {
  createLookup,
  entityGroup,
  groupPageState,
  sourceClaimMatrix,
} from '../../../utils/index/lookup';
import { popupIndex } from '../fixtures/popup-index';

const lookup = createLookup(popupIndex);

describe('lookup', () => {
  test('entity types map to the popup groups', () => {
    expect(entityGroup('person')).toBe('person');
    expect(entityGroup('product')).toBe('other');
    expect(entityGroup('law')).toBe('other');
  });

  test('claims of an entity and citations of a claim', () => {
    expect(lookup.claimsOf('bytedance').map((c) => c.id)).toEqual(['china-access', 'lark-data']);
    const claim = lookup.claim('china-access');
    expect(claim && lookup.citationsOf(claim).map((c) => c.article.outlet)).toEqual([
      'BuzzFeed News',
      "Born's Tech and Windows World (borncity.com)",
      'ClearanceJobs',
    ]);
    expect(lookup.claimsIn('sej-letter').map((c) => c.id)).toEqual(['tiktok-denial']);
  });

  test('grouping a page: non-empty groups in order, most mentioned first', () => {
    const grouped = groupPageState(lookup, {
      entities: [
        { entityId: 'oracle', count: 1 },
        { entityId: 'bytedance', count: 5 },
        { entityId: 'tiktok', count: 9 },
        { entityId: 'nope', count: 2 },
        { entityId: 'lark', count: 0 },
      ],
      claims: [{ claimId: 'china-access', count: 2 }],
    });
    expect(grouped.groups.map((g) => [g.id, g.items.map((i) => i.entity.id)])).toEqual([
      ['organization', ['bytedance', 'oracle']],
      ['other', ['tiktok']],
    ]);
    expect(grouped.total).toBe(4);
  });

  test('the source-by-claim matrix', () => {
    const { columns, rows } = sourceClaimMatrix(popupIndex);
    expect(columns).toHaveLength(5);
    const byId = Object.fromEntries(rows.map((r) => [r.claim.id, r]));
    // Two of its three outlets relay the first: one independent report, not corroboration.
    expect(byId['china-access']).toMatchObject({ sources: 1, corroborated: false, disputed: true });
    expect(byId['tiktok-denial']).toMatchObject({
      sources: 1,
      corroborated: false,
      disputed: true,
    });
    expect(byId['lark-data']).toMatchObject({ sources: 1, corroborated: false, disputed: false });
    expect(byId['china-access']?.cells.map((c) => c.length)).toEqual([0, 1, 1, 0, 1]);
    expect(rows[0]?.claim.id).toBe('china-access');
  });
});
