/**
 * Fact Cards in a page: wires settings, the annotations' lifecycle, the card, the reader's input,
 * navigation and messages together. Every listener, observer and timer belongs to an AbortSignal
 * that ends when the site is switched off or the content script is invalidated. Nothing here may
 * throw into the page: entry points from the page (events, observers, messages) go through `guard`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createLookup } from '../index/lookup';
import type { CompiledIndex } from '../index/types';
import type { PreparedIndex } from '../match/prepared';
import { loadSettings, watchSettings } from '../settings/storage';
import type { Settings } from '../settings/types';
import { UI_ATTRIBUTE } from '../text/extract';
import { type AnnotationLifecycle, createAnnotationLifecycle } from './annotation-lifecycle';
import type { Annotation } from './annotations';
import { type CardController, createCardController } from './card-controller';
import { createCardUi } from './card-ui';
import { guard } from './guard';
import { createHoverIntent } from './hover-intent';
import { createMatcherSource } from './matcher-source';
import { createMentionNavigator, type MentionNavigator } from './mention-navigator';
import { createAnnotationHitTest, createPageInput, type PageInput } from './page-input';
import { createMentionCountReporter, describePage, listenForPageMessages } from './page-messages';
import { createSiteState, type SiteState } from './site-state';
import { focusIsEditable } from './trust';
import { isRendered } from './visibility';

/**
 * How often a session checks that the page has not removed its highlights, stylesheet or card
 * host (pages do so without a mutation we would see: `CSS.highlights.clear()`, a new
 * `adoptedStyleSheets` list). Each check is a few identity comparisons.
 */
const REPAIR_INTERVAL_MS = 1000;

export { TIMING_EVENT, TIMING_OPT_IN } from './annotation-lifecycle';

export interface PageOptions {
  /** The matcher's text work on the index done ahead of time (`prepareIndex`). */
  prepared?: PreparedIndex | null;
  win?: Window & typeof globalThis;
}

export class FactCardsPage {
  private readonly win: Window & typeof globalThis;
  private readonly site: SiteState;
  private readonly lifecycle: AnnotationLifecycle;
  private readonly hover: ReturnType<typeof createHoverIntent<Annotation>>;
  private readonly card: CardController;
  private readonly input: PageInput;
  private readonly navigator: MentionNavigator;

  constructor(
    private readonly ctx: ContentScriptContext,
    index: CompiledIndex,
    options: PageOptions = {},
  ) {
    const win = options.win ?? window;
    this.win = win;
    const startedAt = performance.now();
    try {
      performance.mark('fact-cards:start');
    } catch {
      // Marks are a nicety.
    }
    const lookup = createLookup(index);
    const site = createSiteState(win);
    this.site = site;
    const settings = () => site.settings;
    const isShown = (annotation: Annotation) => site.isShown(annotation);
    const isActive = () => this.lifecycle.active;
    const shown = () => this.lifecycle.store.all().filter(isShown);

    this.lifecycle = createAnnotationLifecycle({
      ctx,
      win,
      matchers: createMatcherSource({
        lookup,
        prepared: options.prepared ?? null,
        strictness: () => site.settings.strictness,
      }),
      settings,
      isShown,
      isOwnUi: (element) => element === this.card.host || element.hasAttribute(UI_ATTRIBUTE),
      report: createMentionCountReporter(),
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
      createUi: () => createCardUi(ctx, win.document),
      settings,
      annotations: () => this.lifecycle.store.all(),
      isShown,
      isActive,
      hover: this.hover,
      pointer: () => this.input.pointer,
      onEntityHidden: (entityId) => {
        site.hide(entityId);
        this.lifecycle.refresh();
      },
      onSiteOff: () => {
        this.stop();
        site.switchOff();
      },
    });
    // Text the reader cannot see (a closed <details>, visibility:hidden) is never stepped to.
    const reachable = () => shown().filter((annotation) => isRendered(annotation.range));
    this.navigator = createMentionNavigator({ win, isActive, shown: reachable, card: this.card });
    this.input = createPageInput({
      win,
      settings,
      isActive,
      annotationAt: createAnnotationHitTest({
        doc: win.document,
        shadowRoots: () => this.lifecycle.shadowRoots,
        candidatesNear: (node) => this.lifecycle.store.nearNode(node).filter(isShown),
      }),
      uiHost: () => this.card.host,
      card: this.card,
      hover: this.hover,
      navigate: (direction) => this.navigator.navigate(direction, 'key'),
      onColorSchemeChange: () => this.card.render(),
    });
  }

  async start(): Promise<void> {
    const stopListening = listenForPageMessages({
      getPageState: () =>
        describePage({
          win: this.win,
          status: this.site.status,
          store: this.lifecycle.store,
          isShown: (annotation) => this.site.isShown(annotation),
        }),
      jumpTo: (target) => this.navigator.jumpTo(target),
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
      this.activate();
      return;
    }
    this.lifecycle.settingsChanged(previous, next);
    this.card.closeIfHidden();
    this.card.render();
  }

  private activate(): void {
    const { signal, annotated } = this.lifecycle.activate();
    this.input.listen(signal);
    // The card UI (its shadow root and CSS) is made once the marks are: no card can open before
    // there is a mark, and making it alongside would slow the first pass down.
    void annotated.then(() => this.card.mount(signal));
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

  private stop(): void {
    this.lifecycle.stop();
    this.card.unmount();
    this.hover.reset();
  }
}
