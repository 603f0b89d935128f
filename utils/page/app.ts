/**
 * Fact Cards in a page: wires settings, the annotations' lifecycle, the card, the reader's input,
 * navigation and messages together. Every listener, observer and timer belongs to an AbortSignal
 * that ends when the site is switched off or the content script is invalidated. Nothing here may
 * throw into the page: entry points from the page (events, observers, messages) go through `guard`.
 * The index asset is fetched only once the settings say the site is on: a switched-off site or a
 * paused extension costs one storage read.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { IndexAsset } from '../index/index-asset';
import { createTermCheck, type TermGate } from '../index/term-gate';
import { loadSettings, watchSettings } from '../settings/storage';
import type { Settings } from '../settings/types';
import { UI_ATTRIBUTE } from '../text/extract';
import { type AnnotationLifecycle, createAnnotationLifecycle } from './annotation-lifecycle';
import type { Annotation } from './annotations';
import { type CardController, createCardController } from './card-controller';
import { type CardLayerRenderer, loadCardLayer } from './card-layer';
import { createCardUi } from './card-ui';
import { guard } from './guard';
import { createHoverIntent } from './hover-intent';
import { createLazyLookup } from './lazy-lookup';
import type { MatcherLayer } from './matcher-layer';
import { createMatcherSource } from './matcher-source';
import { createMentionNavigator, type MentionNavigator } from './mention-navigator';
import { createAnnotationHitTest, createPageInput, type PageInput } from './page-input';
import { createMentionCountReporter, describePage, listenForPageMessages } from './page-messages';
import { createSiteState, type SiteState } from './site-state';
import { whenPageHasTerms } from './term-watch';
import { publishTimingEvent } from './timing-event';
import { focusIsEditable } from './trust';
import { isRendered } from './visibility';

/**
 * How often a session checks that the page has not removed its highlights, stylesheet or card
 * host (pages do so without a mutation we would see: `CSS.highlights.clear()`, a new
 * `adoptedStyleSheets` list). Each check is a few identity comparisons.
 */
const REPAIR_INTERVAL_MS = 1000;

export { TIMING_EVENT, TIMING_OPT_IN } from './timing-event';

export interface PageOptions {
  win?: Window & typeof globalThis;
}

/** Fetches the assets (`fetchGateAsset`, `fetchIndexAsset`, `loadMatcherLayer`). */
export interface PageAssets {
  gate(): Promise<TermGate>;
  index(): Promise<IndexAsset>;
  matcher(): Promise<MatcherLayer>;
}

/** What a page loads once it holds a word of the index: the index and the matcher's code. */
interface LoadedIndex {
  asset: IndexAsset;
  code: MatcherLayer;
}

export class FactCardsPage {
  private readonly win: Window & typeof globalThis;
  private readonly site: SiteState;
  private readonly lifecycle: AnnotationLifecycle;
  private readonly hover: ReturnType<typeof createHoverIntent<Annotation>>;
  private readonly card: CardController;
  private readonly input: PageInput;
  private readonly navigator: MentionNavigator;
  private loaded: LoadedIndex | null = null;
  /** Ends the wait for index words and the load of the index under way, if any. */
  private waiting: AbortController | null = null;
  /** The running session's signal, and whether its card UI was mounted. */
  private session: { signal: AbortSignal; cardMounted: boolean } | null = null;
  private layer: CardLayerRenderer | null = null;
  private readonly startedAt = performance.now();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly assets: PageAssets,
    options: PageOptions = {},
  ) {
    const win = options.win ?? window;
    this.win = win;
    const startedAt = this.startedAt;
    try {
      performance.mark('fact-cards:start');
    } catch {
      // Marks are a nicety.
    }
    const loaded = () => {
      if (!this.loaded) throw new Error('Fact Cards: the index asset is not loaded yet');
      return this.loaded;
    };
    const asset = () => loaded().asset;
    // Card data is parsed when the first card opens: most pages never open one.
    const lookup = createLazyLookup(() => asset().cards());
    const site = createSiteState(win);
    const reportCount = createMentionCountReporter();
    this.site = site;
    const settings = () => site.settings;
    const isShown = (annotation: Annotation) => site.isShown(annotation);
    const isActive = () => this.lifecycle.active;
    const shown = () => this.lifecycle.store.all().filter(isShown);

    this.lifecycle = createAnnotationLifecycle({
      ctx,
      win,
      matchers: createMatcherSource({
        index: () => asset().matchIndex(),
        prepared: () => asset().prepared(),
        code: () => loaded().code,
        strictness: () => site.settings.strictness,
      }),
      settings,
      isShown,
      isOwnUi: (element) => element === this.card.host || element.hasAttribute(UI_ATTRIBUTE),
      report: (count) => {
        reportCount(count);
        if (count !== null) this.mountCardOnceMarked();
      },
      afterMutations: () => this.card.closeIfDetached(),
      startedAt,
    });
    this.hover = createHoverIntent<Annotation>({
      openDelayMs: () => site.settings.hoverDelayMs,
      onOpen: guard((annotation) => this.card.open(annotation, 'hover')),
      onClose: guard(() => {
        if (this.card.source === 'hover') this.card.close(false);
      }),
      setTimer: (cb, ms) => win.setTimeout(cb, ms),
      clearTimer: (id) => win.clearTimeout(id as number),
    });
    this.card = createCardController({
      win,
      lookup,
      createUi: async () => {
        const layer = await loadCardLayer();
        this.layer = layer;
        return createCardUi(ctx, layer, win.document);
      },
      // A card opens only once its UI exists, so the layer is loaded by then.
      follow: (...args) => {
        if (!this.layer) throw new Error('Fact Cards: the card layer is not loaded yet');
        return this.layer.follow(...args);
      },
      settings,
      annotations: () => this.lifecycle.store.all(),
      isShown,
      isActive,
      hover: this.hover,
      pointer: () => this.input.pointer,
      markActive: (range) => this.lifecycle.setActive(range),
      onHidden: (kind, id) => {
        site.hide(kind, id);
        this.lifecycle.refresh();
      },
      onShown: (kind, id) => {
        site.unhide(kind, id);
        this.lifecycle.refresh();
      },
      onSiteOff: () => {
        this.stop();
        site.switchOff();
      },
    });
    // Text the reader cannot see (a closed <details>, visibility:hidden) is never stepped to.
    const reachable = () => shown().filter((annotation) => isRendered(annotation.range));
    this.navigator = createMentionNavigator({
      win,
      isActive,
      shown: reachable,
      // The keys move from name to name and claim to claim: the marked ones, distinct by default.
      stops: () => reachable().filter((a) => this.lifecycle.isMarked(a)),
      card: this.card,
    });
    this.input = createPageInput({
      win,
      settings,
      isActive,
      annotationAt: createAnnotationHitTest({
        doc: win.document,
        shadowRoots: () => this.lifecycle.shadowRoots,
        // Only what is marked answers the pointer: an unmarked mention is prose to the reader.
        candidatesNear: (node) =>
          this.lifecycle.store.nearNode(node).filter((a) => this.lifecycle.isMarked(a)),
        markerOf: (annotation) => this.lifecycle.markerOf(annotation),
      }),
      uiHost: () => this.card.host,
      card: this.card,
      hover: this.hover,
      navigate: (direction) => this.navigator.navigate(direction, 'key'),
      onColorSchemeChange: () => this.card.render(),
    });
  }

  async start(): Promise<void> {
    const pageState = () =>
      describePage({
        win: this.win,
        status: this.site.status,
        store: this.lifecycle.store,
        isShown: (annotation) => this.site.isShown(annotation),
        relevance: this.lifecycle.relevance,
      });
    const stopListening = listenForPageMessages({
      getPageState: pageState,
      jumpTo: (target) => this.navigator.jumpTo(target),
      showEverything: async (on) => {
        await this.lifecycle.showEverything(on);
        return pageState();
      },
      navigateMention: (direction) => {
        // The command's keys type a letter in a field on some systems: typing stays where it is.
        if (!focusIsEditable(this.win.document)) this.navigator.navigate(direction, 'command');
      },
    });
    this.ctx.onInvalidated(() => {
      stopListening();
      this.stop();
    });
    this.applySettings(await loadSettings());
    const unwatch = watchSettings(guard((settings) => this.applySettings(settings)));
    this.ctx.onInvalidated(unwatch);
  }

  private applySettings(next: Settings): void {
    if (this.ctx.isInvalid) return;
    const previous = this.site.apply(next);
    if (this.site.status !== 'on') {
      this.stop();
      return;
    }
    if (!this.lifecycle.active) {
      void this.activateWithAsset();
      return;
    }
    this.lifecycle.settingsChanged(previous, next);
    this.card.closeIfHidden();
    this.card.render();
  }

  /** Fetches the asset (once) and starts annotating if the site is still on by then. */
  private async activateWithAsset(): Promise<void> {
    if (!this.loaded) {
      // A load under way activates the page when it is done.
      if (this.waiting) return;
      const waiting = new AbortController();
      this.waiting = waiting;
      try {
        this.loaded = await this.loadOnceNamed(waiting.signal);
      } catch (error) {
        console.debug('Fact Cards: no index', error);
      } finally {
        if (this.waiting === waiting) this.waiting = null;
      }
      if (!this.loaded) return;
    }
    if (this.ctx.isInvalid || this.site.status !== 'on' || this.lifecycle.active) return;
    this.activate();
  }

  /**
   * The index, fetched once the page holds a word it could match on (the gate asset's cheap
   * check): a page about something else costs the small gate and a pass over its text. Null when
   * the wait ended first (switched off, invalidated).
   */
  private async loadOnceNamed(signal: AbortSignal): Promise<LoadedIndex | null> {
    const gate = await this.assets.gate().catch((error) => {
      // Without the gate the page is simply not pre-checked.
      console.debug('Fact Cards: no gate', error);
      return null;
    });
    if (gate) {
      const hasTerms = createTermCheck(gate);
      const doc = this.win.document;
      // A page with nothing to find is done as soon as it was read: say so, as a pass would.
      const nothingYet = () => {
        const now = performance.now();
        publishTimingEvent(doc, {
          start: this.startedAt,
          visibleDone: now,
          allDone: now,
          gated: true,
          annotations: 0,
          highlighted: 0,
        });
      };
      if (!(await whenPageHasTerms({ doc, hasTerms, signal, nothingYet }))) return null;
    }
    if (signal.aborted) return null;
    const [asset, code] = await Promise.all([this.assets.index(), this.assets.matcher()]);
    return { asset, code };
  }

  private activate(): void {
    const { signal, annotated } = this.lifecycle.activate();
    this.session = { signal, cardMounted: false };
    this.input.listen(signal);
    void annotated.then(() => this.mountCardOnceMarked());
    const repairs = this.win.setInterval(
      guard(() => this.repair()),
      REPAIR_INTERVAL_MS,
    );
    signal.addEventListener('abort', () => this.win.clearInterval(repairs));
  }

  /** Puts back what the page removed of ours: highlights, their stylesheet, the card's host. */
  private repair(): void {
    if (!this.lifecycle.active) return;
    this.lifecycle.repair();
    this.card.repair();
  }

  /**
   * The card UI (its shadow root, CSS and the card layer script) is made once the first pass is
   * done and the page has a mark: no card can open before, and most pages never get one.
   */
  private mountCardOnceMarked(): void {
    const session = this.session;
    if (!session || session.cardMounted || session.signal.aborted) return;
    if (this.lifecycle.store.countWhere(() => true) === 0) return;
    session.cardMounted = true;
    void this.card.mount(session.signal);
  }

  private stop(): void {
    this.waiting?.abort();
    this.waiting = null;
    // A page that never ran has nothing to undo (and its badge was reset when it loaded).
    if (!this.session) return;
    this.session = null;
    this.lifecycle.stop();
    this.card.unmount();
    this.hover.reset();
  }
}
