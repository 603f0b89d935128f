/**
 * What gets highlighted, in the real browser with the built extension: the right words on
 * ordinary, tricky and hostile pages, nothing on trap words or in form fields, later content
 * picked up, and the page's own markup never touched.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  allHighlighted,
  highlighted,
  launchPlain,
  openFixture,
  pageMarkup,
  sleep,
  TIMING_OPT_IN,
  waitForFirstPass,
  writeSettings,
} from './page-harness';
import { snap } from './screenshots';
import { useExtensionSession } from './session';

const session = useExtensionSession();
let plain: Browser;

beforeAll(async () => {
  plain = await launchPlain();
});

afterAll(async () => {
  await plain?.close();
});

const url = (name: string) => session.server.url(`page/${name}`);

describe('highlights', () => {
  test('the article: names and claim sentences are marked, by kind', async () => {
    // Every mention, so each name the matcher finds shows (by default only first mentions do).
    await writeSettings(session.browser.worker, (s) => ({ ...s, markMode: 'every' }));
    const { page, errors } = await openFixture(session.browser.context, url('article.html'));
    const marks = await highlighted(page);
    await writeSettings(session.browser.worker);
    expect(marks.organization).toEqual(expect.arrayContaining(['TikTok', 'ByteDance', 'Oracle']));
    expect(marks.person).toEqual(
      expect.arrayContaining(['Shou Zi Chew', 'Chew', 'Alex Haurek', 'Alex Stamos', 'Stamos']),
    );
    expect(marks.project).toContain('Project Texas');
    // A claim is marked on its sentence's last character, which covers none of its words.
    const sentence = await page.evaluate(() => {
      const highlight = CSS.highlights.get('fact-cards-claim') as unknown as Set<Range>;
      const p2 = document.getElementById('p2');
      return [...highlight].find((r) => p2?.contains(r.startContainer))?.toString() ?? null;
    });
    expect(sentence).toBe('.');
    expect(marks.claim?.every((s) => s.length === 1)).toBe(true);
    // Exactly one UI host, under <html>, outside the page's body.
    expect(
      await page.evaluate(() => {
        const hosts = document.querySelectorAll('[data-fact-cards-ui]');
        return { count: hosts.length, parent: hosts[0]?.parentElement?.tagName };
      }),
    ).toEqual({ count: 1, parent: 'HTML' });
    // The page's own adopted sheets are kept; ours is appended.
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    expect(errors).toEqual([]);
    await snap(page, 'page-article-highlights');
  });

  test('pages that do not ask for it get no timing event, and no message from the extension', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(() => {
      const seen = { timing: 0, messages: 0 };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      document.addEventListener('fact-cards:timing', () => {
        seen.timing++;
      });
      // A page's own message listener must not hear the extension (WXT announced scripts so).
      window.addEventListener('message', () => {
        seen.messages++;
      });
    });
    await page.goto(url('article.html'));
    await page.waitForFunction(() => CSS.highlights.has('fact-cards-claim'));
    await page.waitForFunction(
      () => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) > 5,
    );
    await sleep(300);
    expect(await page.evaluate(() => (window as unknown as { __seen: object }).__seen)).toEqual({
      timing: 0,
      messages: 0,
    });
    // The check can fail: a message the page posts itself is counted.
    await page.evaluate(() => window.postMessage('own', '*'));
    await sleep(50);
    expect(
      await page.evaluate(() => (window as unknown as { __seen: { messages: number } }).__seen),
    ).toMatchObject({ messages: 1 });
    await page.close();
  });

  test('trap words (larks, the Oracle of Delphi, Will Ferrell, chewing gum, trump cards, Texas…) mark nothing', async () => {
    const { page } = await openFixture(session.browser.context, url('traps.html'));
    expect(await allHighlighted(page)).toEqual([]);
  });

  test('text split across inline elements is matched and painted across them', async () => {
    const { page } = await openFixture(session.browser.context, url('split.html'));
    const marks = await allHighlighted(page);
    expect(marks).toEqual(expect.arrayContaining(['Project Texas', 'TikTok', 'ByteDance']));
  });

  test('form fields and editable regions are left alone', async () => {
    const { page } = await openFixture(session.browser.context, url('forms.html'));
    expect(await allHighlighted(page)).toEqual(['TikTok']);
  });

  test('open shadow roots are scanned too', async () => {
    const { page } = await openFixture(session.browser.context, url('shadow.html'));
    expect(await allHighlighted(page)).toEqual(expect.arrayContaining(['ByteDance', 'Lark']));
  });

  test('page CSS cannot reach the marks or the card (hostile CSS)', async () => {
    const { page } = await openFixture(session.browser.context, url('hostile.html'));
    expect(await allHighlighted(page)).toEqual(
      expect.arrayContaining(['TikTok', 'ByteDance', 'Project Texas']),
    );
    await snap(page, 'page-hostile-highlights');
  });

  test('a strict Content-Security-Policy page is annotated, including what its script adds', async () => {
    const { page, errors } = await openFixture(session.browser.context, url('strict.csp.html'));
    await expect
      .poll(() => allHighlighted(page))
      .toEqual(expect.arrayContaining(['TikTok', 'ByteDance', 'Project Texas', 'Oracle']));
    expect(errors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
  });
});

describe('living pages', () => {
  test('content added after load is scanned as it arrives', async () => {
    const { page } = await openFixture(session.browser.context, url('live.html'));
    await page.waitForFunction(() => document.title.endsWith('(done)'));
    await expect
      .poll(() => allHighlighted(page), { timeout: 5000 })
      .toEqual(expect.arrayContaining(['ByteDance', 'Project Texas', 'Oracle', 'Shou Zi Chew']));
  });

  test('a single-page app that swaps its content: old ranges dropped, new ones added', async () => {
    const { page } = await openFixture(session.browser.context, url('spa.html'));
    expect(await allHighlighted(page)).toEqual(expect.arrayContaining(['ByteDance', 'TikTok']));
    await page.click('#to-two');
    await expect
      .poll(async () => (await allHighlighted(page)).sort(), { timeout: 5000 })
      .toEqual(expect.arrayContaining(['Oracle', 'Project Texas', 'TikTok']));
    expect(await allHighlighted(page)).not.toContain('ByteDance');
  });

  test('a page that re-renders every 50 ms stays marked, costs little and never loops', async () => {
    const { page, errors } = await openFixture(session.browser.context, url('rerender.html'));
    await sleep(300);
    // The page keeps rebuilding its list; the marks follow the new nodes.
    await expect
      .poll(() => allHighlighted(page))
      .toEqual(expect.arrayContaining(['TikTok', 'ByteDance']));
    const busy = await page.evaluate(async () => {
      // Main-thread time over one second: a loop would fill it.
      let longest = 0;
      let last = performance.now();
      const end = last + 1000;
      while (performance.now() < end) {
        await new Promise((r) => setTimeout(r, 0));
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }
      return longest;
    });
    expect(busy).toBeLessThan(50);
    const renders = await page.evaluate(() => document.getElementById('counter')?.textContent);
    expect(Number(renders?.split(': ')[1])).toBeGreaterThan(10);
    expect(errors).toEqual([]);
  });

  test('a server-rendered page hydrates without a mismatch', async () => {
    const { page, errors } = await openFixture(session.browser.context, url('hydrated.html'));
    await page.waitForFunction(() => (window as unknown as { hydrated?: number }).hydrated === 2);
    expect(await allHighlighted(page)).toEqual(
      expect.arrayContaining(['TikTok', 'Oracle', 'ByteDance', 'Project Texas', 'Shou Zi Chew']),
    );
    expect(errors).toEqual([]);
  });
});

describe("the page's DOM is never changed", () => {
  const STATIC = [
    'article.html',
    'traps.html',
    'split.html',
    'forms.html',
    'shadow.html',
    'hostile.html',
    'strict.csp.html',
    'hydrated.html',
    'dark.html',
    'edge.html',
  ];

  test.each(STATIC)('%s: markup identical before and after annotation', async (name) => {
    const page = await session.browser.context.newPage();
    // Captured in the page's world before the content script runs (at document_idle), then the
    // page opts in to the timing event (which `pageMarkup` leaves out again).
    await page.addInitScript((optIn) => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __before: string }).__before = document.documentElement.outerHTML;
        document.documentElement.setAttribute(optIn, '');
      });
      document.addEventListener('fact-cards:timing', () => {
        (window as unknown as { __annotated: boolean }).__annotated = true;
      });
    }, TIMING_OPT_IN);
    await page.goto(url(name));
    await page.waitForFunction(() => (window as unknown as { __annotated?: boolean }).__annotated);
    await sleep(100);
    const before = await page.evaluate(() => (window as unknown as { __before: string }).__before);
    const after = await pageMarkup(page);
    // Scripts on these pages only add what they add before DOMContentLoaded or a known paragraph.
    if (name === 'strict.csp.html') {
      expect(after).toContain('id="csp2"');
      expect(after.replace(/<p id="csp2">.*?<\/p>/, '')).toBe(
        before.replace(/<p id="csp2">.*?<\/p>/, ''),
      );
    } else expect(after).toBe(before);
    expect(await highlighted(page)).toBeDefined();
  });

  const DYNAMIC = ['live.html', 'spa.html', 'rerender.html'];

  test.each(DYNAMIC)(
    '%s: markup identical to the same page in a browser without the extension',
    async (name) => {
      const normalise = (html: string) => html.replace(/renders: \d+/, 'renders: N');
      const { page } = await openFixture(session.browser.context, url(name));
      const other = await plain.newPage();
      await other.goto(url(name));
      if (name === 'live.html') {
        await page.waitForFunction(() => document.title.endsWith('(done)'));
        await other.waitForFunction(() => document.title.endsWith('(done)'));
      }
      if (name === 'spa.html') {
        await page.click('#to-two');
        await other.click('#to-two');
        await sleep(200);
      }
      await waitForFirstPass(page);
      expect(normalise(await pageMarkup(page))).toBe(normalise(await pageMarkup(other)));
      await other.close();
    },
  );
});
