/**
 * Per-site rules, resolved most-specific hostname first (like uBlock Origin's hnswitches and
 * Dark Reader's isURLEnabled): a rule for news.example.com beats one for example.com, and no rule
 * at all means on. Pure functions over `Settings`; the updaters return new objects.
 */
import { hostnameChain, normalizeHostname } from './hostname';
import type { Settings } from './types';

export type SiteStatus = 'on' | 'site-off' | 'paused';

/** The rule that decides `hostname`, if any: the most specific one along its chain. */
export function ruleFor(
  settings: Settings,
  hostname: string,
): { host: string; on: boolean } | undefined {
  for (const host of hostnameChain(hostname)) {
    const on = settings.sites[host];
    if (typeof on === 'boolean') return { host, on };
  }
  return undefined;
}

/** Whether the site's own rules let Fact Cards run there (ignores "Pause everywhere"). */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return ruleFor(settings, hostname)?.on ?? true;
}

/** Pausing wins over any site rule. */
export function siteStatus(settings: Settings, hostname: string): SiteStatus {
  if (settings.paused) return 'paused';
  return isSiteEnabled(settings, hostname) ? 'on' : 'site-off';
}

/**
 * Turns the site on or off. The rule is stored for the normalised hostname; a rule that would
 * only repeat what a parent domain already says is removed instead, so the list stays short.
 */
export function withSiteEnabled(settings: Settings, hostname: string, on: boolean): Settings {
  const host = normalizeHostname(hostname);
  if (!host) return settings;
  const sites = { ...settings.sites };
  delete sites[host];
  const inherited = ruleFor({ ...settings, sites }, host)?.on ?? true;
  if (inherited !== on) sites[host] = on;
  return { ...settings, sites };
}

/** Removes the rule stored under exactly this hostname (the "remove" button of the list). */
export function withoutSiteRule(settings: Settings, hostname: string): Settings {
  const host = normalizeHostname(hostname);
  if (!(host in settings.sites)) return settings;
  const sites = { ...settings.sites };
  delete sites[host];
  return { ...settings, sites };
}

/** Sites switched off by their own rule, sorted. */
export function disabledSites(settings: Settings): string[] {
  return Object.entries(settings.sites)
    .filter(([, on]) => !on)
    .map(([host]) => host)
    .sort();
}

/** Entities hidden with "not this" on this site or any of its parent domains. */
export function hiddenEntitiesFor(settings: Settings, hostname: string): Set<string> {
  const hidden = new Set<string>();
  for (const host of hostnameChain(hostname)) {
    for (const id of settings.hiddenEntities[host] ?? []) hidden.add(id);
  }
  return hidden;
}

/** "Not this": hides the entity on this site (stored for the normalised hostname). */
export function withEntityHidden(settings: Settings, hostname: string, entityId: string): Settings {
  const host = normalizeHostname(hostname);
  if (!host || !entityId) return settings;
  const current = settings.hiddenEntities[host] ?? [];
  if (current.includes(entityId)) return settings;
  return {
    ...settings,
    hiddenEntities: { ...settings.hiddenEntities, [host]: [...current, entityId] },
  };
}

/**
 * Shows the entity on this site again. It is removed from the site and from every parent domain
 * that hid it, otherwise it would stay hidden through the parent.
 */
export function withEntityShown(settings: Settings, hostname: string, entityId: string): Settings {
  const chain = new Set(hostnameChain(hostname));
  let changed = false;
  const hiddenEntities: Record<string, string[]> = {};
  for (const [host, ids] of Object.entries(settings.hiddenEntities)) {
    const kept = chain.has(host) ? ids.filter((id) => id !== entityId) : ids;
    if (kept.length !== ids.length) changed = true;
    if (kept.length) hiddenEntities[host] = kept;
  }
  return changed ? { ...settings, hiddenEntities } : settings;
}

/** Every hidden entity as (site, entity) pairs, sorted by site. */
export function hiddenEntityList(settings: Settings): { host: string; entityId: string }[] {
  return Object.keys(settings.hiddenEntities)
    .sort()
    .flatMap((host) =>
      (settings.hiddenEntities[host] ?? []).map((entityId) => ({ host, entityId })),
    );
}
