import type { Alias, AliasWhen, Entity } from '../index/types';
import type { SentenceIndex } from '../text/sentences';
import type { MatchHow } from './types';

/** One alias of one entity, prepared for matching. */
export interface AliasRef {
  entity: number;
  alias: Alias;
  /** Normalised, original case: compared with the page for case-sensitive aliases. */
  cased: string;
  when: AliasWhen;
  canonical: boolean;
}

/** An exact occurrence of an alias text, possibly shared by several entities. */
export interface ExactHit {
  start: number;
  end: number;
  refs: readonly AliasRef[];
}

export interface FuzzyHit {
  start: number;
  end: number;
  entity: number;
  alias: string;
  score: number;
}

/** A mention in normalised-text offsets. */
export interface MentionDraft {
  start: number;
  end: number;
  entity: number;
  how: MatchHow;
  alias: string;
  score: number;
  /** Why a conditional alias was read as this entity ("the page also names TikTok"). */
  reason: string | undefined;
}

export interface RuleContext {
  entities: readonly Entity[];
  /** Related entity indexes, in both directions of `Entity.related`. */
  related: readonly (readonly number[])[];
  sentences: SentenceIndex;
  /**
   * Entities named earlier on the page, before this text: they license follow-ups and related
   * aliases here as if named at its start. Passed as data, never as text prepended to the scan.
   */
  namedBefore?: ReadonlySet<number>;
}

/**
 * A person's one-word short name ("Chew") is a follow-up even when the data forgot to say so:
 * before the full name it is far more likely to be someone else.
 */
export function effectiveWhen(entity: Entity, alias: Alias, canonical: boolean): AliasWhen {
  if (
    alias.when === 'always' &&
    !canonical &&
    entity.type === 'person' &&
    !/\s/.test(alias.text.trim())
  )
    return 'afterFullName';
  return alias.when;
}

/** Mentions found by unconditional aliases: they license the conditional ones. */
type FirstNamed = Map<number, number>;

function evidence(entity: number, firstNamed: FirstNamed, ctx: RuleContext): number {
  const named = firstNamed.has(entity) ? 2 : 0;
  const relatedNamed = (ctx.related[entity] ?? []).some((r) => firstNamed.has(r)) ? 1 : 0;
  return named + relatedNamed;
}

/** The single entity the accepted refs point to, or undefined when context cannot decide. */
function chooseRef(
  refs: readonly AliasRef[],
  firstNamed: FirstNamed,
  ctx: RuleContext,
): AliasRef | undefined {
  const scores = new Map<number, number>();
  for (const ref of refs) scores.set(ref.entity, evidence(ref.entity, firstNamed, ctx));
  let chosen = -1;
  if (scores.size === 1) chosen = refs[0]?.entity ?? -1;
  else {
    let bestScore = 0;
    let tie = false;
    for (const [entity, score] of scores) {
      if (score > bestScore) {
        chosen = entity;
        bestScore = score;
        tie = false;
      } else if (score === bestScore) tie = true;
    }
    if (tie) return undefined;
  }
  return (
    refs.find((r) => r.entity === chosen && r.canonical) ?? refs.find((r) => r.entity === chosen)
  );
}

function nameOf(ctx: RuleContext, entity: number): string {
  return ctx.entities[entity]?.name ?? '';
}

function draft(hit: ExactHit, ref: AliasRef, reason?: string): MentionDraft {
  let how: MatchHow = ref.canonical ? 'exact' : 'alias';
  if (ref.when === 'afterFullName') how = 'follow-up';
  return {
    start: hit.start,
    end: hit.end,
    entity: ref.entity,
    how,
    alias: ref.alias.text,
    score: 1,
    reason,
  };
}

/**
 * One sentence saying why `mention` was read as the entity called `name`. `quote` gives the
 * page's words for a range of the mention's text; they are only quoted when they are not the name
 * itself. Asked only when a card or the scanner shows it, not for every mention of a scan.
 */
export function mentionWhy(
  mention: MentionDraft,
  name: string,
  quote: (start: number, end: number) => string,
): string {
  if (mention.how === 'fuzzy') {
    const alias = mention.alias;
    return `Close spelling of “${alias}” (${Math.round(mention.score * 100)}%)${alias === name ? '' : `, a name of ${name}`}.`;
  }
  if (mention.how === 'follow-up') {
    return `“${quote(mention.start, mention.end)}” refers back to ${name}, named earlier on the page.`;
  }
  if (mention.reason) {
    return `“${quote(mention.start, mention.end)}” is read as ${name} because ${mention.reason}.`;
  }
  if (mention.how === 'exact') return `Matches the name “${name}”.`;
  return `“${quote(mention.start, mention.end)}” is a listed name of ${name}.`;
}

/** Index of the first mention starting at or after `offset` (binary search). */
function firstStartingAt(mentions: readonly MentionDraft[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as MentionDraft).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `a` and `b` (each in page order) merged in page order, `a`'s first at equal starts: what a
 * stable sort of `a` then `b` gives, without a comparison call per mention. Either list itself
 * when the other is empty.
 */
function mergeByStart(a: MentionDraft[], b: MentionDraft[]): MentionDraft[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: MentionDraft[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as MentionDraft;
    const y = b[j] as MentionDraft;
    if (y.start < x.start) {
      merged.push(y);
      j++;
    } else {
      merged.push(x);
      i++;
    }
  }
  while (i < a.length) merged.push(a[i++] as MentionDraft);
  while (j < b.length) merged.push(b[j++] as MentionDraft);
  return merged;
}

function relatedNamedOnPage(entity: number, firstNamed: FirstNamed, ctx: RuleContext) {
  const related = (ctx.related[entity] ?? []).find((r) => firstNamed.has(r));
  return related === undefined ? undefined : nameOf(ctx, related);
}

function relatedNamedAmong(entity: number, mentions: MentionDraft[], ctx: RuleContext) {
  const related = (ctx.related[entity] ?? []).find((r) => mentions.some((m) => m.entity === r));
  return related === undefined ? undefined : nameOf(ctx, related);
}

/**
 * Applies the alias conditions in dependency order: unconditional names first, then follow-ups
 * and related-entity aliases (which need them), then same-sentence aliases (which may lean on
 * any accepted mention).
 */
export function resolveMentions(
  exact: readonly ExactHit[],
  fuzzy: readonly FuzzyHit[],
  ctx: RuleContext,
): MentionDraft[] {
  // Accepted mentions, one list per step, each in page order (the exact and fuzzy hits are).
  const fuzzyDrafts: MentionDraft[] = [];
  const alwaysDrafts: MentionDraft[] = [];
  const pendingDrafts: MentionDraft[] = [];
  const relatedDrafts: MentionDraft[] = [];
  const sentenceDrafts: MentionDraft[] = [];
  const firstNamed: FirstNamed = new Map();
  for (const entity of ctx.namedBefore ?? []) firstNamed.set(entity, -1);
  const markNamed = (entity: number, start: number) => {
    const known = firstNamed.get(entity);
    if (known === undefined || start < known) firstNamed.set(entity, start);
  };

  for (const hit of fuzzy) {
    fuzzyDrafts.push({
      start: hit.start,
      end: hit.end,
      entity: hit.entity,
      how: 'fuzzy',
      alias: hit.alias,
      score: hit.score,
      reason: undefined,
    });
    // A close spelling is a guess: it never licenses a follow-up or another entity's alias
    // (a username "GhostTikTak" read as TikTok must not make "Apple" the company).
  }

  const pending: ExactHit[] = [];
  for (const hit of exact) {
    // The refs that always apply, when they all name one entity: its canonical one, else the
    // first. Found without building lists, as this runs for nearly every name on a page.
    let ref: AliasRef | undefined;
    let oneEntity = true;
    for (const r of hit.refs) {
      if (r.when !== 'always') continue;
      if (ref === undefined) ref = r;
      else if (r.entity !== ref.entity) oneEntity = false;
      else if (r.canonical && !ref.canonical) ref = r;
    }
    if (ref && oneEntity) {
      alwaysDrafts.push(draft(hit, ref));
      markNamed(ref.entity, hit.start);
    } else pending.push(hit);
  }

  const sameSentence: ExactHit[] = [];
  const conditional: ExactHit[] = [];
  for (const hit of pending) {
    const reasons = new Map<AliasRef, string | undefined>();
    for (const ref of hit.refs) {
      if (ref.when === 'always') reasons.set(ref, undefined);
      else if (ref.when === 'afterFullName') {
        const first = firstNamed.get(ref.entity);
        if (first !== undefined && first < hit.start) reasons.set(ref, undefined);
      }
    }
    const ref = chooseRef([...reasons.keys()], firstNamed, ctx);
    if (ref) pendingDrafts.push(draft(hit, ref, reasons.get(ref)));
    else conditional.push(hit);
  }

  // A related entity accepted this way grounds the next one ("Lark" → "Slack"), so repeat until
  // nothing changes; without an unconditional name to start from, nothing is ever accepted.
  const licensed = new Map(firstNamed);
  let remaining = conditional;
  for (let changed = true; changed; ) {
    changed = false;
    const next: ExactHit[] = [];
    for (const hit of remaining) {
      const reasons = new Map<AliasRef, string>();
      for (const ref of hit.refs) {
        if (ref.when !== 'withRelated') continue;
        const related = relatedNamedOnPage(ref.entity, licensed, ctx);
        if (related) reasons.set(ref, `the page also names ${related}`);
      }
      const ref = chooseRef([...reasons.keys()], firstNamed, ctx);
      if (ref) {
        relatedDrafts.push(draft(hit, ref, reasons.get(ref)));
        if (!licensed.has(ref.entity)) changed = true;
        licensed.set(ref.entity, hit.start);
      } else next.push(hit);
    }
    remaining = next;
  }
  for (const hit of remaining) {
    if (hit.refs.some((r) => r.when === 'sameSentence')) sameSentence.push(hit);
  }

  // Accepted in rounds, not in page order; few are.
  relatedDrafts.sort((a, b) => a.start - b.start);
  const ordered = mergeByStart(
    fuzzyDrafts,
    mergeByStart(alwaysDrafts, mergeByStart(pendingDrafts, relatedDrafts)),
  );
  for (const hit of sameSentence) {
    const sentence = ctx.sentences.sentenceAt(hit.start);
    const inSentence: MentionDraft[] = [];
    for (let k = firstStartingAt(ordered, sentence.start); k < ordered.length; k++) {
      const m = ordered[k] as MentionDraft;
      if (m.start >= sentence.end) break;
      if (m.end <= sentence.end) inSentence.push(m);
    }
    const reasons = new Map<AliasRef, string>();
    for (const ref of hit.refs) {
      if (ref.when !== 'sameSentence') continue;
      const related = relatedNamedAmong(ref.entity, inSentence, ctx);
      if (related) reasons.set(ref, `the same sentence names ${related}`);
    }
    const ref = chooseRef([...reasons.keys()], firstNamed, ctx);
    if (ref) sentenceDrafts.push(draft(hit, ref, reasons.get(ref)));
  }

  return mergeByStart(ordered, sentenceDrafts);
}
