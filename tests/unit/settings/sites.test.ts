import { describe, expect, test } from 'vitest';
import { hostnameChain, normalizeHostname } from '../../../utils/settings/hostname';
import {
  disabledSites,
  hiddenEntitiesFor,
  hiddenEntityList,
  isSiteEnabled,
  siteStatus,
  withEntityHidden,
  withEntityShown,
  withoutSiteRule,
  withSiteEnabled,
} from '../../../utils/settings/sites';
import { defaultSettings, type Settings } from '../../../utils/settings/types';

function withSites(sites: Record<string, boolean>): Settings {
  return { ...defaultSettings(), sites };
}

describe('hostnames', () => {
  test('normalise case, trailing dots, ports and a leading www.', () => {
    expect(normalizeHostname('WWW.Example.COM.')).toBe('example.com');
    expect(normalizeHostname('example.com:8080')).toBe('example.com');
    expect(normalizeHostname('www.com')).toBe('www.com');
  });

  test('chain runs from the most specific host to the registrable parent, never a bare TLD', () => {
    expect(hostnameChain('a.news.example.com')).toEqual([
      'a.news.example.com',
      'news.example.com',
      'example.com',
    ]);
    expect(hostnameChain('localhost')).toEqual(['localhost']);
    expect(hostnameChain('127.0.0.1')).toEqual(['127.0.0.1']);
  });
});

describe('per-site rules', () => {
  test('no rule means on', () => {
    expect(isSiteEnabled(defaultSettings(), 'example.com')).toBe(true);
    expect(siteStatus(defaultSettings(), 'example.com')).toBe('on');
  });

  test('a parent rule covers subdomains', () => {
    const s = withSites({ 'example.com': false });
    expect(isSiteEnabled(s, 'news.example.com')).toBe(false);
    expect(isSiteEnabled(s, 'example.org')).toBe(true);
    expect(isSiteEnabled(s, 'notexample.com')).toBe(true);
  });

  test('the most specific rule wins', () => {
    const s = withSites({ 'example.com': false, 'news.example.com': true });
    expect(isSiteEnabled(s, 'news.example.com')).toBe(true);
    expect(isSiteEnabled(s, 'live.news.example.com')).toBe(true);
    expect(isSiteEnabled(s, 'shop.example.com')).toBe(false);
    const reversed = withSites({ 'example.com': true, 'news.example.com': false });
    expect(isSiteEnabled(reversed, 'news.example.com')).toBe(false);
    expect(isSiteEnabled(reversed, 'example.com')).toBe(true);
  });

  test('www. and the bare domain are one site', () => {
    const s = withSiteEnabled(defaultSettings(), 'www.example.com', false);
    expect(s.sites).toEqual({ 'example.com': false });
    expect(isSiteEnabled(s, 'example.com')).toBe(false);
    expect(isSiteEnabled(s, 'WWW.EXAMPLE.COM')).toBe(false);
  });

  test('IP addresses are a single site', () => {
    const s = withSiteEnabled(defaultSettings(), '127.0.0.1', false);
    expect(isSiteEnabled(s, '127.0.0.1')).toBe(false);
    expect(isSiteEnabled(s, '10.0.0.1')).toBe(true);
  });

  test('pause wins over site rules', () => {
    const s = { ...withSites({ 'example.com': true }), paused: true };
    expect(siteStatus(s, 'example.com')).toBe('paused');
    expect(
      siteStatus({ ...s, paused: false, sites: { 'example.com': false } }, 'example.com'),
    ).toBe('site-off');
  });

  test('withSiteEnabled stores only rules that change something and does not mutate', () => {
    const base = withSites({ 'example.com': false });
    const on = withSiteEnabled(base, 'news.example.com', true);
    expect(on.sites).toEqual({ 'example.com': false, 'news.example.com': true });
    expect(base.sites).toEqual({ 'example.com': false });
    const offAgain = withSiteEnabled(on, 'news.example.com', false);
    expect(offAgain.sites).toEqual({ 'example.com': false });
    expect(withSiteEnabled(defaultSettings(), 'example.com', true).sites).toEqual({});
  });

  test('the list of sites turned off, and removing a rule', () => {
    const s = withSites({ 'b.com': false, 'a.com': false, 'c.com': true });
    expect(disabledSites(s)).toEqual(['a.com', 'b.com']);
    expect(withoutSiteRule(s, 'a.com').sites).toEqual({ 'b.com': false, 'c.com': true });
  });
});

describe('hidden entities ("not this")', () => {
  test('hidden on a site and its subdomains only', () => {
    const s = withEntityHidden(defaultSettings(), 'www.nytimes.com', 'lark');
    expect(s.hiddenEntities).toEqual({ 'nytimes.com': ['lark'] });
    expect(hiddenEntitiesFor(s, 'nytimes.com')).toEqual(new Set(['lark']));
    expect(hiddenEntitiesFor(s, 'cooking.nytimes.com')).toEqual(new Set(['lark']));
    expect(hiddenEntitiesFor(s, 'example.com').size).toBe(0);
  });

  test('hiding twice is a no-op; showing removes it from the site and its parents', () => {
    let s = withEntityHidden(defaultSettings(), 'nytimes.com', 'lark');
    expect(withEntityHidden(s, 'nytimes.com', 'lark')).toBe(s);
    s = withEntityHidden(s, 'cooking.nytimes.com', 'oracle');
    s = withEntityHidden(s, 'cooking.nytimes.com', 'lark');
    expect(hiddenEntityList(s)).toEqual([
      { host: 'cooking.nytimes.com', entityId: 'oracle' },
      { host: 'cooking.nytimes.com', entityId: 'lark' },
      { host: 'nytimes.com', entityId: 'lark' },
    ]);
    const shown = withEntityShown(s, 'cooking.nytimes.com', 'lark');
    expect(hiddenEntitiesFor(shown, 'cooking.nytimes.com')).toEqual(new Set(['oracle']));
    expect(shown.hiddenEntities).toEqual({ 'cooking.nytimes.com': ['oracle'] });
  });
});
