/**
 * Page relevance as a reader meets it in Chromium: a page that only mentions the story in
 * passing marks nothing but the story's own entity, the popup says so and why, and "Show
 * everything on this page" paints everything found, for this visit, until asked to stop.
 */
import { expect, test } from 'vitest';
import { allHighlighted, openFixture } from './page-harness';
import { openPopup, tabIdFor } from './popup-helpers';
import { snap } from './screenshots';
import { useExtensionSession } from './session';

const session = useExtensionSession();

test('a passing mention: the popup explains, and Show everything shows everything', async () => {
  const { page, errors } = await openFixture(
    session.browser.context,
    session.server.url('page/passing.html'),
  );
  await expect.poll(() => allHighlighted(page)).toEqual(['TikTok']);
  const tabId = await tabIdFor(session.browser.worker, page);
  const popup = await openPopup(session.browser, tabId);
  const line = popup.getByTestId('relevance-text');
  await line.waitFor();
  await expect(line.textContent()).resolves.toBe(
    "This page doesn't seem to be about the TikTok US-data story: 1 passing mention of TikTok.",
  );
  await snap(popup, 'popup-relevance-passing');

  await popup.getByRole('button', { name: 'Show everything on this page' }).click();
  await popup.getByText(/Showing everything found on this page/).waitFor();
  // Everything found, each name at its first mention (the default marking; Facebook is named 3 times).
  const everything = ['Microsoft', 'TikTok', 'Facebook', 'Donald Trump'];
  await expect.poll(async () => (await allHighlighted(page)).sort()).toEqual(everything.sort());
  await snap(popup, 'popup-relevance-everything');

  await popup.getByRole('button', { name: 'Show only what fits' }).click();
  await popup.getByRole('button', { name: 'Show everything on this page' }).waitFor();
  await expect.poll(() => allHighlighted(page)).toEqual(['TikTok']);
  await popup.close();
  expect(errors).toEqual([]);
  await page.close();
});

test('a page about the story says so, and offers nothing to switch', async () => {
  const { page } = await openFixture(
    session.browser.context,
    session.server.url('corpus/on-topic/lark-chats.html'),
  );
  const tabId = await tabIdFor(session.browser.worker, page);
  const popup = await openPopup(session.browser, tabId);
  const line = popup.getByTestId('relevance-text');
  await line.waitFor();
  await expect(line.textContent()).resolves.toMatch(
    /^This page is about the TikTok US-data story: it names Lark \(Feishu\) \(5×\), TikTok \(5×\)/,
  );
  await expect(popup.getByTestId('show-everything').count()).resolves.toBe(0);
  await snap(popup, 'popup-relevance-on-topic');
  // Share buttons, the "most read" rail, comments and the footer stay unmarked.
  const marked = await allHighlighted(page);
  expect(marked).not.toContain('GhostTikTak');
  expect(marked.filter((t) => t === 'Facebook')).toEqual([]);
  await popup.close();
  await page.close();
});
