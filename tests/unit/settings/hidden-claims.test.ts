import { describe, expect, test } from 'vitest';
import {
  hiddenClaimsFor,
  withClaimHidden,
  withClaimShown,
} from '../../../utils/settings/hidden-claims';
import { defaultSettings } from '../../../utils/settings/types';
import { validateSettings } from '../../../utils/settings/validate';

describe('hidden claims', () => {
  test('hidden on a site and its subdomains; shown again from a subdomain', () => {
    const hidden = withClaimHidden(defaultSettings(), 'WWW.Example.com', 'c1');
    expect(hidden.hiddenClaims).toEqual({ 'example.com': ['c1'] });
    expect(withClaimHidden(hidden, 'example.com', 'c1')).toBe(hidden);
    expect([...hiddenClaimsFor(hidden, 'news.example.com')]).toEqual(['c1']);
    expect(hiddenClaimsFor(hidden, 'other.org').size).toBe(0);
    expect(withClaimShown(hidden, 'news.example.com', 'c1').hiddenClaims).toEqual({});
  });

  test('stored values are validated like hidden entities', () => {
    const { settings, problems } = validateSettings({
      hiddenClaims: { 'example.com': ['c1', 7, 'c1'], 'bad host!': ['c2'] },
    });
    expect(settings.hiddenClaims).toEqual({ 'example.com': ['c1'] });
    expect(problems.map((p) => p.field).sort()).toEqual([
      'hiddenClaims.bad host!',
      'hiddenClaims.example.com',
    ]);
  });
});
