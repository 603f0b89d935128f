/**
 * Keeps the page's annotations in step with its text. A full pass reads every unit, tells its
 * main text from the page's chrome, scans the units in document order (in batches cut by size,
 * each told as data which entities came before), decides whether the page is about the story,
 * and only then paints: visible units first, in slices that keep every task short. A mutation
 * re-scans only the units it touched. Batches seen before reuse their match results, so a page
 * that re-renders the same text costs no matching at all.
 */

import { entityGroup } from '../index/lookup';
import type { Matcher } from '../match/matcher';
import type { RelevanceDecision } from '../relevance/decide';
import {
  type BlockMatches,
  decidePage,
  type PageBlock,
  scanBlocks,
  shownMatches,
} from '../relevance/page-pass';
import type { RoleSpans } from '../relevance/roles';
import { extractText, type TextMap } from '../text/extract';
import { type Annotation, AnnotationStore, isStale } from './annotations';
import { ChromeReader, unitRoles } from './blocks';
import type { Highlighter } from './highlighter';
import { createYielder } from './scheduler';
import { blockOf, discoverUnits, discoverUnitsSliced, isBlockElement } from './units';

/**
 * Work per slice before yielding to the page: about half the 50 ms long-task line, leaving room for
 * the chunk under way to run over, while few slices mean few frames painted in between.
 */
const SLICE_BUDGET_MS = 24;
/** Above this many records in one batch the page is rescanned as a whole. */
export const FULL_RESCAN_RECORDS = 200;
/** Batch results remembered; a page re-rendering the same text finds them here. */
const MEMO_LIMIT = 4000;
/** Times a pass reads the page again when it changed while being read. */
const MAX_REREADS = 2;

interface Extracted {
  unit: Element;
  text: string;
  map: TextMap;
}

/** A unit as last scanned: its text, the roles of its parts, everything found in it. */
interface Scanned extends Extracted {
  roles: RoleSpans;
  found: BlockMatches;
}

/** The page's relevance decision, and whether the reader asked to see everything anyway. */
export interface PageRelevance {
  decision: RelevanceDecision;
  showEverything: boolean;
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
  private readonly memo = new BoundedMemo<BlockMatches[]>(MEMO_LIMIT);
  private generation = 0;
  private readonly now: () => number;
  private readonly yieldToMain: () => Promise<void>;
  private readonly knownShadowRoots = new Set<ShadowRoot>();
  /** Every unit as last scanned, in the order first seen (document order after a full pass). */
  private readonly scanned = new Map<Element, Scanned>();
  private decision: RelevanceDecision | null = null;
  private showEverything = false;
  /** How long the last full pass spent telling main text from chrome (ms of work, no pauses). */
  chromeMs = 0;

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
    this.scanned.clear();
    this.decision = null;
    this.showEverything = false;
    this.deps.onChange();
  }

  /** Drops cached matches (the matcher changed). */
  forgetMatches(): void {
    this.memo.clear();
  }

  get shadowRoots(): ShadowRoot[] {
    return [...this.knownShadowRoots];
  }

  /** The page's relevance decision, once a full pass made one. */
  get relevance(): PageRelevance | null {
    return this.decision ? { decision: this.decision, showEverything: this.showEverything } : null;
  }

  /**
   * Shows everything found on the page whatever its relevance (for this visit), or goes back to
   * what the decision shows. No scanning: the units' matches are kept.
   */
  setShowEverything(on: boolean): void {
    if (on === this.showEverything) return;
    this.showEverything = on;
    for (const unit of this.scanned.values()) this.install(unit);
    this.deps.onChange();
  }

  /**
   * Scans the whole page, then paints: units that intersect the viewport first, then the rest
   * in document order. Unchanged units with intact ranges are kept as they are.
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
    // The slice under way began when the building did: reading the page counts towards it too.
    const slice = { start: this.now() - building };
    const pause = async (): Promise<boolean> => {
      if (this.now() - slice.start < SLICE_BUDGET_MS / 2) return true;
      await this.yieldToMain();
      slice.start = this.now();
      return generation === this.generation;
    };
    if (!(await pause())) return null;
    const read = await this.readPage(root, pause);
    if (!read) return null;
    const { units, extracted } = read;
    this.store.setDocumentOrder(units);
    // Telling main text from chrome looks up every text node's ancestors: sliced like the rest,
    // and timed, since it is the price of keeping quiet in page chrome.
    let started = this.now();
    const chrome = new ChromeReader(root);
    let chromeMs = this.now() - started;
    const roles: RoleSpans[] = [];
    for (let i = 0; i < units.length; i++) {
      started = this.now();
      roles.push(chrome.spans(units[i] as Element, (extracted[i] as Extracted).map));
      chromeMs += this.now() - started;
      if (!(await pause())) return null;
    }
    this.chromeMs = chromeMs;
    const steps = scanBlocks(
      extracted.map(({ text }, i) => ({ text, roles: roles[i] as RoleSpans })),
      this.deps.matcher(),
      this.memo,
    );
    let step = steps.next();
    while (!step.done) {
      if (!(await pause())) return null;
      step = steps.next();
    }
    const found = step.value;
    if (!(await pause())) return null;
    const present = new Set(units);
    for (const unit of [...this.scanned.keys()]) if (!present.has(unit)) this.dropUnit(unit);
    this.scanned.clear();
    units.forEach((unit, i) => {
      const { text, map } = extracted[i] as Extracted;
      const scanned = {
        unit,
        text,
        map,
        roles: roles[i] as RoleSpans,
        found: found[i] as BlockMatches,
      };
      this.scanned.set(unit, scanned);
    });
    const before = this.decision?.relevance;
    this.decision = this.decide();
    const decided = before !== this.decision.relevance;
    // Painting: the units in view first, then the rest, held and painted together at the end.
    const height = doc.defaultView?.innerHeight ?? 0;
    const visible: Scanned[] = [];
    const rest: Scanned[] = [];
    for (const scanned of this.scanned.values()) {
      const rect = height ? scanned.unit.getBoundingClientRect() : null;
      if (rect && rect.bottom >= 0 && rect.top <= height && rect.height > 0) visible.push(scanned);
      else rest.push(scanned);
    }
    if (!(await this.paint(visible, decided, pause))) return null;
    this.deps.onChange();
    const visibleDone = this.now();
    this.deps.highlighter.hold();
    try {
      if (!(await this.paint(rest, decided, pause))) return null;
    } finally {
      this.deps.highlighter.release();
    }
    this.deps.onChange();
    return { visibleDone, allDone: this.now() };
  }

  /**
   * The page's units and their texts, read in slices; read again if the page changed meanwhile
   * (the mutation watcher counts changes), so that one pass sees one state of the page.
   */
  private async readPage(
    root: Element,
    pause: () => Promise<boolean>,
  ): Promise<{ units: Element[]; extracted: Extracted[] } | null> {
    for (let attempt = 0; ; attempt++) {
      const changes = this.deps.pageChanges?.();
      // Sliced too: finding the units of 300,000 nodes in one go was a 2 s task.
      const discovery = await discoverUnitsSliced(root, this.deps.isOwnUi, pause);
      if (!discovery) return null;
      const { units: discovered, shadowRoots } = discovery;
      for (const shadow of shadowRoots) this.noteShadowRoot(shadow);
      const units: Element[] = [];
      const extracted: Extracted[] = [];
      for (const unit of discovered) {
        const read = this.read(unit);
        if (read) {
          units.push(read.unit);
          extracted.push(read);
        }
        if (!(await pause())) return null;
      }
      if (changes === undefined || this.deps.pageChanges?.() === changes || attempt >= MAX_REREADS)
        return { units, extracted };
    }
  }

  /** Installs the units' shown matches, pausing between units when the slice is spent. */
  private async paint(
    units: readonly Scanned[],
    decided: boolean,
    pause: () => Promise<boolean>,
  ): Promise<boolean> {
    for (const scanned of units) {
      const state = this.store.getUnit(scanned.unit);
      const intact =
        !decided && state && state.text === scanned.text && !state.annotations.some(isStale);
      if (!intact) this.install(scanned);
      if (!(await pause())) return false;
    }
    return true;
  }

  private decide(): RelevanceDecision {
    const blocks: PageBlock[] = [];
    const found: BlockMatches[] = [];
    for (const { text, roles, found: matches } of this.scanned.values()) {
      blocks.push({ text, roles });
      found.push(matches);
    }
    return decidePage(this.deps.matcher().index, blocks, found);
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
    for (const unit of this.store.disconnectedUnits()) this.dropUnit(unit);
    for (const unit of [...this.scanned.keys()]) if (!unit.isConnected) this.dropUnit(unit);
    for (const unit of [...affected]) {
      // A new unit that swallows stored ones (text added straight into a container).
      if (!this.scanned.has(unit)) {
        for (const stored of [...this.scanned.keys()]) {
          if (stored !== unit && unit.contains(stored)) this.dropUnit(stored);
        }
      }
    }
    const changed = this.rescan([...affected]);
    if (changed.length === 0) return true;
    // What was added may change what the page is about; then every unit is painted anew.
    const before = this.decision?.relevance;
    this.decision = this.decide();
    const again = before === this.decision.relevance ? changed : [...this.scanned.values()];
    for (const scanned of again) this.install(scanned);
    this.deps.onChange();
    return true;
  }

  /**
   * Scans units changed by mutations, each on its own, told as data every entity named on the
   * page so far. Returns the units scanned.
   */
  private rescan(units: readonly Element[]): Scanned[] {
    const root = this.deps.doc.body ?? this.deps.doc.documentElement;
    const reads: Extracted[] = [];
    for (const unit of units) {
      const read = this.read(unit);
      if (read) reads.push(read);
    }
    if (!root || reads.length === 0) return [];
    const roles = unitRoles(
      root,
      reads.map((r) => r.unit),
      reads,
    );
    const named = new Set<string>();
    for (const { found } of this.scanned.values())
      for (const m of found.mentions) if (m.how !== 'fuzzy') named.add(m.entityId);
    const matcher = this.deps.matcher();
    return reads.map((read, i) => {
      const key = `${[...named].sort().join(' ')}\u0001${read.text}`;
      let found = this.memo.get(key)?.[0];
      if (!found) {
        const result = matcher.scan(`${read.text}\n\n`, { namedBefore: named });
        found = { mentions: result.mentions, claims: result.claims };
        this.memo.set(key, [found]);
      }
      const scanned = { ...read, roles: roles[i] as RoleSpans, found };
      this.scanned.set(read.unit, scanned);
      return scanned;
    });
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
      if (node.nodeType === 1 && this.scanned.has(node as Element)) return node as Element;
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
    this.scanned.delete(unit);
    for (const annotation of this.store.removeUnit(unit)) {
      this.deps.highlighter.delete(annotation.highlight, annotation.range);
    }
  }

  /**
   * Reads a unit's text, or null when there is nothing to scan: a unit gone from the page or
   * left blank loses its annotations.
   */
  private read(unit: Element): Extracted | null {
    if (!unit.isConnected) {
      this.dropUnit(unit);
      return null;
    }
    const { text, map } = extractText(unit, { skip: this.deps.isOwnUi });
    if (!/\S/.test(text)) {
      this.dropUnit(unit);
      return null;
    }
    return { unit, text, map };
  }

  /** Makes ranges for what a unit shows and swaps them in. */
  private install(scanned: Scanned): void {
    const { doc, highlighter, isShown } = this.deps;
    const { unit, text, map, roles, found } = scanned;
    const index = this.deps.matcher().index;
    const local =
      this.decision === null
        ? found
        : shownMatches(index, this.decision, roles, found, this.showEverything);
    const annotations: Annotation[] = [];
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
      const entity = entityType(index, mention.entityId);
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

/** A map that forgets its oldest entry when full. */
class BoundedMemo<T> extends Map<string, T> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: string, value: T): this {
    if (this.size >= this.limit) {
      const oldest = this.keys().next().value;
      if (oldest !== undefined) this.delete(oldest);
    }
    return super.set(key, value);
  }
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
