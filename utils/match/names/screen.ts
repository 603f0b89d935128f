/**
 * Drops the readings of names that belong to something else (see `not-ours.ts`) before the
 * alias rules run, so that a name that is not ours never licenses another one.
 */
import type { Entity } from '../../index/types';
import type { AliasRef, ExactHit, FuzzyHit } from '../rules';
import { followsGivenName, inAddress, insideLongerRun, startsLongerName } from './not-ours';

function keepsRef(ref: AliasRef, entities: readonly Entity[], text: string, hit: ExactHit) {
  const entity = entities[ref.entity];
  if (!entity) return false;
  // A general entity's name at the start of a longer one is that other name ("Pentagon City").
  const person = entity.type === 'person';
  if (entity.scope === 'general' && startsLongerName(text, hit.end, person)) return false;
  if (person && ref.when === 'afterFullName')
    return !followsGivenName(text, hit.start) && !startsLongerName(text, hit.end, true);
  return true;
}

/** The exact hits in `text` (normalised, cased) whose readings are ours, with only those. */
export function screenExactHits(
  hits: readonly ExactHit[],
  text: string,
  entities: readonly Entity[],
): ExactHit[] {
  const kept: ExactHit[] = [];
  for (const hit of hits) {
    if (inAddress(text, hit.start, hit.end)) continue;
    let refs: readonly AliasRef[] = hit.refs;
    if (!refs.every((ref) => keepsRef(ref, entities, text, hit))) {
      refs = refs.filter((ref) => keepsRef(ref, entities, text, hit));
      if (refs.length === 0) continue;
    }
    kept.push(refs === hit.refs ? hit : { ...hit, refs });
  }
  return kept;
}

/**
 * Close spellings standing on their own: not a piece of a username, handle or address, not
 * inside a longer capitalised name ("The World Factbook" is not Facebook).
 */
export function screenFuzzyHits(hits: readonly FuzzyHit[], text: string): FuzzyHit[] {
  return hits.filter(
    (hit) =>
      !insideLongerRun(text, hit.start, hit.end) &&
      !followsGivenName(text, hit.start) &&
      !startsLongerName(text, hit.end),
  );
}
