/**
 * Claims hidden with "not this", per site, like hidden entities (sites.ts): resolved along the
 * hostname's chain, stored for the normalised hostname. Pure functions over `Settings`.
 */
import { hostnameChain, normalizeHostname } from './hostname';
import type { Settings } from './types';

/** Claims hidden on this site or any of its parent domains. */
export function hiddenClaimsFor(settings: Settings, hostname: string): Set<string> {
  const hidden = new Set<string>();
  for (const host of hostnameChain(hostname)) {
    for (const id of settings.hiddenClaims[host] ?? []) hidden.add(id);
  }
  return hidden;
}

export function withClaimHidden(settings: Settings, hostname: string, claimId: string): Settings {
  const host = normalizeHostname(hostname);
  if (!host || !claimId) return settings;
  const current = settings.hiddenClaims[host] ?? [];
  if (current.includes(claimId)) return settings;
  return { ...settings, hiddenClaims: { ...settings.hiddenClaims, [host]: [...current, claimId] } };
}

/** Shows the claim again on this site and on every parent domain that hid it. */
export function withClaimShown(settings: Settings, hostname: string, claimId: string): Settings {
  const chain = new Set(hostnameChain(hostname));
  let changed = false;
  const hiddenClaims: Record<string, string[]> = {};
  for (const [host, ids] of Object.entries(settings.hiddenClaims)) {
    const kept = chain.has(host) ? ids.filter((id) => id !== claimId) : ids;
    if (kept.length !== ids.length) changed = true;
    if (kept.length) hiddenClaims[host] = kept;
  }
  return changed ? { ...settings, hiddenClaims } : settings;
}
