/**
 * Reads settings defensively: every field is checked on its own with valibot, and a field that is
 * missing or wrong falls back to its default while the valid fields are kept. Problems are
 * reported once each (console.warn), so a corrupt value never breaks the popup or the page.
 */
import * as v from 'valibot';
import { isValidHostname, normalizeHostname } from './hostname';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  HIGHLIGHT_KINDS,
  MAX_HOVER_DELAY_MS,
  type Settings,
} from './types';

const FieldSchemas = {
  paused: v.boolean(),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_HOVER_DELAY_MS)),
  markMode: v.picklist(['first', 'every']),
  activation: v.picklist(['hover', 'click']),
  highlightStyle: v.picklist(['underline', 'background', 'dotted']),
  strictness: v.picklist(['strict', 'balanced', 'loose']),
  theme: v.picklist(['auto', 'light', 'dark']),
  citationFormat: v.picklist(['plain', 'markdown', 'bibtex', 'csl-json']),
} as const;

const EntityIdSchema = v.pipe(v.string(), v.nonEmpty(), v.maxLength(200));

/** One thing that was wrong with a stored value and what replaced it. */
export interface SettingsProblem {
  field: string;
  message: string;
}

export interface ValidationResult {
  settings: Settings;
  problems: SettingsProblem[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  try {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  } catch {
    return typeof value;
  }
}

/** Checks `raw` field by field; never throws. */
export function validateSettings(raw: unknown): ValidationResult {
  const settings = defaultSettings();
  const problems: SettingsProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });

  if (raw === null || raw === undefined) return { settings, problems };
  if (!isRecord(raw)) {
    problem('(root)', `expected an object, got ${describe(raw)}; using the defaults`);
    return { settings, problems };
  }

  for (const field of Object.keys(FieldSchemas) as (keyof typeof FieldSchemas)[]) {
    if (!(field in raw)) continue;
    const result = v.safeParse(FieldSchemas[field], raw[field]);
    if (result.success) {
      (settings as unknown as Record<string, unknown>)[field] = result.output;
    } else {
      problem(
        field,
        `${describe(raw[field])} is not valid (${result.issues[0]?.message ?? 'invalid'}); using ${describe(DEFAULT_SETTINGS[field])}`,
      );
    }
  }

  if ('sites' in raw) {
    if (isRecord(raw.sites)) {
      for (const [host, on] of Object.entries(raw.sites)) {
        const key = normalizeHostname(host);
        if (typeof on === 'boolean' && isValidHostname(key)) settings.sites[key] = on;
        else problem(`sites.${host}`, `rule ${describe(on)} for ${describe(host)} dropped`);
      }
    } else {
      problem('sites', `${describe(raw.sites)} is not a map of sites; using no rules`);
    }
  }

  for (const field of ['hiddenEntities', 'hiddenClaims'] as const) {
    if (!(field in raw)) continue;
    const value = raw[field];
    if (isRecord(value)) {
      for (const [host, ids] of Object.entries(value)) {
        const key = normalizeHostname(host);
        if (!isValidHostname(key) || !Array.isArray(ids)) {
          problem(`${field}.${host}`, `${describe(ids)} for ${describe(host)} dropped`);
          continue;
        }
        const valid = ids.filter((id): id is string => v.is(EntityIdSchema, id));
        if (valid.length !== ids.length) {
          problem(`${field}.${host}`, 'entries that are not ids were dropped');
        }
        if (valid.length) settings[field][key] = [...new Set(valid)];
      }
    } else {
      problem(field, `${describe(value)} is not a map; using none`);
    }
  }

  if ('kinds' in raw) {
    if (isRecord(raw.kinds)) {
      for (const kind of HIGHLIGHT_KINDS) {
        const on = raw.kinds[kind];
        if (typeof on === 'boolean') settings.kinds[kind] = on;
        else if (on !== undefined) problem(`kinds.${kind}`, `${describe(on)} is not on/off`);
      }
    } else {
      problem('kinds', `${describe(raw.kinds)} is not a map of kinds; highlighting every kind`);
    }
  }

  return { settings, problems };
}

const reported = new Set<string>();
/**
 * Warnings per read at most: a value with thousands of bad entries (20,000 invalid site keys)
 * gets a few lines and a count, not a line each.
 */
const MAX_WARNINGS_PER_READ = 3;

/** Like `validateSettings`, and warns in the console once per distinct problem, a few at most. */
export function parseSettings(raw: unknown, warn: (message: string) => void = console.warn) {
  const { settings, problems } = validateSettings(raw);
  let warned = 0;
  let more = 0;
  for (const { field, message } of problems) {
    const text = `Fact Cards settings: ${field}: ${message}`;
    if (reported.has(text)) continue;
    if (warned === MAX_WARNINGS_PER_READ) {
      more++;
      continue;
    }
    reported.add(text);
    warn(text);
    warned++;
  }
  if (more) {
    const text = `Fact Cards settings: ${more} more problems of the same stored value were fixed the same way`;
    if (!reported.has(text)) {
      reported.add(text);
      warn(text);
    }
  }
  return settings;
}

/** Forgets which problems were reported (tests). */
export function resetSettingsWarnings(): void {
  reported.clear();
}
