/**
 * What claim acceptance needs to know of each claim beyond its terms, worked out once per index:
 * who it is about (subjects and speakers, as entity positions), whether it states a negation,
 * the negation words of its own wording, and the denials the index links to it.
 */
import type { CompiledIndex } from '../../index/types';
import { negationCues } from './stance';

export interface ClaimModel {
  /** Per claim: the entities a sentence's subject must be one of (subjects, then speakers). */
  subjects: Int32Array[];
  /** Per entity: 1 for an actor (organisation, person, government) a sentence may be about. */
  actor: Uint8Array;
  /** Per claim: all its entities. */
  entities: Int32Array[];
  /** Per claim: 1 when it states a negation. */
  negative: Uint8Array;
  /** Per claim: the negation words of its text, keywords and paraphrases. */
  cues: ReadonlySet<string>[];
  /** Per claim: the denials among the claims that dispute it. */
  denials: Int32Array[];
}

export function claimModel(index: CompiledIndex): ClaimModel {
  const entityAt = new Map(index.entities.map((e, i) => [e.id, i]));
  const claimAt = new Map(index.claims.map((c, i) => [c.id, i]));
  const positions = (ids: readonly string[], table: Map<string, number>) =>
    Int32Array.from(ids.map((id) => table.get(id) ?? -1).filter((i) => i >= 0));
  return {
    subjects: index.claims.map((c) =>
      positions([...(c.subjects ?? c.entities), ...(c.speakers ?? [])], entityAt),
    ),
    actor: Uint8Array.from(index.entities, (e) =>
      e.type === 'organization' || e.type === 'person' || e.type === 'government' ? 1 : 0,
    ),
    entities: index.claims.map((c) => positions(c.entities, entityAt)),
    negative: Uint8Array.from(index.claims, (c) => (c.polarity === 'negative' ? 1 : 0)),
    cues: index.claims.map(
      (c) => new Set(negationCues([c.text, ...c.keywords, ...(c.paraphrases ?? [])].join('\n'))),
    ),
    denials: index.claims.map((c) =>
      positions(
        c.disputedBy.filter((id) => index.claims[claimAt.get(id) ?? -1]?.kind === 'denial'),
        claimAt,
      ),
    ),
  };
}
