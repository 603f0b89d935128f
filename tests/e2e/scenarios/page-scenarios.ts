/** The reader on a page: marks, the hover card, the keyboard, dark mode, hostile and strict pages. */
import { expect } from 'vitest';
import { sleep, TIMING_OPT_IN } from '../page-harness';
import { allHighlighted, card, highlighted, hover, luminance, openAnnotated } from './helpers';
import type { Scenario } from './types';

const article = 'page/article.html';

/** Records the page's markup before the content script runs (at document_idle). */
const CAPTURE_BEFORE = `
  document.addEventListener('DOMContentLoaded', () => {
    window.__before = document.documentElement.outerHTML;
  });
`;

export const pageScenarios: Scenario[] = [
  {
    name: 'the content script paints names and claims on an article',
    async run({ browser, url, snap }) {
      const page = await openAnnotated(browser, url(article));
      const marks = await highlighted(page);
      expect(marks.organization).toEqual(expect.arrayContaining(['TikTok', 'ByteDance']));
      expect(marks.person).toEqual(expect.arrayContaining(['Shou Zi Chew']));
      expect(marks.project).toContain('Project Texas');
      expect(marks.claim?.length ?? 0).toBeGreaterThan(0);
      // The extension's only node is one UI host under <html>, outside the page's body.
      expect(
        await page.evaluate(() => {
          const hosts = document.querySelectorAll('[data-fact-cards-ui]');
          return { count: hosts.length, parent: hosts[0]?.parentElement?.tagName };
        }),
      ).toEqual({ count: 1, parent: 'HTML' });
      expect(page.errors).toEqual([]);
      await snap(page, 'article-highlights');
    },
  },
  {
    name: 'resting on a name opens its card, which names it and quotes a source',
    async run({ browser, url, snap }) {
      const page = await openAnnotated(browser, url(article));
      await hover(page, 'Project Texas', '#p3');
      await expect.poll(() => card(page), { timeout: 5000 }).not.toBeNull();
      const open = await card(page);
      expect(open).toMatchObject({ role: 'dialog', heading: 'Project Texas' });
      expect(open?.label).toMatch(/^Project Texas/);
      // It cites a source with a passage; quotation marks only around an outlet's own words (a
      // copy's wording is shown as the copy's, unquoted).
      expect(open?.citations.length).toBeGreaterThan(0);
      expect(open?.citations[0]?.text.trim().length).toBeGreaterThan(40);
      for (const citation of open?.citations ?? []) {
        if (citation.quote) expect(citation.quote.trim()).toMatch(/^“[\s\S]+”$/);
      }
      expect(open?.style.position).toBe('fixed');
      await sleep(300); // past the fade-in
      await snap(page, 'card');
      // Leaving the word and the card closes it.
      await page.moveMouse(5, 880);
      await expect.poll(() => card(page), { timeout: 5000 }).toBeNull();
      expect(page.errors).toEqual([]);
    },
  },
  {
    name: 'Alt+Shift+J / K step between mentions with focus in the card; Escape gives focus back',
    async run({ browser, url }) {
      const page = await openAnnotated(browser, url(article));
      await page.evaluate(() => {
        document.getElementById('sources')?.focus();
        window.scrollTo(0, 0);
      });
      await page.press('Alt+Shift+KeyJ');
      await expect.poll(() => card(page), { timeout: 5000 }).not.toBeNull();
      const first = (await card(page))?.heading;
      expect(first).toBeTruthy();
      expect((await card(page))?.focusInside).toBe(true);
      await page.press('Alt+Shift+KeyJ');
      await expect.poll(async () => (await card(page))?.heading).not.toBe(first);
      await page.press('Alt+Shift+KeyK');
      await expect.poll(async () => (await card(page))?.heading).toBe(first);
      await page.press('Escape');
      await expect.poll(() => card(page)).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('sources');
    },
  },
  {
    name: 'in a dark colour scheme the card is dark with light text',
    async run({ driver, url, snap }) {
      const dark = await driver.launch({ colorScheme: 'dark' });
      try {
        const page = await openAnnotated(dark, url('page/dark.html'));
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
          true,
        );
        await hover(page, 'Project Texas');
        await expect.poll(() => card(page), { timeout: 5000 }).not.toBeNull();
        await sleep(300);
        const style = (await card(page))?.style;
        expect(luminance(style?.background ?? '')).toBeLessThan(0.1);
        expect(luminance(style?.color ?? '')).toBeGreaterThan(0.5);
        // Its scrollbar too: Firefox draws the card body's scrollbar in the card's colour scheme.
        expect(style?.colorScheme).toBe('dark');
        await snap(page, 'card-dark');
      } finally {
        await dark.close();
      }
    },
  },
  {
    name: 'the page’s markup is the same before and after annotation',
    async run({ browser, url }) {
      for (const name of [
        'article.html',
        'shadow.html',
        'forms.html',
        'hostile.html',
        'strict.csp.html',
      ]) {
        const page = await browser.openPage(url(`page/${name}`), {
          initScript: CAPTURE_BEFORE + TIMING_INIT_SCRIPT_FOR_MARKUP,
        });
        await page.waitFor(() => (window as unknown as { __annotated?: boolean }).__annotated);
        await sleep(100);
        const { before, after } = await page.evaluate((optIn) => {
          const clone = document.documentElement.cloneNode(true) as HTMLElement;
          for (const host of clone.querySelectorAll('[data-fact-cards-ui]')) host.remove();
          clone.removeAttribute(optIn);
          return {
            before: (window as unknown as { __before: string }).__before,
            after: clone.outerHTML,
          };
        }, TIMING_OPT_IN);
        // The strict page's own script adds one paragraph after DOMContentLoaded.
        const own = /<p id="csp2">.*?<\/p>/;
        expect(after.replace(own, ''), name).toBe(before.replace(own, ''));
        await page.close();
      }
    },
  },
  {
    name: 'a hostile stylesheet reaches neither the marks nor the card',
    async run({ browser, url, snap }) {
      const page = await openAnnotated(browser, url('page/hostile.html'));
      expect(await allHighlighted(page)).toEqual(
        expect.arrayContaining(['TikTok', 'ByteDance', 'Project Texas']),
      );
      await hover(page, 'ByteDance', '#hostile1');
      await expect.poll(() => card(page), { timeout: 5000 }).not.toBeNull();
      await sleep(300);
      const open = await card(page);
      // hostile.css sets every element to 40px serif and unsets layout: the card keeps a
      // readable size of its own and stays a floating box inside the window.
      expect(open?.style).toMatchObject({ position: 'fixed' });
      const size = Number.parseFloat(open?.style.fontSize ?? '');
      expect(size).toBeGreaterThanOrEqual(12);
      expect(size).toBeLessThanOrEqual(24);
      expect(open?.style.fontFamily).not.toMatch(/^serif$/);
      const view = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
      expect(open?.box.x).toBeGreaterThanOrEqual(0);
      expect((open?.box.x ?? 0) + (open?.box.width ?? 0)).toBeLessThanOrEqual(view.width);
      expect((open?.box.y ?? 0) + (open?.box.height ?? 0)).toBeLessThanOrEqual(view.height);
      expect(page.errors).toEqual([]);
      await snap(page, 'card-hostile');
    },
  },
  {
    name: 'a strict Content-Security-Policy page is annotated, with what its script adds, and gets a styled card',
    async run({ browser, url }) {
      const page = await openAnnotated(browser, url('page/strict.csp.html'));
      await expect
        .poll(() => allHighlighted(page))
        .toEqual(expect.arrayContaining(['TikTok', 'ByteDance', 'Project Texas', 'Oracle']));
      await hover(page, 'TikTok', '#csp1');
      await expect.poll(() => card(page), { timeout: 5000 }).not.toBeNull();
      expect((await card(page))?.style.position).toBe('fixed');
      expect(page.errors.filter((e) => /Content[- ]Security[- ]Policy|Refused/i.test(e))).toEqual(
        [],
      );
    },
  },
];

/** The timing opt-in, plus a flag once the first pass is done (the markup test waits for it). */
const TIMING_INIT_SCRIPT_FOR_MARKUP = `
  document.addEventListener('DOMContentLoaded', () => {
    document.documentElement.setAttribute('${TIMING_OPT_IN}', '');
  });
  document.addEventListener('fact-cards:timing', () => { window.__annotated = true; });
`;
