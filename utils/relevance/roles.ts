/** Which parts of a block's text are main text, chrome or comments. */
import { lastAtOrBefore } from '../sorted';
import type { BlockRole } from './chrome';

/** Runs of one role: `roles[i]` holds from `starts[i]` to the next start (the first is 0). */
export interface RoleSpans {
  starts: readonly number[];
  roles: readonly BlockRole[];
}

export const ALL_MAIN: RoleSpans = { starts: [0], roles: ['main'] };

export function roleAt(spans: RoleSpans, offset: number): BlockRole {
  return spans.roles[Math.max(0, lastAtOrBefore(spans.starts, offset))] ?? 'main';
}

/** The parts of `text` in the main role, in order. */
export function mainParts(text: string, spans: RoleSpans): string[] {
  const parts: string[] = [];
  spans.roles.forEach((role, i) => {
    if (role !== 'main') return;
    parts.push(text.slice(spans.starts[i], spans.starts[i + 1] ?? text.length));
  });
  return parts;
}
