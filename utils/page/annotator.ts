/**
 * Keeps the page's annotations in step with its text: scans units (visible ones first, in slices
 * that keep every task short), turns matches into live Ranges, and re-scans only the units a
 * mutation touched. Unit texts seen before reuse their match results, so a page that re-renders
 * the same text costs no matching at all.
 */

import { entityGroup } from '../index/lookup';
import type { Matcher } from '../match/matcher';
import type { ClaimMatch, Mention } from '../match/types';
import { lastAtOrBefore } from '../sorted';
import { extractText, type TextMap } from '../text/extract';
import { type Annotation, AnnotationStore, isStale } from './annotations';
import type { Highlighter } from './highlighter';
import { createYielder } from './scheduler';
import { blockOf, discoverUnits, discoverUnitsSliced, isBlockElement } from './units';

/**
 * Characters scanned in one matcher call: enough to amortise its per-call cost, small enough
 * that one call stays far below the 50 ms long-task line on a slow machine (~0.3 µs a char).
 */
const CHUNK_CHARS = 8_000;
/**
 * Work per slice before yielding to the page: about half the 50 ms long-task line, leaving room for
 * the chunk under way to run over, while few slices mean few frames painted in between.
 */
const SLICE_BUDGET_MS = 24;
/** Above this many records in one batch the page is rescanned as a whole. */
export const FULL_RESCAN_RECORDS = 200;
const MEMO_LIMIT = 4000;

interface LocalMatches {
  mentions: Mention[];
  claims: ClaimMatch[];
}

interface Extracted {
  unit: Element;
  text: string;
  map: TextMap;
  /**
   * The unit's key in the memo (its text and the context it is scanned with): one string for all
   * its lookups, so that the long key is flattened and hashed once.
   */
  key: string;
}

export interface AnnotatorDeps {
  doc: Document;
  matcher: () => Matcher;
  /**
   * Builds the matcher ahead of a full pass in steps, calling `pause` to give the main thread
   * back between them; resolves to the milliseconds of work done since the last pause. Without
   * it the first `matcher()` call builds it in one go.
   */
  prepareMatcher?: (pause: () => Promise<void>) => Promise<number>;
  highlighter: Highlighter;
  /** Whether an annotation is painted (its kind is on and its entity is not hidden). */
  isShown: (annotation: Annotation) => boolean;
  isOwnUi: (element: Element) => boolean;
  /** Called for each open shadow root found, so it can be observed and styled. */
  onShadowRoot: (root: ShadowRoot) => void;
  /** Called after the annotations changed. */
  onChange: () => void;
  now?: () => number;
  yieldToMain?: () => Promise<void>;
  /**
   * A count that grows whenever the page's DOM changes (the mutation watcher's). Without it,
   * units read before a pause are always read again after it.
   */
  pageChanges?: () => number;
}

export interface PassTimings {
  /** When the units in the viewport were painted. */
  visibleDone: number;
  allDone: number;
}

export class Annotator {
  readonly store = new AnnotationStore();
  private readonly memo = new Map<string, LocalMatches>();
  private generation = 0;
  private readonly now: () => number;
  private readonly yieldToMain: () => Promise<void>;
  private readonly knownShadowRoots = new Set<ShadowRoot>();
  /** Canonical names of entities seen on this page: context for scanning later parts of it. */
  private readonly names = new Set<string>();
  private header = '';

  constructor(private readonly deps: AnnotatorDeps) {
    this.now = deps.now ?? (() => performance.now());
    this.yieldToMain = deps.yieldToMain ?? createYielder();
  }

  /** Stops any pass under way and forgets everything (highlights included). */
  reset(): void {
    this.generation++;
    for (const annotation of this.store.clear()) {
      this.deps.highlighter.delete(annotation.highlight, annotation.range);
    }
    this.memo.clear();
    this.names.clear();
    this.header = '';
    this.deps.onChange();
  }

  /** Drops cached matches (the matcher changed). */
  forgetMatches(): void {
    this.memo.clear();
  }

  get shadowRoots(): ShadowRoot[] {
    return [...this.knownShadowRoots];
  }

  /**
   * Scans the whole page: units that intersect the viewport first, then the rest in document
   * order. Unchanged units with intact ranges are kept as they are.
   */
  async fullPass(): Promise<PassTimings | null> {
    const generation = ++this.generation;
    const { doc } = this.deps;
    const root = doc.body ?? doc.documentElement;
    if (!root) return null;
    // Building the matcher takes several steps; the page gets a turn before scanning starts.
    let building: number;
    if (this.deps.prepareMatcher) building = await this.deps.prepareMatcher(this.yieldToMain);
    else {
      const before = this.now();
      this.deps.matcher();
      building = this.now() - before;
    }
    // The slice under way began when the building did (or at the pause that follows it):
    // discovery and layout below count towards it too, so a long page cannot make it long.
    let sliceStart = this.now() - building;
    if (building > SLICE_BUDGET_MS / 2) {
      await this.yieldToMain();
      sliceStart = this.now();
    }
    if (generation !== this.generation) return null;
    // Finding the units and where they are is sliced too: 300,000 nodes were one 2 s task.
    const overBudget = () => this.now() - sliceStart >= SLICE_BUDGET_MS;
    const pause = async () => {
      await this.yieldToMain();
      sliceStart = this.now();
    };
    const { units, shadowRoots } = await discoverUnitsSliced(
      root,
      this.deps.isOwnUi,
      overBudget,
      pause,
    );
    if (generation !== this.generation) return null;
    for (const shadow of shadowRoots) this.noteShadowRoot(shadow);
    const view = doc.defaultView;
    const height = view?.innerHeight ?? 0;
    const visible: Element[] = [];
    const rest: Element[] = [];
    for (let i = 0; i < units.length; i++) {
      if (i % 256 === 255 && overBudget()) {
        await pause();
        if (generation !== this.generation) return null;
      }
      const unit = units[i] as Element;
      const rect = height ? unit.getBoundingClientRect() : null;
      if (rect && rect.bottom >= 0 && rect.top <= height && rect.height > 0) visible.push(unit);
      else rest.push(unit);
    }
    const present = new Set(units);
    for (const unit of this.store.unitList()) {
      if (!present.has(unit)) this.dropUnit(unit);
    }
    const afterVisible = await this.refresh(visible, generation, true, sliceStart);
    if (afterVisible === null) return null;
    const visibleDone = this.now();
    // The rest continues the slice the visible units ended in: two slices never join in one task.
    // Its marks, out of view, are painted together at the end (see `Highlighter.hold`).
    this.deps.highlighter.hold();
    try {
      if ((await this.refresh(rest, generation, false, afterVisible)) === null) return null;
    } finally {
      this.deps.highlighter.release();
    }
    return { visibleDone, allDone: this.now() };
  }

  /** Re-scans the units touched by a batch of mutations. Returns false when a full pass is due. */
  async applyMutations(records: readonly MutationRecord[]): Promise<boolean> {
    if (records.length > FULL_RESCAN_RECORDS) return false;
    const affected = new Set<Element>();
    const addUnits = (units: readonly Element[]) => {
      for (const unit of units) affected.add(unit);
    };
    for (const record of records) {
      const target = record.target;
      const element = target.nodeType === 1 ? (target as Element) : target.parentElement;
      if (!element?.isConnected || this.insideOwnUi(element)) continue;
      if (record.type === 'characterData') {
        addUnits(this.unitsAround(element));
        continue;
      }
      if (record.type !== 'childList') continue;
      let inline = false;
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) {
          const added = node as Element;
          if (this.deps.isOwnUi(added)) continue;
          const existing = this.storedUnitAbove(element);
          if (existing) affected.add(existing);
          else if (isBlockElement(added)) {
            const found = discoverUnits(added, this.deps.isOwnUi);
            for (const shadow of found.shadowRoots) this.noteShadowRoot(shadow);
            addUnits(found.units);
          } else inline = true;
        } else if (node.nodeType === 3) inline = true;
      }
      for (const node of record.removedNodes) {
        // Removed blocks take their units with them (swept below); removed inline text changes
        // the unit it was in.
        if (node.nodeType === 3 || (node.nodeType === 1 && !isBlockElement(node as Element))) {
          inline = true;
        }
      }
      if (inline) addUnits(this.unitsAround(element));
    }
    const generation = this.generation;
    for (const unit of this.store.disconnectedUnits()) this.dropUnit(unit);
    for (const unit of [...affected]) {
      // A new unit that swallows stored ones (text added straight into a container).
      if (!this.store.getUnit(unit)) {
        for (const stored of this.store.unitList()) {
          if (stored !== unit && unit.contains(stored)) this.dropUnit(stored);
        }
      }
    }
    await this.refresh([...affected], generation, false);
    return true;
  }

  /** The stored unit containing `element`, else the units found around it. */
  private unitsAround(element: Element): Element[] {
    const existing = this.storedUnitAbove(element);
    if (existing) return [existing];
    const found = discoverUnits(
      blockOf(element, element.ownerDocument.body ?? element),
      this.deps.isOwnUi,
    );
    for (const shadow of found.shadowRoots) this.noteShadowRoot(shadow);
    return found.units;
  }

  private storedUnitAbove(element: Element): Element | null {
    for (let node: Node | null = element; node; ) {
      if (node.nodeType === 1 && this.store.getUnit(node as Element)) return node as Element;
      node = node.parentNode ?? (node as ShadowRoot).host ?? null;
    }
    return null;
  }

  private insideOwnUi(element: Element): boolean {
    for (let node: Element | null = element; node; node = node.parentElement) {
      if (this.deps.isOwnUi(node)) return true;
    }
    return false;
  }

  private noteShadowRoot(shadow: ShadowRoot): void {
    if (this.knownShadowRoots.has(shadow)) return;
    this.knownShadowRoots.add(shadow);
    this.deps.onShadowRoot(shadow);
  }

  private dropUnit(unit: Element): void {
    for (const annotation of this.store.removeUnit(unit)) {
      this.deps.highlighter.delete(annotation.highlight, annotation.range);
    }
  }

  /** Names of the entities on the page so far, as context for scanning a part of it. */
  private contextHeader(): string {
    return this.header;
  }

  private noteName(name: string): void {
    if (this.names.has(name)) return;
    this.names.add(name);
    this.header = `${[...this.names].sort().join('.\n\n')}.\n\n`;
  }

  /**
   * Extracts and re-scans `units` in slices. Units whose text and ranges are unchanged cost one
   * extraction; units whose text was seen before reuse the matches. `startedSlice` is when the
   * slice under way began, if the caller already worked in it. Resolves to when the slice under
   * way at the end began, or null when a newer pass took over.
   */
  private async refresh(
    units: readonly Element[],
    generation: number,
    first: boolean,
    startedSlice?: number,
  ): Promise<number | null> {
    let sliceStart = startedSlice ?? this.now();
    if (units.length === 0) return sliceStart;
    if (this.now() - sliceStart >= SLICE_BUDGET_MS / 2) {
      await this.yieldToMain();
      if (generation !== this.generation) return null;
      sliceStart = this.now();
    }
    let header = first && this.store.unitCount === 0 ? '' : this.contextHeader();
    let batch: Extracted[] = [];
    let batchChars = 0;
    let changed = false;

    const flush = () => {
      if (batch.length === 0) return;
      const unknown = batch.filter((e) => !this.memo.has(e.key));
      if (unknown.length) this.scanBatch(unknown, header);
      for (const extracted of batch) {
        const local = this.memo.get(extracted.key);
        if (local) this.install(extracted, local);
      }
      batch = [];
      batchChars = 0;
      changed = true;
      header = this.contextHeader();
    };

    for (const unit of units) {
      if (generation !== this.generation) return null;
      const extracted = this.read(unit, header);
      if (!extracted) continue;
      batch.push(extracted);
      batchChars += extracted.text.length;
      // A full batch is scanned at once if the slice has room for it, else first thing in the
      // next one, so that no slice runs a long scan on top of a spent budget.
      if (batchChars >= CHUNK_CHARS && this.now() - sliceStart < SLICE_BUDGET_MS / 2) flush();
      if (batchChars >= CHUNK_CHARS || this.now() - sliceStart >= SLICE_BUDGET_MS) {
        if (changed) this.deps.onChange();
        changed = false;
        const changes = this.deps.pageChanges?.();
        await this.yieldToMain();
        if (generation !== this.generation) return null;
        sliceStart = this.now();
        // Batches are cut by size alone, never by the clock, so that the context a unit is
        // scanned with (the units before it) is the same on every load. The units read before
        // the pause are read again if the page changed meanwhile.
        if (changes === undefined || this.deps.pageChanges?.() !== changes)
          batch = this.reread(batch, header);
        batchChars = 0;
        for (const extracted of batch) batchChars += extracted.text.length;
        if (batchChars >= CHUNK_CHARS) flush();
      }
    }
    flush();
    if (changed) this.deps.onChange();
    return sliceStart;
  }

  /** `batch` read again with `header` (see `read`). */
  private reread(batch: readonly Extracted[], header: string): Extracted[] {
    const again: Extracted[] = [];
    for (const { unit } of batch) {
      const extracted = this.read(unit, header);
      if (extracted) again.push(extracted);
    }
    return again;
  }

  /**
   * Reads a unit's text for scanning with `header`, or null when there is nothing to scan: a unit
   * gone from the page or left blank loses its annotations, one unchanged since it was annotated
   * (its ranges intact) keeps them.
   */
  private read(unit: Element, header: string): Extracted | null {
    if (!unit.isConnected) {
      this.dropUnit(unit);
      return null;
    }
    const { text, map } = extractText(unit, { skip: this.deps.isOwnUi });
    const state = this.store.getUnit(unit);
    if (state && state.text === text && !state.annotations.some(isStale)) return null;
    if (!/\S/.test(text)) {
      if (state) this.dropUnit(unit);
      return null;
    }
    return { unit, text, map, key: memoKey(header, text) };
  }

  /** One matcher call for several units: their texts joined as paragraphs after the header. */
  private scanBatch(batch: readonly Extracted[], header: string): void {
    const starts: number[] = [];
    let text = header;
    for (const extracted of batch) {
      starts.push(text.length);
      text += `${extracted.text}\n\n`;
    }
    const result = this.deps.matcher().scan(text);
    const locals: LocalMatches[] = batch.map(() => ({ mentions: [], claims: [] }));
    const owner = (start: number): number => lastAtOrBefore(starts, start);
    // The scan's own objects, made for this call, are moved to their unit's offsets in place.
    for (const mention of result.mentions) {
      const i = owner(mention.start);
      if (i < 0) continue;
      const base = starts[i] as number;
      mention.start -= base;
      mention.end -= base;
      locals[i]?.mentions.push(mention);
    }
    for (const claim of result.claims) {
      const i = owner(claim.start);
      if (i < 0) continue;
      const base = starts[i] as number;
      claim.start -= base;
      claim.end -= base;
      locals[i]?.claims.push(claim);
    }
    batch.forEach((extracted, i) => {
      this.remember(extracted.key, locals[i] as LocalMatches);
    });
  }

  private remember(key: string, local: LocalMatches): void {
    if (this.memo.size >= MEMO_LIMIT) {
      const oldest = this.memo.keys().next().value;
      if (oldest !== undefined) this.memo.delete(oldest);
    }
    this.memo.set(key, local);
  }

  /** Makes ranges for a unit's matches and swaps them in. */
  private install({ unit, text, map }: Extracted, local: LocalMatches): void {
    const { doc, highlighter, isShown } = this.deps;
    const annotations: Annotation[] = [];
    const lookupType = this.deps.matcher().index;
    for (const claim of local.claims) {
      const range = map.toRange(claim.start, claim.end, doc);
      if (!range) continue;
      annotations.push({
        id: this.store.newId(),
        kind: 'claim',
        targetId: claim.claimId,
        highlight: 'claim',
        range,
        text: range.toString(),
        unit,
        start: claim.start,
        claim,
      });
    }
    for (const mention of local.mentions) {
      const range = map.toRange(mention.start, mention.end, doc);
      if (!range) continue;
      const entity = entityType(lookupType, mention.entityId);
      this.noteName(mention.entityName);
      annotations.push({
        id: this.store.newId(),
        kind: 'entity',
        targetId: mention.entityId,
        highlight: entity ? entityGroup(entity) : 'other',
        range,
        text: range.toString(),
        unit,
        start: mention.start,
        mention,
      });
    }
    for (const old of this.store.setUnit({ unit, text, annotations })) {
      highlighter.delete(old.highlight, old.range);
    }
    for (const annotation of annotations) {
      if (isShown(annotation)) highlighter.add(annotation.highlight, annotation.range);
    }
  }

  /** Repaints every annotation (the kinds or hidden entities changed). */
  repaint(): void {
    const { highlighter, isShown } = this.deps;
    highlighter.clear();
    for (const annotation of this.store.all()) {
      if (isShown(annotation)) highlighter.add(annotation.highlight, annotation.range);
    }
  }
}

function memoKey(header: string, text: string): string {
  return `${header}\u0001${text}`;
}

const typeCache = new WeakMap<object, Map<string, import('../index/types').EntityType>>();

function entityType(index: import('../index/types').CompiledIndex, id: string) {
  let types = typeCache.get(index);
  if (!types) {
    types = new Map(index.entities.map((e) => [e.id, e.type]));
    typeCache.set(index, types);
  }
  return types.get(id);
}
