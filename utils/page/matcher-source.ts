/**
 * The matcher for the current strictness, built once and rebuilt only when the strictness
 * changes. A full pass builds it in steps (`prepare`) so that building never makes a long task:
 * reading the index and its prepared tables out of the asset are steps of their own.
 */
import type { CompiledIndex } from '../index/types';
import type { Matcher } from '../match/matcher';
import type { PreparedIndex } from '../match/prepared';
import type { Settings } from '../settings/types';
import type { MatcherLayer } from './matcher-layer';

/** Building the matcher gives the page a turn once this much of it ran in one task. */
const MATCHER_SLICE_MS = 8;

export interface MatcherSourceDeps {
  /** The index as the matcher reads it (read on first call). */
  index: () => CompiledIndex;
  /** The matcher's text work on the index done at build time, if the build made it (idem). */
  prepared: () => PreparedIndex | null;
  /** The matcher's code (`matcher-layer.js`, loaded with the index). */
  code: () => MatcherLayer;
  strictness: () => Settings['strictness'];
  now?: () => number;
}

export type MatcherSource = ReturnType<typeof createMatcherSource>;

export function createMatcherSource({
  index,
  prepared,
  code,
  strictness,
  now = () => performance.now(),
}: MatcherSourceDeps) {
  let matcher: Matcher | null = null;
  let buildMs = 0;
  const isCurrent = (m: Matcher | null): m is Matcher => m?.strictness === strictness();

  return {
    /** Milliseconds the last build took (its pauses not counted). */
    get buildMs(): number {
      return buildMs;
    },
    /** The matcher, built in one go if it is missing or stale. */
    current(): Matcher {
      if (!isCurrent(matcher)) {
        const before = now();
        matcher = code().createMatcher(index(), { strictness: strictness(), prepared: prepared() });
        buildMs = now() - before;
      }
      return matcher;
    },
    /**
     * Builds the matcher one part per step, handing the main thread back (`pause`) whenever a
     * slice's budget is spent, so that no part of the build joins another in one long task.
     * `buildMs` counts the building only, not the pauses. Resolves to the milliseconds of work
     * since the last pause.
     */
    async prepare(pause: () => Promise<void>): Promise<number> {
      let sliceStart = now();
      const readStep = async <T>(read: () => T): Promise<T> => {
        const value = read();
        if (now() - sliceStart >= MATCHER_SLICE_MS) {
          await pause();
          sliceStart = now();
        }
        return value;
      };
      while (!isCurrent(matcher)) {
        const matchIndex = await readStep(index);
        const tables = await readStep(prepared);
        const steps = code().matcherSteps(matchIndex, {
          strictness: strictness(),
          prepared: tables,
        });
        let building = 0;
        for (;;) {
          const stepStart = now();
          const step = steps.next();
          const stepEnd = now();
          building += stepEnd - stepStart;
          if (step.done) {
            matcher = step.value;
            buildMs = building;
            break;
          }
          if (stepEnd - sliceStart >= MATCHER_SLICE_MS) {
            await pause();
            sliceStart = now();
          }
        }
      }
      return now() - sliceStart;
    },
    /** Drops the matcher (the strictness changed). */
    forget(): void {
      matcher = null;
    },
  };
}
