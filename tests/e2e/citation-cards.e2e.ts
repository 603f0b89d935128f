/**
 * Cards tell the truth about their sources, in the real browser: a relayed claim counts one
 * original report, a spun copy's words are credited to the copy beside the original's, an
 * original-wording passage is quoted, and background is labelled with its own source.
 * Screenshots of each land in tests/e2e/screenshots/citation-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openFixture, sleep, wordCenter } from './page-harness';
import { openPopup, tabIdFor } from './popup-helpers';
import { snap } from './screenshots';
import { useExtensionSession } from './session';

const session = useExtensionSession();
const card = (page: Page) => page.getByTestId('fact-card');

async function openCard(
  word: string,
  selector: string,
  kind: 'claim' | 'name' = 'claim',
): Promise<Page> {
  const { page } = await openFixture(
    session.browser.context,
    session.server.url('page/citations.html'),
  );
  await page.setViewportSize({ width: 900, height: 1100 });
  // A claim opens from its marker (its sentence's last character) on a click; a name on hover.
  const marker =
    kind === 'name'
      ? null
      : await page.evaluate((selector) => {
          const claims = CSS.highlights.get('fact-cards-claim') as unknown as
            | Set<Range>
            | undefined;
          const inside = [...(claims ?? [])].find((r) =>
            document.querySelector(selector)?.contains(r.startContainer),
          );
          const rect = inside?.getBoundingClientRect();
          return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
        }, selector);
  if (marker) {
    await page.mouse.click(marker.x, marker.y);
  } else {
    const { x, y } = await wordCenter(page, word, selector);
    await page.mouse.move(x - 3, y);
    await page.mouse.move(x, y);
  }
  await card(page).waitFor();
  return page;
}

describe('citations on cards', () => {
  test('a relayed claim: one original report, the relays named as such', async () => {
    const page = await openCard('department', '#relay');
    const text = (await card(page).textContent()) ?? '';
    expect(text).toContain('1 original report (BuzzFeed News), relayed by 2');
    expect(text).toContain('Relays the reporting of BuzzFeed News');
    expect(text).not.toMatch(/\d sources/);
    // Show a relay's citation in the screenshot: the card's body scrolls.
    await card(page)
      .getByText('Relays the reporting of BuzzFeed News')
      .first()
      .scrollIntoViewIfNeeded();
    await sleep(250);
    await snap(page, 'citation-relayed-claim');
    await page.close();
  });

  test('a spun copy’s quote is credited to the copy, beside the original’s words', async () => {
    const page = await openCard('backdoor', '#spun');
    const copy = card(page).getByTestId('copy-wording').first();
    const copyText = (await copy.textContent()) ?? '';
    expect(copyText).toMatch(/^Wording of a synonym-spun copy \(words replaced by synonyms\)/);
    expect(copyText).toContain('I experience like with these instruments');
    expect(copyText).not.toContain('“In September 2021, a single guide');
    expect(copyText).toContain(
      "Original wording, as quoted by Born's Tech and Windows World (borncity.com) (unverified):",
    );
    // A spun copy's words never sit in a quotation block.
    for (const quote of await card(page).locator('blockquote').allTextContents())
      expect(quote).not.toContain('I experience like');
    await copy.scrollIntoViewIfNeeded();
    await sleep(250);
    await snap(page, 'citation-spun-copy');
    await page.close();
  });

  test('an original-wording passage is quoted, its unverified outlet marked', async () => {
    const page = await openCard('distrust', '#original');
    const quote = card(page).locator('blockquote').first();
    expect(await quote.textContent()).toMatch(/^“So it looks like former U\.S\. President Trump/);
    expect(await card(page).locator('.fc-outlet').first().textContent()).toBe(
      "Born's Tech and Windows World (borncity.com) (unverified)",
    );
    expect(await card(page).textContent()).toContain(
      "1 original report (Born's Tech and Windows World (borncity.com) — outlet unverified)",
    );
    await sleep(250);
    await snap(page, 'citation-original-wording');
    await page.close();
  });

  test('a background fact is labelled and carries its own source', async () => {
    const page = await openCard('13942', '#background', 'name');
    expect(await card(page).locator('h2').textContent()).toBe('Executive Order 13942');
    const background = card(page).getByTestId('background');
    expect(await background.locator('.fc-tag-background').first().textContent()).toBe('Background');
    expect(await background.textContent()).toContain('Source: Federal Register');
    expect(await background.textContent()).toContain('(not checked against the source)');
    await sleep(250);
    await snap(page, 'citation-background');
    await page.close();
  });

  test('the popup follows the same rules for the page’s citations', async () => {
    const { page } = await openFixture(
      session.browser.context,
      session.server.url('page/citations.html'),
    );
    const popup = await openPopup(session.browser, await tabIdFor(session.browser.worker, page));
    const entry = popup.getByTestId('claim-booz-allen-backdoor');
    await entry.getByRole('button', { expanded: false }).first().click();
    const cites = entry.getByTestId('citation');
    await expect.poll(() => cites.count()).toBe(2);
    const spun = (await cites.nth(0).textContent()) ?? '';
    expect(spun).toContain('Wording of a synonym-spun copy');
    expect(spun).toContain('Unverified: URL');
    expect(await cites.nth(0).locator('blockquote').count()).toBe(0);
    expect(await cites.nth(1).textContent()).toContain('Relays BuzzFeed News');
    await cites.nth(0).scrollIntoViewIfNeeded();
    await snap(popup, 'citation-popup');
    await popup.close();
    await page.close();
  });
});
