/**
 * The card in the real browser: hover intent, keyboard navigation and focus, Escape, live
 * settings, "Not this", placement at the edges, dark theme and a hostile page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { launchWithExtension } from './browser';
import { allHighlighted, openFixture, sleep, wordCenter, writeSettings } from './page-harness';
import { snap } from './screenshots';
import { useExtensionSession } from './session';

const session = useExtensionSession();

const url = (name: string) => session.server.url(`page/${name}`);
const card = (page: Page) => page.getByTestId('fact-card');

async function hover(page: Page, word: string, selector = 'body', nth = 0) {
  const { x, y } = await wordCenter(page, word, selector, nth);
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y);
}

/** The centre of the claim marker (its sentence's last character) inside `selector`. */
function claimMarker(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const highlight = CSS.highlights.get('fact-cards-claim') as unknown as Set<Range>;
    const inside = [...highlight].find((r) =>
      document.querySelector(selector)?.contains(r.startContainer),
    );
    if (!inside) throw new Error(`no claim marker in ${selector}`);
    const rect = inside.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, selector);
}

/** Where focus really is: through the extension's open shadow root. */
function focused(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    const inner = active?.shadowRoot?.activeElement;
    return {
      host: active?.hasAttribute('data-fact-cards-ui') ?? false,
      id: active?.id ?? '',
      role: inner?.getAttribute('role') ?? inner?.tagName ?? null,
    };
  });
}

describe('hover', () => {
  test('resting on a name opens its card after the intent delay, with citations', async () => {
    const { page } = await openFixture(session.browser.context, url('article.html'));
    await hover(page, 'Project Texas', '#p3');
    await expect.poll(() => card(page).count(), { timeout: 3000 }).toBe(1);
    const dialog = card(page);
    expect(await dialog.getAttribute('role')).toBe('dialog');
    expect(await dialog.getAttribute('aria-label')).toBe('Project Texas, project');
    expect(await dialog.locator('h2').textContent()).toBe('Project Texas');
    const citation = dialog.getByTestId('citation').first();
    expect(await citation.locator('.fc-outlet').textContent()).toBeTruthy();
    // The passage: quoted when it is the outlet's own wording, else labelled as a copy's.
    expect(await citation.locator('.fc-quote').textContent()).toMatch(/“.+”|^Wording of a .+:/);
    expect(await dialog.getByTestId('claim').count()).toBeLessThanOrEqual(3);
    expect(await dialog.locator('.fc-more').textContent()).toMatch(/^\d+ more claims?$/);
    expect(await page.getByTestId('fact-cards-live').textContent()).toContain('Project Texas');
    // Links to originals open in a new tab without handing over the opener.
    const link = dialog.locator('a[href^="http"]').first();
    if (await link.count()) {
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toContain('noopener');
    }
    await sleep(250); // past the fade-in
    await snap(page, 'page-card-light');

    // The pointer can travel into the card; it stays open there and closes after leaving.
    const box = await dialog.boundingBox();
    if (!box) throw new Error('card has no box');
    await page.mouse.move(box.x + 40, box.y + 20, { steps: 4 });
    await sleep(500);
    expect(await card(page).count()).toBe(1);
    await page.mouse.move(5, 880);
    await expect.poll(() => card(page).count(), { timeout: 2000 }).toBe(0);
  });

  test('the "n more" expander shows every claim', async () => {
    const { page } = await openFixture(session.browser.context, url('article.html'));
    // The headline holds the first, marked, TikTok.
    await hover(page, 'TikTok', 'h1');
    await card(page).waitFor();
    // The source leads; the claims wait behind their disclosure.
    expect(await card(page).locator('.fc-body > *').first().getAttribute('data-testid')).toBe(
      'source-lead',
    );
    await card(page).locator('details.fc-claims > summary').click();
    const more = card(page).locator('.fc-more');
    const hidden = Number((await more.textContent())?.split(' ')[0]);
    await more.click();
    expect(await card(page).locator('details.fc-claims').getByTestId('claim').count()).toBe(
      3 + hidden,
    );
  });

  test('a claim’s marker opens a claim card on a click; Escape closes it', async () => {
    const { page } = await openFixture(session.browser.context, url('article.html'));
    const { x, y } = await claimMarker(page, '#p2');
    await page.mouse.click(x, y);
    await card(page).waitFor();
    expect(await card(page).locator('.fc-eyebrow').textContent()).toBe('Claim');
    expect(await card(page).textContent()).toMatch(/\d+ (original report|independent reports) \(/);
    // The CEO's letter answers the report and confirms China-based access under controls.
    expect(await card(page).textContent()).toMatch(/Answered by/);
    expect(await card(page).textContent()).toMatch(/Confirmed by/);
    // The reason, worked out only now that a card shows it, names the shared words.
    await card(page).locator('.fc-why summary').click();
    expect(await card(page).locator('.fc-why').textContent()).toMatch(/shares “[^”]+”/i);
    await sleep(250);
    await snap(page, 'page-claim-card');
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
  });

  test('the card waits for the reader’s hover delay', async () => {
    // A long delay keeps the check meaningful on a loaded machine, where timers run late.
    await writeSettings(session.browser.worker, (s) => ({ ...s, hoverDelayMs: 1500 }));
    try {
      const { page } = await openFixture(session.browser.context, url('article.html'));
      await hover(page, 'Project Texas', '#p3');
      await sleep(400);
      expect(await card(page).count()).toBe(0);
      await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    } finally {
      await writeSettings(session.browser.worker);
    }
  });

  test('click-only activation: hovering does nothing, a click opens', async () => {
    await writeSettings(session.browser.worker, (s) => ({ ...s, activation: 'click' }));
    try {
      const { page } = await openFixture(session.browser.context, url('article.html'));
      await hover(page, 'ByteDance', '#p1');
      await sleep(700);
      expect(await card(page).count()).toBe(0);
      const { x, y } = await wordCenter(page, 'ByteDance', '#p1');
      await page.mouse.click(x, y);
      await expect.poll(() => card(page).count()).toBe(1);
      expect(await card(page).locator('h2').textContent()).toBe('ByteDance');
    } finally {
      await writeSettings(session.browser.worker);
    }
  });
});

describe('keyboard', () => {
  test('Alt+Shift+J / K move between mentions, focus the card, Escape gives focus back', async () => {
    const { page } = await openFixture(session.browser.context, url('article.html'));
    await page.focus('#sources');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect.poll(() => card(page).count()).toBe(1);
    const first = await card(page).locator('h2').textContent();
    expect(first).toBeTruthy();
    expect(await focused(page)).toMatchObject({ host: true, role: 'dialog' });
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect.poll(() => card(page).locator('h2').textContent()).not.toBe(first);
    await page.keyboard.press('Alt+Shift+KeyK');
    await expect.poll(() => card(page).locator('h2').textContent()).toBe(first);
    // Tab moves through the card's controls.
    await page.keyboard.press('Tab');
    expect((await focused(page)).host).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    expect(await focused(page)).toMatchObject({ host: false, id: 'sources' });
  });

  test('navigation scrolls a mention far down the page into view', async () => {
    const { page } = await openFixture(session.browser.context, url('article.html'));
    await page.setViewportSize({ width: 900, height: 300 });
    await page.keyboard.press('Alt+Shift+KeyK');
    await expect.poll(() => card(page).count()).toBe(1);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    const box = await card(page).boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 300).toBe(true);
  });
});

describe('settings apply live', () => {
  test('pause removes every mark and card at once; resuming brings them back', async () => {
    const { page } = await openFixture(session.browser.context, url('article.html'));
    await hover(page, 'ByteDance', '#p1');
    await card(page).waitFor();
    await writeSettings(session.browser.worker, (s) => ({ ...s, paused: true }));
    await expect.poll(() => allHighlighted(page)).toEqual([]);
    expect(await card(page).count()).toBe(0);
    expect(await page.locator('[data-fact-cards-ui]').count()).toBe(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await writeSettings(session.browser.worker);
    await expect.poll(() => allHighlighted(page)).toContain('ByteDance');
    expect(await page.locator('[data-fact-cards-ui]').count()).toBe(1);
  });

  test('a hidden entity disappears at once, and "Not this" hides it for the site', async () => {
    const { page } = await openFixture(session.browser.context, url('article.html'));
    await writeSettings(session.browser.worker, (s) => ({
      ...s,
      hiddenEntities: { '127.0.0.1': ['oracle'] },
    }));
    await expect.poll(() => allHighlighted(page)).not.toContain('Oracle');
    await writeSettings(session.browser.worker);
    await expect.poll(() => allHighlighted(page)).toContain('Oracle');

    await hover(page, 'Alex Haurek', '#p6');
    await card(page).waitFor();
    await card(page).getByRole('button', { name: 'Not this' }).click();
    await expect.poll(() => allHighlighted(page)).not.toContain('Alex Haurek');
    expect(await card(page).count()).toBe(0);
    const stored = await session.browser.worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: {
            storage: {
              local: {
                get(
                  k: string,
                ): Promise<Record<string, { hiddenEntities: Record<string, string[]> }>>;
              };
            };
          };
        }
      ).chrome.storage.local.get('settings'),
    );
    expect(stored.settings?.hiddenEntities['127.0.0.1']).toContain('alex-haurek');
    await writeSettings(session.browser.worker);
  });

  test('"Off on this site" switches the page off without a reload', async () => {
    const { page } = await openFixture(session.browser.context, url('article.html'));
    await hover(page, 'ByteDance', '#p1');
    await card(page).waitFor();
    await card(page).getByRole('button', { name: 'Off on this site' }).click();
    await expect.poll(() => allHighlighted(page)).toEqual([]);
    await writeSettings(session.browser.worker);
    await expect.poll(() => allHighlighted(page)).toContain('ByteDance');
  });
});

describe('placement and looks', () => {
  test('near the bottom-right corner the card flips and stays on screen', async () => {
    const { page } = await openFixture(session.browser.context, url('edge.html'));
    await hover(page, 'ByteDance', '#corner');
    await card(page).waitFor();
    await sleep(200);
    await snap(page, 'page-card-edge');
    const box = await card(page).boundingBox();
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    expect(box).not.toBeNull();
    if (!box) return;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    const word = await wordCenter(page, 'ByteDance', '#corner');
    expect(box.y + box.height).toBeLessThan(word.y);
  });

  test('on a hostile page the card keeps its own fonts and layout', async () => {
    const { page } = await openFixture(session.browser.context, url('hostile.html'));
    await hover(page, 'ByteDance', '#hostile1');
    await card(page).waitFor();
    await sleep(200);
    const style = await card(page).evaluate((el) => {
      const s = getComputedStyle(el);
      return { font: s.fontSize, position: s.position, width: el.getBoundingClientRect().width };
    });
    // The card's text follows the page's, within readable bounds, whatever the page's CSS says.
    const size = Number.parseFloat(style.font);
    expect(size).toBeGreaterThanOrEqual(15);
    expect(size).toBeLessThanOrEqual(19);
    expect(style.position).toBe('fixed');
    expect(style.width).toBeLessThanOrEqual(26 * size);
    const title = await card(page)
      .locator('h2')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(title).toBeCloseTo(size * 1.15, 0);
    await snap(page, 'page-card-hostile');
  });

  test('a strict-CSP page gets a styled card', async () => {
    const { page } = await openFixture(session.browser.context, url('strict.csp.html'));
    await hover(page, 'TikTok', '#csp1');
    await card(page).waitFor();
    expect(await card(page).evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  });

  test('dark: the card follows the colour scheme; a dark page gets light marks', async () => {
    const dark = await launchWithExtension({ colorScheme: 'dark' });
    try {
      const { page } = await openFixture(dark.context, url('dark.html'));
      await hover(page, 'Project Texas');
      await card(page).waitFor();
      await sleep(200);
      const colors = await card(page).evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(colors).toBe('rgb(28, 33, 40)');
      await snap(page, 'page-card-dark');
      const article = await openFixture(dark.context, url('article.html'));
      await hover(article.page, 'Alex Stamos', '#p7');
      await card(article.page).waitFor();
      await sleep(200);
      await snap(article.page, 'page-card-dark-on-light');
    } finally {
      await dark.close();
    }
  });
});
