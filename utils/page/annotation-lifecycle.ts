/**
 * The annotations' life on a page: a session starts (highlights attached, the page observed, a
 * full pass queued), mutations re-scan what they touched, and the session stops (everything
 * undone). Annotator work runs one job at a time; full rescans are rate-limited. The first pass
 * publishes its timings.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageRelevanceState } from '../messaging';
import { explainRelevance } from '../relevance/explain';
import type { Settings } from '../settings/types';
import type { Annotation } from './annotations';
import { Annotator, type PassTimings } from './annotator';
import { guard } from './guard';
import { buildHighlightCss, isDarkBackground } from './highlight-css';
import { Highlighter } from './highlighter';
import type { PaintName } from './kinds';
import { claimMarkerRange, createSectionIndex, planMarks } from './mark-plan';
import type { MatcherSource } from './matcher-source';
import { createMutationWatcher } from './mutations';
import { createRateLimiter } from './scheduler';
import { publishTimingEvent } from './timing-event';

/** Full rescans allowed per second: a page that re-renders forever cannot keep us busy. */
const RESCANS_PER_SECOND = 2;
/** How long the badge count may lag behind the page. */
const REPORT_DELAY_MS = 150;

export interface AnnotationLifecycleDeps {
  ctx: Pick<ContentScriptContext, 'onInvalidated' | 'setTimeout'>;
  win: Window & typeof globalThis;
  matchers: MatcherSource;
  settings: () => Settings;
  /** Whether an annotation is painted (its kind is on and its entity is not hidden). */
  isShown: (annotation: Annotation) => boolean;
  isOwnUi: (element: Element) => boolean;
  /** Names and claims listed for the page, for the badge; null once annotating stopped. */
  report: (count: number | null) => void;
  /** Called after each batch of mutations was applied (the open card's mention may be gone). */
  afterMutations: () => void;
  /** When the content script started, for the timing event. */
  startedAt: number;
}

export type AnnotationLifecycle = ReturnType<typeof createAnnotationLifecycle>;

/** Whether the page's own background is dark, so highlights are painted to suit it. */
function detectDarkPage(win: Window): boolean {
  const doc = win.document;
  const backgrounds: string[] = [];
  for (const element of [doc.body, doc.documentElement]) {
    if (element) backgrounds.push(win.getComputedStyle(element).backgroundColor);
  }
  const scheme = win.getComputedStyle(doc.documentElement).colorScheme ?? '';
  const canvasDark =
    scheme.includes('dark') && Boolean(win.matchMedia?.('(prefers-color-scheme: dark)').matches);
  return isDarkBackground(backgrounds, canvasDark);
}

export function createAnnotationLifecycle({
  ctx,
  win,
  matchers,
  settings,
  isShown,
  isOwnUi,
  report,
  afterMutations,
  startedAt,
}: AnnotationLifecycleDeps) {
  const doc = win.document;
  const rescans = createRateLimiter(RESCANS_PER_SECOND, 1000);
  let session: AbortController | null = null;
  let work: Promise<unknown> = Promise.resolve();
  let fullPassQueued = false;
  let darkPage = false;
  let firstPass = true;
  let reportQueued = false;
  let paintQueued = false;
  /** What is painted now, so a new plan changes only what differs. */
  let painted = new Map<Range, PaintName>();
  let marked = new Set<Annotation>();
  let active: Range | null = null;
  const markers = new WeakMap<Annotation, Range | null>();

  const highlighter = new Highlighter(win);
  const annotator = new Annotator({
    doc,
    matcher: () => matchers.current(),
    prepareMatcher: (pause) => matchers.prepare(pause),
    highlighter,
    // The annotator finds; what is painted is the mark plan's choice, made over the whole page.
    isShown: () => false,
    isOwnUi,
    onShadowRoot: (root) => {
      watcher.observe(root);
      highlighter.styleTarget(root);
    },
    onChange: () => afterChange(),
    pageChanges: () => watcher.seen(),
  });
  const watcher = createMutationWatcher({
    isOwnUi: (node) => node.nodeType === 1 && isOwnUi(node as Element),
    onBatch: guard((records) => onMutations(records)),
  });

  const css = () => buildHighlightCss({ style: settings().highlightStyle, dark: darkPage });
  const updateCss = () => highlighter.setCss(css());

  /** Annotator work runs one job at a time. */
  const enqueue = (job: () => Promise<unknown>) => {
    work = work.then(job).catch((error) => console.debug('Fact Cards:', error));
  };

  async function runFullPass(): Promise<void> {
    if (!session) return;
    watcher.discard();
    const timings = await annotator.fullPass();
    paint();
    if (timings && firstPass) {
      firstPass = false;
      publishTimings(timings);
    }
    const dark = detectDarkPage(win);
    if (dark !== darkPage) {
      darkPage = dark;
      updateCss();
    }
  }

  function scheduleFullPass(): void {
    if (fullPassQueued || !session) return;
    fullPassQueued = true;
    const run = () =>
      enqueue(async () => {
        fullPassQueued = false;
        rescans.tryTake();
        await runFullPass();
      });
    const wait = rescans.waitMs();
    if (wait > 0) ctx.setTimeout(run, wait);
    else run();
  }

  function onMutations(records: MutationRecord[]): void {
    if (!session) return;
    enqueue(async () => {
      if (!session) return;
      const handled = await annotator.applyMutations(records);
      if (!handled) scheduleFullPass();
      afterMutations();
    });
  }

  function publishTimings({ visibleDone, allDone }: PassTimings): void {
    try {
      performance.mark('fact-cards:visible-done', { startTime: visibleDone });
      performance.mark('fact-cards:all-done', { startTime: allDone });
    } catch {
      // Marks are a nicety.
    }
    publishTimingEvent(doc, {
      start: startedAt,
      visibleDone,
      allDone,
      matcherBuildMs: matchers.buildMs,
      pageChromeMs: annotator.chromeMs,
      // Counting needs no document order: `all()` would sort every annotation in one task.
      annotations: annotator.store.countWhere(() => true),
      highlighted: highlighter.size,
    });
  }

  function markerOf(annotation: Annotation): Range | null {
    let marker = markers.get(annotation);
    if (marker === undefined) {
      marker = claimMarkerRange(annotation.range, doc);
      markers.set(annotation, marker);
    }
    return marker;
  }

  /** Paints what the mark plan says for the annotations as they are now. */
  function paint(): void {
    if (!session) return;
    const plan = planMarks(annotator.store.all(), {
      mode: settings().markMode,
      isShown,
      sectionOf: createSectionIndex(doc),
      markerOf,
    });
    for (const [range, name] of painted) {
      if (plan.paint.get(range) !== name) highlighter.delete(name, range);
    }
    for (const [range, name] of plan.paint) {
      if (painted.get(range) !== name) highlighter.add(name, range);
    }
    painted = plan.paint;
    marked = plan.marked;
  }

  function forgetPaint(): void {
    painted = new Map();
    marked = new Set();
    active = null;
  }

  /** Repaints after what is shown changed, and reports the new count. */
  function refresh(): void {
    paint();
    afterChange();
  }

  function afterChange(): void {
    if (session && !paintQueued) {
      // One plan per turn of the event loop, however many slices changed the annotations.
      paintQueued = true;
      ctx.setTimeout(() => {
        paintQueued = false;
        paint();
      }, 0);
    }
    if (!session || reportQueued) return;
    // Counting and messaging after every slice of a long page's pass would cost more than the
    // slices: the badge catches up a moment later instead.
    reportQueued = true;
    ctx.setTimeout(() => {
      reportQueued = false;
      if (!session) return;
      // The badge counts what the popup lists: each shown name and claim once.
      const listed = new Set<string>();
      annotator.store.countWhere((annotation) => {
        if (isShown(annotation)) listed.add(`${annotation.kind}:${annotation.targetId}`);
        return false;
      });
      report(listed.size);
    }, REPORT_DELAY_MS);
  }

  return {
    store: annotator.store,
    /** The page's relevance decision, explained, once the first full pass made it. */
    get relevance(): PageRelevanceState | undefined {
      const known = annotator.relevance;
      if (!known) return undefined;
      const story = matchers.current().index.story?.name ?? 'index’s story';
      return {
        relevance: known.decision.relevance,
        explanation: explainRelevance(known.decision, story),
        showEverything: known.showEverything,
      };
    },
    /** Shows everything found on the page (or only what its relevance allows), for this visit. */
    showEverything(on: boolean): Promise<void> {
      enqueue(async () => annotator.setShowEverything(on));
      return work.then(() => undefined);
    },
    get active(): boolean {
      return session !== null;
    },
    get shadowRoots(): ShadowRoot[] {
      return annotator.shadowRoots;
    },
    /**
     * Starts a session and its first full pass: the signal ends with the session, `annotated`
     * resolves when that pass is done.
     */
    activate(): { signal: AbortSignal; annotated: Promise<void> } {
      const current = new AbortController();
      session = current;
      ctx.onInvalidated(() => current.abort());
      darkPage = detectDarkPage(win);
      highlighter.attach(css());
      watcher.observe(doc.documentElement);
      enqueue(runFullPass);
      return { signal: current.signal, annotated: work.then(() => undefined) };
    },
    stop(): void {
      if (session) {
        session.abort();
        session = null;
      }
      watcher.disconnect();
      annotator.reset();
      highlighter.detach();
      forgetPaint();
      report(null);
    },
    /** Applies changed settings to a running session's annotations. */
    settingsChanged(previous: Settings, next: Settings): void {
      if (previous.strictness !== next.strictness) {
        matchers.forget();
        annotator.forgetMatches();
        annotator.reset();
        scheduleFullPass();
      }
      if (previous.highlightStyle !== next.highlightStyle) updateCss();
      refresh();
    },
    refresh,
    /** Puts back highlights and their stylesheet if the page removed them; true if it had to. */
    repair(): boolean {
      return session !== null && highlighter.repair();
    },
    /** Whether an annotation is marked on the page (the pointer can open only those). */
    isMarked(annotation: Annotation): boolean {
      return marked.has(annotation);
    },
    /** The claim's marker on the page, if it has one. */
    markerOf,
    /** Marks the mention whose card is open (null: none is). */
    setActive(range: Range | null): void {
      if (active) highlighter.delete('active', active);
      active = range;
      if (range && session) highlighter.add('active', range);
    },
  };
}
