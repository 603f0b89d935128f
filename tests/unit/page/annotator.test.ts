/**
 * Range bookkeeping with the real matcher and extractor in happy-dom: units, ranges, mutations
 * that replace, change or remove text, and the reuse of matches for text seen before.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createMatcher, type Matcher, matcherSteps } from '../../../utils/match/matcher';
import { type Annotation, isStale } from '../../../utils/page/annotations';
import { Annotator, type AnnotatorDeps } from '../../../utils/page/annotator';
import type { Highlighter } from '../../../utils/page/highlighter';
import type { HighlightKind } from '../../../utils/settings/types';
import { testIndex } from './test-index';

class FakeHighlighter {
  painted = new Map<Range, HighlightKind>();
  /** Whether ranges are held (see `Highlighter.hold`), and how many were added while held. */
  holding = false;
  addedWhileHeld = 0;
  add(kind: HighlightKind, range: Range) {
    if (this.holding) this.addedWhileHeld++;
    this.painted.set(range, kind);
  }
  delete(_kind: HighlightKind, range: Range) {
    this.painted.delete(range);
  }
  clear() {
    this.painted.clear();
  }
  hold() {
    this.holding = true;
  }
  release() {
    this.holding = false;
  }
  texts() {
    return [...this.painted.keys()].map((r) => r.toString()).sort();
  }
}

/** An annotator over `html` with the test index; `deps` replace the defaults. */
function setup(html: string, deps: Partial<AnnotatorDeps> = {}) {
  document.body.innerHTML = html;
  const highlighter = new FakeHighlighter();
  const matcher = createMatcher(testIndex);
  const scan = vi.spyOn(matcher, 'scan');
  const hidden = new Set<string>();
  const annotator = new Annotator({
    doc: document,
    matcher: () => matcher,
    highlighter: highlighter as unknown as Highlighter,
    isShown: (a: Annotation) => !hidden.has(a.targetId),
    isOwnUi: (el) => el.hasAttribute('data-fact-cards-ui'),
    onShadowRoot: () => undefined,
    onChange: () => undefined,
    yieldToMain: () => Promise.resolve(),
    ...deps,
  });
  return { annotator, highlighter, scan, hidden };
}

/** The test index's matcher, telling `onScan` each text it scans. */
function matcherCalling(onScan: (text: string) => void): Matcher {
  const matcher = createMatcher(testIndex);
  return {
    ...matcher,
    scan: (text: string) => {
      onScan(text);
      return matcher.scan(text);
    },
  };
}

const entityTexts = (annotator: Annotator) =>
  annotator.store
    .all()
    .filter((a) => a.kind === 'entity')
    .map((a) => a.range.toString());

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('Annotator', () => {
  test('a full pass makes one range per mention, in document order, across inline elements', async () => {
    const { annotator, highlighter } = setup(
      '<p>Shou Zi Chew runs <b>Tik</b>Tok.</p><p>Later, Chew spoke of <em>Project</em> Texas.</p><textarea>ByteDance</textarea>',
    );
    await annotator.fullPass();
    expect(entityTexts(annotator)).toEqual(['Shou Zi Chew', 'TikTok', 'Chew', 'Project Texas']);
    expect(highlighter.texts()).toEqual(['Chew', 'Project Texas', 'Shou Zi Chew', 'TikTok']);
  });

  test('marks of units out of view are held by the highlighter and released when the pass ends', async () => {
    // happy-dom has no layout: every unit is out of view.
    const { annotator, highlighter } = setup('<p>Shou Zi Chew runs TikTok.</p>');
    await annotator.fullPass();
    expect(highlighter.addedWhileHeld).toBe(2);
    expect(highlighter.holding).toBe(false);
  });

  test('a matcher built in steps, with a pause between each, before the first scan', async () => {
    const events: string[] = [];
    let matcher: Matcher | null = null;
    const { annotator } = setup('<p>Shou Zi Chew runs TikTok.</p>', {
      matcher: () => {
        if (!matcher) throw new Error('scanned before the matcher was built');
        events.push('scan');
        return matcher;
      },
      prepareMatcher: async (pause) => {
        const steps = matcherSteps(testIndex);
        for (let step = steps.next(); ; step = steps.next()) {
          if (step.done) {
            matcher = step.value;
            return 0;
          }
          events.push(step.value);
          await pause();
        }
      },
      yieldToMain: async () => {
        events.push('pause');
      },
    });
    await annotator.fullPass();
    expect(events.slice(0, 6)).toEqual(['entities', 'pause', 'fuzzy', 'pause', 'claims', 'pause']);
    expect(events).toContain('scan');
    expect(entityTexts(annotator)).toEqual(['Shou Zi Chew', 'TikTok']);
  });

  test('the whole page is scanned and its relevance decided before anything is painted', async () => {
    let clock = 0;
    const events: string[] = [];
    const scanning = matcherCalling(() => {
      events.push('scan');
      // A scan that spends most of a slice.
      clock += 20;
    });
    const { annotator, highlighter } = setup(
      '<p>Later, Chew spoke of TikTok.</p><p>Shou Zi Chew runs TikTok and ByteDance.</p>',
      {
        matcher: () => scanning,
        now: () => clock,
        yieldToMain: async () => {
          events.push('pause');
        },
      },
    );
    const add = highlighter.add.bind(highlighter);
    highlighter.add = (kind, range) => {
      events.push(`paint ${range.toString()}`);
      add(kind, range);
    };
    const [, second] = [...document.querySelectorAll('p')];
    vi.spyOn(second as HTMLElement, 'getBoundingClientRect').mockReturnValue({
      top: 0,
      bottom: 20,
      height: 20,
    } as DOMRect);
    await annotator.fullPass();
    // One scan in document order: "Chew" before the full name is nobody; the unit in view is
    // painted first once the spent slice has yielded.
    expect(events).toEqual([
      'scan',
      'pause',
      'paint Shou Zi Chew',
      'paint TikTok',
      'paint ByteDance',
      'paint TikTok',
    ]);
    expect(annotator.relevance?.decision.relevance).toBe('on-topic');
  });

  test('batches are cut by size, not by the clock; units read before a pause are read again', async () => {
    let clock = 0;
    const scanned: string[] = [];
    const scanning = matcherCalling((text) => scanned.push(text));
    let pauses = 0;
    let changes = 0;
    const html =
      '<p id="a">Shou Zi Chew runs TikTok.</p><p id="b">ByteDance owns it.</p><p id="c">TikTok hosts it.</p>';
    const { annotator } = setup(html, {
      matcher: () => scanning,
      // Every reading of the clock spends a whole slice: a pause after every unit.
      now: () => (clock += 100),
      pageChanges: () => changes,
      yieldToMain: async () => {
        pauses++;
        if (pauses !== 2) return;
        // The page changes a unit already read while the script waits, and the watcher sees it.
        ((document.getElementById('a') as HTMLElement).firstChild as Text).data =
          'Project Texas runs.';
        changes++;
      },
    });
    await annotator.fullPass();
    expect(pauses).toBeGreaterThanOrEqual(3);
    // One batch, as with all the time in the world: the same text, so the same context.
    expect(scanned).toHaveLength(1);
    expect(scanned[0]).toContain('Project Texas runs.\n\nByteDance owns it.\n\nTikTok hosts it.');
    expect(entityTexts(annotator)).toEqual(['Project Texas', 'ByteDance', 'TikTok']);
  });

  test('a follow-up name in a unit scanned later still counts (context of names seen)', async () => {
    const { annotator } = setup('<p>Shou Zi Chew testified.</p>');
    await annotator.fullPass();
    const p = document.createElement('p');
    p.textContent = 'Chew said more.';
    document.body.append(p);
    await annotator.applyMutations([
      {
        type: 'childList',
        target: document.body,
        addedNodes: [p],
        removedNodes: [],
      } as unknown as MutationRecord,
    ]);
    expect(entityTexts(annotator)).toEqual(['Shou Zi Chew', 'Chew']);
  });

  test('removed text loses its ranges; changed text is re-scanned', async () => {
    const { annotator, highlighter } = setup(
      '<p id="a">TikTok news</p><p id="b">ByteDance news</p>',
    );
    await annotator.fullPass();
    const a = document.getElementById('a') as HTMLElement;
    const b = document.getElementById('b') as HTMLElement;
    a.remove();
    (b.firstChild as Text).data = 'Project Texas news';
    await annotator.applyMutations([
      { type: 'childList', target: document.body, addedNodes: [], removedNodes: [a] },
      { type: 'characterData', target: b.firstChild, addedNodes: [], removedNodes: [] },
    ] as unknown as MutationRecord[]);
    expect(entityTexts(annotator)).toEqual(['Project Texas']);
    expect(highlighter.texts()).toEqual(['Project Texas']);
  });

  test('text re-rendered unchanged is re-anchored without calling the matcher again', async () => {
    const { annotator, scan, highlighter } = setup(
      '<ul id="l"><li>TikTok tops</li><li>weather</li></ul>',
    );
    await annotator.fullPass();
    const list = document.getElementById('l') as HTMLElement;
    const rerender = async () => {
      const old = [...list.children];
      list.innerHTML = '<li>TikTok tops</li><li>weather</li>';
      await annotator.applyMutations([
        { type: 'childList', target: list, addedNodes: [...list.children], removedNodes: old },
      ] as unknown as MutationRecord[]);
    };
    // The first re-render may scan once with the page's names as context; then never again.
    await rerender();
    const calls = scan.mock.calls.length;
    await rerender();
    await rerender();
    expect(scan.mock.calls.length).toBe(calls);
    expect(highlighter.texts()).toEqual(['TikTok']);
    expect(annotator.store.all().every((x) => !isStale(x))).toBe(true);
  });

  test('more than 200 records in one batch asks for a full rescan instead', async () => {
    const { annotator } = setup('<p>TikTok</p>');
    const records = Array.from({ length: 201 }, () => ({
      type: 'characterData',
      target: document.body.firstChild,
    })) as unknown as MutationRecord[];
    expect(await annotator.applyMutations(records)).toBe(false);
  });

  test('repaint applies hidden entities without re-scanning; reset clears everything', async () => {
    const { annotator, highlighter, hidden } = setup('<p>TikTok and ByteDance</p>');
    await annotator.fullPass();
    hidden.add('tiktok');
    annotator.repaint();
    expect(highlighter.texts()).toEqual(['ByteDance']);
    annotator.reset();
    expect(highlighter.texts()).toEqual([]);
    expect(annotator.store.all()).toEqual([]);
  });

  test('the extension UI host is never scanned; open shadow roots are', async () => {
    const { annotator } = setup('<div data-fact-cards-ui><p>TikTok</p></div><div id="h"></div>');
    const shadow = (document.getElementById('h') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>ByteDance inside</p>';
    await annotator.fullPass();
    expect(entityTexts(annotator)).toEqual(['ByteDance']);
  });
});
