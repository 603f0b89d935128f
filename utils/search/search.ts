/**
 * Typo-tolerant search over the whole index (popup and index page). fuse.js scores names and
 * aliases first, then descriptions; claims by their text and keywords. A query of several words
 * is also tried word by word, so "shou chew" still finds "Shou Zi Chew" although the full string
 * misses a word.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Claim, CompiledIndex, Entity } from '../index/types';

export type SearchHit =
  | { kind: 'entity'; entity: Entity; score: number }
  | { kind: 'claim'; claim: Claim; score: number };

export interface IndexSearch {
  /** Best first; scores run from 0 (perfect) to 1. */
  search(query: string, options?: { limit?: number }): SearchHit[];
}

interface EntityDoc {
  entity: Entity;
  name: string;
  aliases: string[];
  description: string;
}

interface ClaimDoc {
  claim: Claim;
  text: string;
  keywords: string[];
  entityNames: string[];
}

const COMMON: IFuseOptions<unknown> = {
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  minMatchCharLength: 2,
};

/** Below this a hit is kept; fuse's default (0.6) lets too much through for short names. */
const ENTITY_THRESHOLD = 0.4;
const CLAIM_THRESHOLD = 0.3;

function normalize(query: string): string {
  return query.trim().replace(/\s+/g, ' ').slice(0, 64);
}

export function createIndexSearch(index: CompiledIndex): IndexSearch {
  const names = new Map(index.entities.map((e) => [e.id, e.name]));
  const entityDocs: EntityDoc[] = index.entities.map((entity) => ({
    entity,
    name: entity.name,
    aliases: entity.aliases.map((a) => a.text),
    description: entity.description,
  }));
  const claimDocs: ClaimDoc[] = index.claims.map((claim) => ({
    claim,
    text: claim.text,
    keywords: claim.keywords,
    entityNames: claim.entities.map((id) => names.get(id) ?? id),
  }));
  const entityFuse = new Fuse(entityDocs, {
    ...COMMON,
    threshold: ENTITY_THRESHOLD,
    keys: [
      { name: 'name', weight: 3 },
      { name: 'aliases', weight: 2 },
      { name: 'description', weight: 0.5 },
    ],
  });
  const claimFuse = new Fuse(claimDocs, {
    ...COMMON,
    threshold: CLAIM_THRESHOLD,
    keys: [
      { name: 'text', weight: 2 },
      { name: 'keywords', weight: 1.5 },
      { name: 'entityNames', weight: 0.5 },
    ],
  });

  function run<T>(fuse: Fuse<T>, query: string, id: (item: T) => string): Map<string, [T, number]> {
    const scores = new Map<string, [T, number]>();
    for (const r of fuse.search(query)) scores.set(id(r.item), [r.item, r.score ?? 1]);
    const words = query.split(' ').filter((w) => w.length >= 2);
    if (words.length < 2) return scores;
    // Every word must match the same item; its score is the mean, slightly penalised.
    const perWord = words.map((w) => {
      const m = new Map<string, [T, number]>();
      for (const r of fuse.search(w)) m.set(id(r.item), [r.item, r.score ?? 1]);
      return m;
    });
    const [first, ...rest] = perWord;
    for (const [key, [item]] of first ?? []) {
      if (!rest.every((m) => m.has(key))) continue;
      const mean = perWord.reduce((sum, m) => sum + (m.get(key)?.[1] ?? 1), 0) / perWord.length;
      const score = Math.min(1, mean + 0.05);
      const known = scores.get(key);
      if (!known || known[1] > score) scores.set(key, [item, score]);
    }
    return scores;
  }

  return {
    search(raw, { limit = 20 } = {}) {
      const query = normalize(raw);
      if (query.length < 2) return [];
      const hits: SearchHit[] = [];
      for (const [doc, score] of run(entityFuse, query, (d) => d.entity.id).values()) {
        hits.push({ kind: 'entity', entity: doc.entity, score });
      }
      for (const [doc, score] of run(claimFuse, query, (d) => d.claim.id).values()) {
        hits.push({ kind: 'claim', claim: doc.claim, score });
      }
      // Entities first on ties: a name is the likelier intent of a short query.
      return hits
        .sort((a, b) => a.score - b.score || (a.kind === b.kind ? 0 : a.kind === 'entity' ? -1 : 1))
        .slice(0, limit);
    },
  };
}
