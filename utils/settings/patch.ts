/**
 * A settings change as data: what one writer changed, field by field and entry by entry, so that
 * it can be applied to whatever is stored by the time it is written. Two tabs changing the
 * settings at once then keep both changes: each patch only carries its own. Pure.
 */
import { HIGHLIGHT_KINDS, type HighlightKind, type Settings } from './types';

const SCALAR_FIELDS = [
  'paused',
  'hoverDelayMs',
  'activation',
  'highlightStyle',
  'strictness',
  'theme',
  'citationFormat',
] as const satisfies readonly (keyof Settings)[];

type ScalarField = (typeof SCALAR_FIELDS)[number];

export interface SettingsPatch {
  /** Everything replaced (an imported file). */
  replace?: Settings;
  fields?: Partial<Pick<Settings, ScalarField>>;
  kinds?: Partial<Record<HighlightKind, boolean>>;
  /** Site rules set (true/false) or removed (null). */
  sites?: Record<string, boolean | null>;
  /** Entities hidden on, or shown again on, a site. */
  hidden?: Record<string, { add: string[]; remove: string[] }>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What turns `base` into `next`. */
export function diffSettings(base: Settings, next: Settings): SettingsPatch {
  const patch: SettingsPatch = {};
  const fields: Record<string, unknown> = {};
  for (const field of SCALAR_FIELDS) {
    if (base[field] !== next[field]) fields[field] = next[field];
  }
  if (Object.keys(fields).length) patch.fields = fields as SettingsPatch['fields'];
  const kinds: Partial<Record<HighlightKind, boolean>> = {};
  for (const kind of HIGHLIGHT_KINDS) {
    if (base.kinds[kind] !== next.kinds[kind]) kinds[kind] = next.kinds[kind];
  }
  if (Object.keys(kinds).length) patch.kinds = kinds;
  const sites: Record<string, boolean | null> = {};
  for (const host of new Set([...Object.keys(base.sites), ...Object.keys(next.sites)])) {
    const before = base.sites[host];
    const after = next.sites[host];
    if (before !== after) sites[host] = after ?? null;
  }
  if (Object.keys(sites).length) patch.sites = sites;
  const hidden: NonNullable<SettingsPatch['hidden']> = {};
  const hosts = new Set([...Object.keys(base.hiddenEntities), ...Object.keys(next.hiddenEntities)]);
  for (const host of hosts) {
    const before = new Set(base.hiddenEntities[host] ?? []);
    const after = new Set(next.hiddenEntities[host] ?? []);
    const add = [...after].filter((id) => !before.has(id));
    const remove = [...before].filter((id) => !after.has(id));
    if (add.length || remove.length) hidden[host] = { add, remove };
  }
  if (Object.keys(hidden).length) patch.hidden = hidden;
  return patch;
}

export function isEmptyPatch(patch: SettingsPatch): boolean {
  return Object.keys(patch).length === 0;
}

/**
 * Applies a patch to a stored value, which may hold fields this version does not know (a value
 * written by a newer version): those are kept as they are.
 */
export function applyPatch(stored: unknown, patch: SettingsPatch): Record<string, unknown> {
  if (patch.replace) return structuredClone(patch.replace) as unknown as Record<string, unknown>;
  const next: Record<string, unknown> = isRecord(stored) ? { ...stored } : {};
  Object.assign(next, patch.fields);
  if (patch.kinds) next.kinds = { ...(isRecord(next.kinds) ? next.kinds : {}), ...patch.kinds };
  if (patch.sites) {
    const sites: Record<string, unknown> = isRecord(next.sites) ? { ...next.sites } : {};
    for (const [host, on] of Object.entries(patch.sites)) {
      if (on === null) delete sites[host];
      else sites[host] = on;
    }
    next.sites = sites;
  }
  if (patch.hidden) {
    const all: Record<string, unknown> = isRecord(next.hiddenEntities)
      ? { ...next.hiddenEntities }
      : {};
    for (const [host, { add, remove }] of Object.entries(patch.hidden)) {
      const current = Array.isArray(all[host]) ? (all[host] as unknown[]) : [];
      const removed = new Set(remove);
      const ids = [...new Set([...current.filter((id) => !removed.has(id as string)), ...add])];
      if (ids.length) all[host] = ids;
      else delete all[host];
    }
    next.hiddenEntities = all;
  }
  return next;
}
