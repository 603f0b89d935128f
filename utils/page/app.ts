/**
 * Fact Cards in a page: wires settings, the annotator, highlights, hit-testing, the card and
 * messages together. Every listener, observer and timer belongs to an AbortSignal that ends when
 * the site is switched off or the content script is invalidated. Nothing here may throw into the
 * page: entry points from the page (events, observers, messages) go through `guard`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardView, ResolvedTheme } from '../../components/types';
import { formatCitation } from '../citation/format';
import { createLookup, type IndexLookup } from '../index/lookup';
import type { CompiledIndex } from '../index/types';
import { createMatcher, type Matcher, matcherSteps } from '../match/matcher';
import type { PreparedIndex } from '../match/prepared';
import { type JumpTarget, onMessage, type PageState, sendMessage } from '../messaging';
import {
  hiddenEntitiesFor,
  type SiteStatus,
  siteStatus,
  withEntityHidden,
  withSiteEnabled,
} from '../settings/sites';
import { loadSettings, updateSettings, watchSettings } from '../settings/storage';
import { defaultSettings, type Settings } from '../settings/types';
import type { Annotation } from './annotations';
import { Annotator, type PassTimings } from './annotator';
import { claimCardView, entityCardView } from './card-data';
import { type CardUi, createCardUi } from './card-ui';
import { copyText } from './clipboard';
import { buildHighlightCss, isDarkBackground } from './highlight-css';
import { Highlighter } from './highlighter';
import { caretFromPoint, hitTest, type Point } from './hit-test';
import { createHoverIntent } from './hover-intent';
import { createMutationWatcher } from './mutations';
import { lowerBound, stepIndex } from './navigation';
import { followRange } from './positioning';
import { createRateLimiter } from './scheduler';
import { UI_ATTRIBUTE } from './units';

type OpenSource = 'hover' | 'click' | 'keyboard' | 'jump';

interface OpenCard {
  annotation: Annotation;
  view: CardView;
  source: OpenSource;
  /** Where focus was before the card took it, to give it back on close. */
  returnFocus: HTMLElement | null;
}

/** Full rescans allowed per second: a page that re-renders forever cannot keep us busy. */
const RESCANS_PER_SECOND = 2;
/** A command and the in-page key can both fire for one press; keep one. */
const NAVIGATION_DEDUPE_MS = 80;
/** Building the matcher gives the page a turn once this much of it ran in one task. */
const MATCHER_SLICE_MS = 8;

export const TIMING_EVENT = 'fact-cards:timing';
/**
 * The attribute (on the root element) by which a page asks for the timing event. Only the
 * benchmark's and the tests' pages set it: other pages get no event revealing the extension.
 */
export const TIMING_OPT_IN = 'data-fact-cards-timing';

export interface PageOptions {
  /** The matcher's text work on the index done ahead of time (`prepareIndex`). */
  prepared?: PreparedIndex | null;
  win?: Window & typeof globalThis;
}

function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (error) {
      console.debug('Fact Cards:', error);
    }
  };
}

function deepActiveElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

export class FactCardsPage {
  private settings: Settings = defaultSettings();
  private status: SiteStatus = 'on';
  private hidden = new Set<string>();
  private matcher: Matcher | null = null;
  private readonly lookup: IndexLookup;
  private readonly highlighter: Highlighter;
  private readonly annotator: Annotator;
  private readonly watcher: ReturnType<typeof createMutationWatcher>;
  private readonly hover: ReturnType<typeof createHoverIntent<Annotation>>;
  private readonly rescans = createRateLimiter(RESCANS_PER_SECOND, 1000);
  private ui: CardUi | null = null;
  private session: AbortController | null = null;
  private card: OpenCard | null = null;
  private stopFollowing: (() => void) | null = null;
  private announcement = '';
  private copiedKey: string | null = null;
  private lastNavigated: number | null = null;
  private lastNavigation = { at: 0, source: '', direction: '' };
  private work: Promise<unknown> = Promise.resolve();
  private fullPassQueued = false;
  private pointer: Point | null = null;
  private pointerInCard = false;
  private frame = 0;
  private darkPage = false;
  private reportedCount: number | null | undefined;
  private firstPass = true;
  private matcherBuildMs = 0;
  private readonly startedAt: number;
  private readonly doc: Document;
  private readonly win: Window & typeof globalThis;
  /** The matcher's text work on the index done at build time, if the build made it. */
  private readonly prepared: PreparedIndex | null;

  constructor(
    private readonly ctx: ContentScriptContext,
    index: CompiledIndex,
    options: PageOptions = {},
  ) {
    this.win = options.win ?? window;
    this.prepared = options.prepared ?? null;
    this.doc = this.win.document;
    this.startedAt = performance.now();
    try {
      performance.mark('fact-cards:start');
    } catch {
      // Marks are a nicety.
    }
    this.lookup = createLookup(index);
    this.highlighter = new Highlighter(this.win);
    this.annotator = new Annotator({
      doc: this.doc,
      matcher: () => this.currentMatcher(),
      prepareMatcher: (pause) => this.prepareMatcher(pause),
      highlighter: this.highlighter,
      isShown: (a) => this.isShown(a),
      isOwnUi: (element) => this.isOwnUi(element),
      onShadowRoot: (root) => {
        this.watcher.observe(root);
        this.highlighter.styleTarget(root);
      },
      onChange: () => this.afterChange(),
    });
    this.watcher = createMutationWatcher({
      isOwnUi: (node) => node.nodeType === 1 && this.isOwnUi(node as Element),
      onBatch: guard((records) => this.onMutations(records)),
    });
    this.hover = createHoverIntent<Annotation>({
      openDelayMs: () => this.settings.hoverDelayMs,
      onOpen: guard((annotation) => this.open(annotation, 'hover')),
      onClose: guard(() => {
        if (this.card?.source === 'hover') this.close(false);
      }),
      setTimer: (cb, ms) => this.win.setTimeout(cb, ms),
      clearTimer: (id) => this.win.clearTimeout(id as number),
    });
  }

  async start(): Promise<void> {
    const removers = [
      onMessage('getPageState', () => this.pageState()),
      onMessage('jumpTo', ({ data }) => this.jumpTo(data)),
      onMessage('navigateMention', ({ data }) => {
        this.navigate(data, 'command');
      }),
    ];
    this.ctx.onInvalidated(() => {
      for (const remove of removers) remove();
      this.stop();
    });
    this.applySettings(await loadSettings());
    const unwatch = watchSettings(guard((settings) => this.applySettings(settings)));
    this.ctx.onInvalidated(unwatch);
  }

  // ── settings and lifecycle ────────────────────────────────────────────────────────────────

  private applySettings(next: Settings): void {
    if (this.ctx.isInvalid) return;
    const previous = this.settings;
    this.settings = next;
    const hostname = this.win.location.hostname;
    this.status = siteStatus(next, hostname);
    this.hidden = hiddenEntitiesFor(next, hostname);
    if (this.status !== 'on') {
      this.stop();
      return;
    }
    if (!this.session) {
      void this.activate();
      return;
    }
    if (previous.strictness !== next.strictness) {
      this.matcher = null;
      this.annotator.forgetMatches();
      this.annotator.reset();
      this.scheduleFullPass();
    }
    if (previous.highlightStyle !== next.highlightStyle) this.updateCss();
    this.annotator.repaint();
    if (this.card && !this.isShown(this.card.annotation)) this.close(true);
    this.afterChange();
    this.render();
  }

  private async activate(): Promise<void> {
    const session = new AbortController();
    this.session = session;
    this.ctx.onInvalidated(() => session.abort());
    this.darkPage = this.detectDarkPage();
    this.highlighter.attach(this.css());
    this.addListeners(session.signal);
    this.watcher.observe(this.doc.documentElement);
    // Marks first; the card UI (which fetches its CSS) gets ready alongside.
    this.enqueue(() => this.runFullPass());
    try {
      if (!this.ui) this.ui = await createCardUi(this.ctx, this.doc);
      if (session.signal.aborted) return;
      this.ui.mount();
      this.render();
    } catch (error) {
      // Without the card the highlights still help; the rest keeps working.
      console.debug('Fact Cards: no card UI', error);
    }
  }

  private stop(): void {
    if (this.session) {
      this.session.abort();
      this.session = null;
    }
    this.close(false);
    this.hover.reset();
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.watcher.disconnect();
    this.annotator.reset();
    this.highlighter.detach();
    this.ui?.remove();
    this.report(null);
  }

  private currentMatcher(): Matcher {
    if (!this.matcher || this.matcher.strictness !== this.settings.strictness) {
      const before = performance.now();
      this.matcher = createMatcher(this.lookup.index, {
        strictness: this.settings.strictness,
        prepared: this.prepared,
      });
      this.matcherBuildMs = performance.now() - before;
    }
    return this.matcher;
  }

  /**
   * Builds the matcher one part per step, handing the main thread back (`pause`) whenever a
   * slice's budget is spent, so that no part of the build joins another in one long task.
   * `matcherBuildMs` counts the building only, not the pauses. Resolves to the milliseconds
   * of work since the last pause.
   */
  private async prepareMatcher(pause: () => Promise<void>): Promise<number> {
    let sliceStart = performance.now();
    while (!this.matcher || this.matcher.strictness !== this.settings.strictness) {
      const steps = matcherSteps(this.lookup.index, {
        strictness: this.settings.strictness,
        prepared: this.prepared,
      });
      let building = 0;
      for (;;) {
        const stepStart = performance.now();
        const step = steps.next();
        const now = performance.now();
        building += now - stepStart;
        if (step.done) {
          this.matcher = step.value;
          this.matcherBuildMs = building;
          break;
        }
        if (now - sliceStart >= MATCHER_SLICE_MS) {
          await pause();
          sliceStart = performance.now();
        }
      }
    }
    return performance.now() - sliceStart;
  }

  private isOwnUi(element: Element): boolean {
    return element === this.ui?.host || element.hasAttribute(UI_ATTRIBUTE);
  }

  private isShown(annotation: Annotation): boolean {
    if (!this.settings.kinds[annotation.highlight]) return false;
    return annotation.kind !== 'entity' || !this.hidden.has(annotation.targetId);
  }

  private theme(): ResolvedTheme {
    if (this.settings.theme !== 'auto') return this.settings.theme;
    return this.win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  private detectDarkPage(): boolean {
    const backgrounds: string[] = [];
    for (const element of [this.doc.body, this.doc.documentElement]) {
      if (element) backgrounds.push(this.win.getComputedStyle(element).backgroundColor);
    }
    const scheme = this.win.getComputedStyle(this.doc.documentElement).colorScheme ?? '';
    const canvasDark =
      scheme.includes('dark') &&
      Boolean(this.win.matchMedia?.('(prefers-color-scheme: dark)').matches);
    return isDarkBackground(backgrounds, canvasDark);
  }

  private css(): string {
    return buildHighlightCss({ style: this.settings.highlightStyle, dark: this.darkPage });
  }

  private updateCss(): void {
    this.highlighter.setCss(this.css());
  }

  // ── scanning ──────────────────────────────────────────────────────────────────────────────

  /** Annotator work runs one job at a time. */
  private enqueue(job: () => Promise<unknown>): void {
    this.work = this.work.then(job).catch((error) => console.debug('Fact Cards:', error));
  }

  private async runFullPass(): Promise<void> {
    if (!this.session) return;
    this.watcher.discard();
    const timings = await this.annotator.fullPass();
    if (timings && this.firstPass) {
      this.firstPass = false;
      this.publishTimings(timings);
    }
    const dark = this.detectDarkPage();
    if (dark !== this.darkPage) {
      this.darkPage = dark;
      this.updateCss();
    }
  }

  private scheduleFullPass(): void {
    if (this.fullPassQueued || !this.session) return;
    this.fullPassQueued = true;
    const run = () =>
      this.enqueue(async () => {
        this.fullPassQueued = false;
        this.rescans.tryTake();
        await this.runFullPass();
      });
    const wait = this.rescans.waitMs();
    if (wait > 0) this.ctx.setTimeout(run, wait);
    else run();
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.session) return;
    this.enqueue(async () => {
      if (!this.session) return;
      const handled = await this.annotator.applyMutations(records);
      if (!handled) this.scheduleFullPass();
      if (this.card && !this.card.annotation.range.startContainer.isConnected) this.close(false);
    });
  }

  private publishTimings({ visibleDone, allDone }: PassTimings): void {
    try {
      performance.mark('fact-cards:visible-done', { startTime: visibleDone });
      performance.mark('fact-cards:all-done', { startTime: allDone });
    } catch {
      // Marks are a nicety.
    }
    const detail = JSON.stringify({
      start: this.startedAt,
      visibleDone,
      allDone,
      matcherBuildMs: this.matcherBuildMs,
      annotations: this.annotator.store.all().length,
      highlighted: this.highlighter.size,
    });
    // Isolated-world marks are invisible to the page; the benchmark and the tests listen for
    // this event, which only pages that ask for it get.
    if (this.doc.documentElement?.hasAttribute(TIMING_OPT_IN)) {
      this.doc.dispatchEvent(new CustomEvent(TIMING_EVENT, { detail }));
    }
  }

  private afterChange(): void {
    if (!this.session) return;
    // Called after every slice of a pass: counting needs no document order (`all()` sorts).
    const count = this.annotator.store.countWhere(
      (annotation) => annotation.kind === 'entity' && this.isShown(annotation),
    );
    this.report(count);
  }

  private report(count: number | null): void {
    if (count === this.reportedCount) return;
    this.reportedCount = count;
    try {
      sendMessage('reportMentionCount', count).catch(() => undefined);
    } catch {
      // The extension was reloaded: nobody to tell.
    }
  }

  private shownAnnotations(): Annotation[] {
    return this.annotator.store.all().filter((a) => this.isShown(a));
  }

  private pageState(): PageState {
    const { entities, claims } = this.annotator.store.counts((a) => this.isShown(a));
    return {
      hostname: this.win.location.hostname,
      url: this.win.location.href,
      title: this.doc.title,
      status: this.status,
      entities: [...entities].map(([entityId, count]) => ({ entityId, count })),
      claims: [...claims].map(([claimId, count]) => ({ claimId, count })),
    };
  }

  // ── input ─────────────────────────────────────────────────────────────────────────────────

  private addListeners(signal: AbortSignal): void {
    const options = { capture: true, passive: true, signal };
    this.win.addEventListener(
      'pointermove',
      guard((e: PointerEvent) => this.onPointerMove(e)),
      options,
    );
    this.win.addEventListener(
      'pointerdown',
      guard((e: PointerEvent) => this.onPointerDown(e)),
      options,
    );
    this.win.addEventListener(
      'click',
      guard((e: MouseEvent) => this.onClick(e)),
      options,
    );
    this.win.addEventListener(
      'keydown',
      guard((e: KeyboardEvent) => this.onKeyDown(e)),
      {
        capture: true,
        signal,
      },
    );
    const media = this.win.matchMedia?.('(prefers-color-scheme: dark)');
    media?.addEventListener(
      'change',
      guard(() => this.render()),
      { signal },
    );
  }

  private inOwnUi(event: Event): boolean {
    const host = this.ui?.host;
    return host ? event.composedPath().includes(host) : false;
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    this.pointer = { x: event.clientX, y: event.clientY };
    this.pointerInCard = this.inOwnUi(event);
    if (this.frame) return;
    // One hit test per frame, however fast the pointer moves.
    this.frame = this.win.requestAnimationFrame(
      guard(() => {
        this.frame = 0;
        if (!this.pointer || !this.session) return;
        const target = this.pointerInCard ? null : this.hitTestAt(this.pointer);
        if (this.settings.activation === 'hover') this.hover.update(target, this.pointerInCard);
      }),
    );
  }

  private onPointerDown(event: PointerEvent): void {
    if (!this.card || this.inOwnUi(event)) return;
    const target = this.hitTestAt({ x: event.clientX, y: event.clientY });
    if (target?.id !== this.card.annotation.id) this.close(false);
  }

  private onClick(event: MouseEvent): void {
    if (this.inOwnUi(event)) return;
    const target = this.hitTestAt({ x: event.clientX, y: event.clientY });
    // A tap, or a click in click mode (or an impatient click in hover mode), opens at once.
    if (target && target.id !== this.card?.annotation.id) this.open(target, 'click');
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.card) {
      this.close(true);
      return;
    }
    // The manifest commands may be unassigned; the same keys work in the page as a fallback.
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey) {
      const direction = event.code === 'KeyJ' ? 'next' : event.code === 'KeyK' ? 'previous' : null;
      if (!direction) return;
      event.preventDefault();
      this.navigate(direction, 'key');
    }
  }

  private hitTestAt(point: Point): Annotation | null {
    return hitTest(point, {
      caretAt: (p) => caretFromPoint(this.doc, p, this.annotator.shadowRoots),
      candidatesNear: (caret) =>
        this.annotator.store.nearNode(caret.node).filter((a) => this.isShown(a)),
      rectsOf: (a) => a.range.getClientRects(),
      priorityOf: (a) => (a.kind === 'entity' ? 1 : 0),
    });
  }

  // ── navigation ────────────────────────────────────────────────────────────────────────────

  private navigate(direction: 'next' | 'previous', source: 'key' | 'command'): void {
    if (!this.session) return;
    const now = performance.now();
    const last = this.lastNavigation;
    // One key press seen twice (the in-page key and the command it is also bound to).
    const twice = last.source !== source && last.direction === direction;
    if (twice && now - last.at < NAVIGATION_DEDUPE_MS) return;
    this.lastNavigation = { at: now, source, direction };
    const list = this.shownAnnotations();
    const currentId = this.card?.annotation.id ?? this.lastNavigated;
    const current = currentId === null ? null : list.findIndex((a) => a.id === currentId);
    const index = stepIndex(list.length, current === -1 ? null : current, direction, () =>
      lowerBound(
        list.length,
        (i) => (list[i] as Annotation).range.getBoundingClientRect().bottom >= 0,
      ),
    );
    if (index === null) {
      this.announce('No marked mentions on this page.');
      return;
    }
    const target = list[index] as Annotation;
    this.lastNavigated = target.id;
    this.scrollIntoView(target.range);
    this.open(target, 'keyboard');
  }

  private jumpTo({ kind, id }: JumpTarget): boolean {
    if (!this.session) return false;
    const target = this.shownAnnotations().find((a) => a.kind === kind && a.targetId === id);
    if (!target) return false;
    this.lastNavigated = target.id;
    this.scrollIntoView(target.range);
    this.open(target, 'jump');
    return true;
  }

  private scrollIntoView(range: Range): void {
    const element = range.startContainer.parentElement;
    // Inner scroll containers first, then the window, to put the mention in the upper third.
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
    const rect = range.getBoundingClientRect();
    const height = this.win.innerHeight;
    if (rect.top < height * 0.15 || rect.bottom > height * 0.7) {
      this.win.scrollBy({ top: rect.top - height / 3, behavior: 'instant' });
    }
  }

  // ── the card ──────────────────────────────────────────────────────────────────────────────

  private viewFor(annotation: Annotation): CardView | null {
    const onPage = new Set<string>();
    for (const a of this.annotator.store.all()) if (a.kind === 'claim') onPage.add(a.targetId);
    if (annotation.kind === 'entity' && annotation.mention) {
      return entityCardView(annotation.mention, this.lookup, onPage);
    }
    if (annotation.claim) return claimCardView(annotation.claim, this.lookup, onPage);
    return null;
  }

  private open(annotation: Annotation, source: OpenSource): void {
    if (!this.session || !this.ui) return;
    const view = this.viewFor(annotation);
    if (!view) return;
    const takesFocus = source === 'keyboard' || source === 'jump';
    const returnFocus = this.card?.returnFocus ?? (takesFocus ? deepActiveElement(this.doc) : null);
    this.stopFollowing?.();
    this.stopFollowing = null;
    if (source !== 'hover') this.hover.reset();
    this.card = { annotation, view, source, returnFocus };
    this.copiedKey = null;
    const name = view.kind === 'entity' ? `${view.name}, ${view.typeLabel.toLowerCase()}` : 'Claim';
    this.announcement = `${name}: card open. Press Escape to close.`;
    this.render();
    const element = this.ui.cardElement();
    if (!element) return;
    this.stopFollowing = followRange(annotation.range, element, this.win, {
      pointer: source === 'hover' ? this.pointer : null,
      onOutOfView: guard(() => this.close(false)),
    });
    if (takesFocus) element.focus({ preventScroll: true });
  }

  private close(restoreFocus: boolean): void {
    if (!this.card) return;
    const { returnFocus } = this.card;
    const hadFocus = this.ui?.hasFocus() ?? false;
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.card = null;
    this.hover.reset();
    this.announcement = 'Card closed.';
    this.render();
    if (restoreFocus && hadFocus && returnFocus?.isConnected) {
      returnFocus.focus({ preventScroll: true });
    } else if (hadFocus) {
      (this.doc.activeElement as HTMLElement | null)?.blur?.();
    }
  }

  private announce(text: string): void {
    this.announcement = text;
    this.render();
  }

  private render(): void {
    if (!this.ui || !this.session) return;
    this.ui.render({
      card: this.card?.view ?? null,
      announcement: this.announcement,
      theme: this.theme(),
      copiedKey: this.copiedKey,
      onCopy: guard((key: string) => void this.copyCitation(key)),
      onHide: guard(() => this.hideEntity()),
      onSiteOff: guard(() => this.siteOff()),
      onClose: guard(() => this.close(true)),
    });
  }

  private async copyCitation(key: string): Promise<void> {
    const [claimId, index] = key.split('#');
    const claim = claimId ? this.lookup.claim(claimId) : undefined;
    const citation = claim?.citations[Number(index)];
    const article = citation ? this.lookup.article(citation.article) : undefined;
    if (!claim || !citation || !article) return;
    const text = formatCitation(
      { claim, citation, article, accessed: new Date(), pageUrl: this.win.location.href },
      this.settings.citationFormat,
    );
    const ok = await copyText(text, this.ui?.container ?? null, this.doc);
    this.copiedKey = ok ? key : null;
    this.announcement = ok ? 'Citation copied.' : 'Could not copy the citation.';
    this.render();
  }

  private hideEntity(): void {
    const annotation = this.card?.annotation;
    if (annotation?.kind !== 'entity') return;
    const hostname = this.win.location.hostname;
    this.close(true);
    // Hidden at once here; the stored setting follows and applies on every tab of the site.
    this.hidden.add(annotation.targetId);
    this.annotator.repaint();
    this.afterChange();
    void updateSettings((s) => withEntityHidden(s, hostname, annotation.targetId)).catch(
      () => undefined,
    );
  }

  private siteOff(): void {
    const hostname = this.win.location.hostname;
    this.stop();
    this.status = 'site-off';
    void updateSettings((s) => withSiteEnabled(s, hostname, false)).catch(() => undefined);
  }
}
