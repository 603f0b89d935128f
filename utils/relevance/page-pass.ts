/**
 * One page, one answer: the page's blocks of text are scanned in document order, in batches cut
 * by size alone, each batch told as data which entities the page named before it; the page's
 * relevance is decided from the main blocks' matches; the gate then says what is shown. The
 * content script and `npm run scan` both go through here, so they agree on every page.
 */
import type { CompiledIndex, Entity } from '../index/types';
import type { Matcher } from '../match/matcher';
import type { ClaimMatch, Mention } from '../match/types';
import { lastAtOrBefore } from '../sorted';
import { decideRelevance, type EntityFacts, type RelevanceDecision } from './decide';
import { isInformal, showsClaim, showsMention } from './gate';
import { mainParts, type RoleSpans, roleAt } from './roles';

export interface PageBlock {
  text: string;
  /** Which parts of the text are main text, chrome or comments. */
  roles: RoleSpans;
}

export interface BlockMatches {
  mentions: Mention[];
  claims: ClaimMatch[];
}

/**
 * Characters scanned in one matcher call: enough to amortise its per-call cost, small enough
 * that one call stays far below the 50 ms long-task line on a slow machine (~0.3 µs a char).
 */
export const CHUNK_CHARS = 8_000;

/** Where each batch ends: blocks are added until the batch holds `CHUNK_CHARS` or more. */
export function batchEnds(blocks: readonly { text: string }[]): number[] {
  const ends: number[] = [];
  let chars = 0;
  blocks.forEach((block, i) => {
    chars += block.text.length;
    if (chars >= CHUNK_CHARS) {
      ends.push(i + 1);
      chars = 0;
    }
  });
  if (ends.at(-1) !== blocks.length && blocks.length > 0) ends.push(blocks.length);
  return ends;
}

/** The memo key of a batch: what it is scanned with and its text. */
function batchKey(namedBefore: ReadonlySet<string>, text: string): string {
  return `${[...namedBefore].sort().join(' ')}\u0001${text}`;
}

/**
 * Scans `blocks` in order, one batch per step (the caller may pause between steps); returns each
 * block's matches, offsets into its own text. `memo` keeps batch results across passes.
 */
export function* scanBlocks(
  blocks: readonly { text: string }[],
  matcher: Matcher,
  memo?: Map<string, BlockMatches[]>,
): Generator<void, BlockMatches[], void> {
  const found: BlockMatches[] = [];
  const named = new Set<string>();
  let from = 0;
  for (const end of batchEnds(blocks)) {
    const starts: number[] = [];
    let text = '';
    for (let i = from; i < end; i++) {
      starts.push(text.length);
      text += `${(blocks[i] as { text: string }).text}\n\n`;
    }
    const key = batchKey(named, text);
    let local = memo?.get(key);
    if (!local) {
      local = splitResult(matcher.scan(text, { namedBefore: named }), starts);
      memo?.set(key, local);
    }
    for (const matches of local) {
      found.push(matches);
      for (const m of matches.mentions) if (m.how !== 'fuzzy') named.add(m.entityId);
    }
    from = end;
    if (from < blocks.length) yield;
  }
  return found;
}

/** A batch's result cut into its blocks, offsets moved to each block's own text. */
function splitResult(result: BlockMatches, starts: readonly number[]): BlockMatches[] {
  const local = starts.map((): BlockMatches => ({ mentions: [], claims: [] }));
  for (const mention of result.mentions) {
    const i = lastAtOrBefore(starts, mention.start);
    const base = starts[i] as number;
    mention.start -= base;
    mention.end -= base;
    local[i]?.mentions.push(mention);
  }
  for (const claim of result.claims) {
    const i = lastAtOrBefore(starts, claim.start);
    const base = starts[i] as number;
    claim.start -= base;
    claim.end -= base;
    local[i]?.claims.push(claim);
  }
  return local;
}

interface IndexFacts {
  byId: Map<string, Entity>;
  facts: Map<string, EntityFacts>;
}

const factsCache = new WeakMap<CompiledIndex, IndexFacts>();

function indexFacts(index: CompiledIndex): IndexFacts {
  let known = factsCache.get(index);
  if (known) return known;
  const byId = new Map(index.entities.map((e) => [e.id, e]));
  const related = new Map(index.entities.map((e) => [e.id, new Set(e.related)]));
  for (const entity of index.entities)
    for (const other of entity.related) related.get(other)?.add(entity.id);
  const facts = new Map(
    index.entities.map((e): [string, EntityFacts] => [
      e.id,
      { scope: e.scope, related: related.get(e.id) ?? new Set() },
    ]),
  );
  known = { byId, facts };
  factsCache.set(index, known);
  return known;
}

function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 0x20;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** The page's relevance, from what its main blocks name and state. */
export function decidePage(
  index: CompiledIndex,
  blocks: readonly PageBlock[],
  found: readonly BlockMatches[],
): RelevanceDecision {
  const mentions: Mention[] = [];
  const claimScores: number[] = [];
  let words = 0;
  blocks.forEach((block, i) => {
    for (const part of mainParts(block.text, block.roles)) words += wordCount(part);
    const matches = found[i];
    if (!matches) return;
    for (const m of matches.mentions) if (roleAt(block.roles, m.start) === 'main') mentions.push(m);
    for (const c of matches.claims)
      if (roleAt(block.roles, c.start) === 'main') claimScores.push(c.score);
  });
  const { facts } = indexFacts(index);
  return decideRelevance({ mentions, claimScores, words }, (id) => facts.get(id));
}

/** What a block shows, given the page's decision (everything, when the reader asked for it). */
export function shownMatches(
  index: CompiledIndex,
  decision: RelevanceDecision,
  roles: RoleSpans,
  matches: BlockMatches,
  showEverything = false,
): BlockMatches {
  if (showEverything) return matches;
  const { byId } = indexFacts(index);
  const { relevance } = decision;
  return {
    mentions: matches.mentions.filter((m) => {
      const entity = byId.get(m.entityId);
      if (!entity) return false;
      const informal = isInformal(entity.aliases, m.alias);
      const role = roleAt(roles, m.start);
      return showsMention(relevance, role, { scope: entity.scope, how: m.how, informal });
    }),
    claims: matches.claims.filter((c) => showsClaim(relevance, roleAt(roles, c.start), c.score)),
  };
}

export interface PageResult {
  decision: RelevanceDecision;
  /** Per block, what it shows. */
  shown: BlockMatches[];
  /** Per block, everything the matcher found. */
  found: BlockMatches[];
}

/** The whole pass in one go, for Node tools (`scan`, the evaluation). */
export function scanPage(
  index: CompiledIndex,
  blocks: readonly PageBlock[],
  matcher: Matcher,
  showEverything = false,
): PageResult {
  const steps = scanBlocks(blocks, matcher);
  let step = steps.next();
  while (!step.done) step = steps.next();
  const found = step.value;
  const decision = decidePage(index, blocks, found);
  const shown = blocks.map((block, i) =>
    shownMatches(index, decision, block.roles, found[i] as BlockMatches, showEverything),
  );
  return { decision, shown, found };
}
