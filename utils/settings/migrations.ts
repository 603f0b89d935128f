/**
 * Stored settings shapes of earlier versions and the migrations between them. WXT runs
 * `SETTINGS_MIGRATIONS[n]` to move a value from version n − 1 to n; the stored value may be
 * anything (an old build, a hand edit, a corrupt write), so every migration copies only what it
 * recognises and never throws. What it cannot read is left for validation to replace with defaults.
 */
import type { HighlightKind } from './types';

/** Version 1: a global switch and a flat list of sites turned off. */
export interface SettingsV1 {
  enabled: boolean;
  disabledSites: string[];
  /** Milliseconds. */
  hoverDelay: number;
}

/** Version 2: per-site on/off rules, pause, activation and theme; claims could be switched off. */
export interface SettingsV2 {
  paused: boolean;
  sites: Record<string, boolean>;
  hoverDelayMs: number;
  activation: 'hover' | 'click';
  highlightClaims: boolean;
  theme: 'auto' | 'light' | 'dark';
}

/** The storage version of the current `Settings` shape. */
export const SETTINGS_VERSION = 4;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** v1 → v2: `enabled` becomes `paused`, the site list becomes rules, the delay is renamed. */
export function migrateV1toV2(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const { enabled, disabledSites, hoverDelay, ...rest } = value;
  const next: Record<string, unknown> = { ...rest };
  if (typeof enabled === 'boolean') next.paused = !enabled;
  if (Array.isArray(disabledSites)) {
    const sites: Record<string, boolean> = {};
    for (const site of disabledSites) {
      if (typeof site === 'string' && site.trim()) sites[site.trim().toLowerCase()] = false;
    }
    next.sites = sites;
  }
  if (hoverDelay !== undefined) next.hoverDelayMs = hoverDelay;
  return next;
}

/**
 * v2 → v3: the single claims switch becomes a switch per highlight kind; "not this" entities,
 * highlight style and match strictness are new and start at their defaults (left out here).
 */
export function migrateV2toV3(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const { highlightClaims, ...rest } = value;
  const next: Record<string, unknown> = { ...rest };
  if (typeof highlightClaims === 'boolean') {
    const kinds: Record<HighlightKind, boolean> = {
      person: true,
      organization: true,
      project: true,
      government: true,
      other: true,
      claim: highlightClaims,
    };
    next.kinds = kinds;
  }
  return next;
}

/** The hover delay every version up to 3 started with. */
const V3_DEFAULT_HOVER_DELAY_MS = 300;

/**
 * v3 → v4: marking only the first mention of each name is new and starts at its default (left
 * out here); a hover delay still at the old default moves to the new one, so a pointer passing
 * over a name no longer opens its card, while a delay the reader chose is kept.
 */
export function migrateV3toV4(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const next: Record<string, unknown> = { ...value };
  if (next.hoverDelayMs === V3_DEFAULT_HOVER_DELAY_MS) delete next.hoverDelayMs;
  return next;
}

/** The map WXT's `defineItem({ migrations })` expects: target version → migration. */
export const SETTINGS_MIGRATIONS: Record<number, (value: unknown) => unknown> = {
  2: migrateV1toV2,
  3: migrateV2toV3,
  4: migrateV3toV4,
};

/** Runs every migration from `fromVersion` up to the current version (for imported files). */
export function migrateSettings(value: unknown, fromVersion: number): unknown {
  let migrated = value;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    migrated = SETTINGS_MIGRATIONS[version]?.(migrated) ?? migrated;
  }
  return migrated;
}
