/**
 * The card controller with the real card components in happy-dom (a fake UI host instead of the
 * shadow root, no positioning): focus taken and given back, Escape, announcements, the actions.
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CardLayer, type CardLayerProps } from '../../../components/CardLayer';
import { createLookup } from '../../../utils/index/lookup';
import { createMatcher } from '../../../utils/match/matcher';
import type { Annotation } from '../../../utils/page/annotations';
import { Annotator } from '../../../utils/page/annotator';
import { createCardController } from '../../../utils/page/card-controller';
import { cardTextSize } from '../../../utils/page/card-text-size';
import type { CardUi } from '../../../utils/page/card-ui';
import type { Highlighter } from '../../../utils/page/highlighter';
import { createPageInput } from '../../../utils/page/page-input';
import { defaultSettings, type Settings } from '../../../utils/settings/types';
import { testIndex } from './test-index';

const noHighlighter = {
  add: () => undefined,
  delete: () => undefined,
  clear: () => undefined,
  hold: () => undefined,
  release: () => undefined,
} as unknown as Highlighter;

async function annotate(html: string): Promise<Annotation[]> {
  document.body.innerHTML = html;
  const matcher = createMatcher(testIndex);
  const annotator = new Annotator({
    doc: document,
    matcher: () => matcher,
    highlighter: noHighlighter,
    isShown: () => true,
    isOwnUi: (el) => el.hasAttribute('data-fact-cards-ui'),
    onShadowRoot: () => undefined,
    onChange: () => undefined,
    yieldToMain: () => Promise.resolve(),
  });
  await annotator.fullPass();
  return annotator.store.all();
}

/** The card layer rendered by Preact into a plain host (no shadow root, always "mounted"). */
function fakeUi(): CardUi & { props: () => CardLayerProps | null } {
  const host = document.createElement('div');
  host.setAttribute('data-fact-cards-ui', '');
  const container = document.createElement('div');
  host.append(container);
  let last: CardLayerProps | null = null;
  return {
    host,
    shadow: null as unknown as ShadowRoot,
    container,
    mount: () => document.documentElement.append(host),
    remove: () => host.remove(),
    render(props) {
      last = props;
      render(h(CardLayer, props), container);
    },
    cardElement: () => container.querySelector<HTMLElement>('.fc-card'),
    hasFocus: () => container.contains(document.activeElement),
    repair: () => false,
    props: () => last,
  };
}

/** Each test's session, ended after it so its listeners do not outlive it. */
const sessions: AbortController[] = [];

async function setup(html: string, { mounted = true } = {}) {
  const annotations = await annotate(html);
  const ui = fakeUi();
  const settings: Settings = defaultSettings();
  const hidden: string[] = [];
  const saved: Settings[] = [];
  const siteOff = vi.fn();
  let active = true;
  const follow = vi.fn(() => () => undefined);
  const copy = vi.fn(async () => true);
  const marked: (Range | null)[] = [];
  const card = createCardController({
    win: window,
    lookup: createLookup(testIndex),
    createUi: async () => ui,
    settings: () => settings,
    annotations: () => annotations,
    isShown: (a) => !hidden.includes(a.targetId),
    isActive: () => active,
    hover: { reset: () => undefined },
    pointer: () => null,
    markActive: (range) => marked.push(range),
    onHidden: (_kind, id) => hidden.push(id),
    onShown: (_kind, id) => hidden.splice(hidden.indexOf(id), 1),
    onSiteOff: siteOff,
    follow,
    copy,
    saveSettings: async (change) => {
      saved.push(change(defaultSettings()));
    },
  });
  const session = new AbortController();
  sessions.push(session);
  if (mounted) await card.mount(session.signal);
  const input = createPageInput({
    win: window,
    settings: () => settings,
    isActive: () => active,
    annotationAt: () => null,
    uiHost: () => card.host,
    card,
    hover: { update: () => undefined },
    navigate: () => undefined,
    onColorSchemeChange: () => card.render(),
  });
  input.listen(session.signal);
  const find = (text: string) => {
    const found = annotations.find((a) => a.range.toString() === text);
    if (!found) throw new Error(`no annotation "${text}"`);
    return found;
  };
  const announcement = () => ui.props()?.announcement;
  const deactivate = () => {
    active = false;
  };
  const mount = () => card.mount(session.signal);
  return {
    card,
    ui,
    find,
    announcement,
    hidden,
    saved,
    siteOff,
    follow,
    copy,
    deactivate,
    marked,
    mount,
  };
}

const pressEscape = (target: Element) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));

afterEach(() => {
  for (const session of sessions.splice(0)) session.abort();
  for (const host of document.querySelectorAll('[data-fact-cards-ui]')) host.remove();
  document.body.innerHTML = '';
});

test('the card’s text follows the page’s, within readable bounds', () => {
  expect(cardTextSize(19)).toBe(16);
  expect(cardTextSize(48)).toBe(19);
  expect(cardTextSize(10)).toBe(15);
  expect(cardTextSize(Number.NaN)).toBe(15);
});

describe('createCardController', () => {
  test('a keyboard open takes focus; Escape closes and gives focus back', async () => {
    const { card, ui, find, announcement } = await setup(
      '<p>TikTok is owned by ByteDance.</p><button id="before">before</button>',
    );
    const before = document.getElementById('before') as HTMLButtonElement;
    before.focus();
    card.open(find('TikTok'), 'keyboard');
    expect(document.activeElement).toBe(ui.cardElement());
    expect(announcement()).toBe('TikTok, organisation: card open. Press Escape to close.');

    // Moving on to the next card keeps the place focus came from.
    card.open(find('ByteDance'), 'keyboard');
    expect(document.activeElement).toBe(ui.cardElement());

    // Escape pressed in the page (the in-page listener, not the card's own).
    pressEscape(document.body);
    expect(card.annotation).toBeNull();
    expect(ui.cardElement()).toBeNull();
    expect(document.activeElement).toBe(before);
    expect(announcement()).toBe('Card closed.');
  });

  test('a key pressed before the card is ready opens its card once it is; a passing pointer does not', async () => {
    const { card, ui, find, mount } = await setup('<p>TikTok is owned by ByteDance.</p>', {
      mounted: false,
    });
    card.open(find('ByteDance'), 'hover');
    card.open(find('TikTok'), 'keyboard');
    expect(card.annotation).toBeNull();
    await mount();
    expect(card.annotation?.range.toString()).toBe('TikTok');
    expect(document.activeElement).toBe(ui.cardElement());
  });

  test('a pointer resting before the card is ready opens nothing later', async () => {
    const { card, find, mount } = await setup('<p>TikTok is here.</p>', { mounted: false });
    card.open(find('TikTok'), 'hover');
    await mount();
    expect(card.annotation).toBeNull();
  });

  test('the open card’s mention is marked on the page until the card closes', async () => {
    const { card, find, marked } = await setup('<p>TikTok is owned by ByteDance.</p>');
    card.open(find('TikTok'), 'click');
    card.open(find('ByteDance'), 'click');
    card.close(false);
    expect(marked.map((range) => range?.toString() ?? null)).toEqual(['TikTok', 'ByteDance', null]);
  });

  test('a hover or click open leaves focus where it is; closing without focus moves nothing', async () => {
    const { card, ui, find, follow } = await setup('<p>TikTok is here.</p><input id="field" />');
    const field = document.getElementById('field') as HTMLInputElement;
    field.focus();
    card.open(find('TikTok'), 'hover');
    expect(card.source).toBe('hover');
    expect(ui.cardElement()).not.toBeNull();
    expect(document.activeElement).toBe(field);
    expect(follow).toHaveBeenCalledTimes(1);
    card.close(true);
    expect(document.activeElement).toBe(field);
  });

  test('closing without giving focus back leaves it nowhere in the card', async () => {
    const { card, find, ui } = await setup('<p>TikTok is here.</p><button id="b">b</button>');
    (document.getElementById('b') as HTMLButtonElement).focus();
    card.open(find('TikTok'), 'jump');
    expect(ui.hasFocus()).toBe(true);
    card.close(false);
    expect(ui.hasFocus()).toBe(false);
    expect(document.activeElement).toBe(document.body);
  });

  test('closes when its mention leaves the page or is no longer shown', async () => {
    const { card, find, hidden } = await setup('<p>TikTok is here.</p><p>ByteDance</p>');
    card.open(find('TikTok'), 'click');
    card.closeIfHidden();
    expect(card.annotation).not.toBeNull();
    hidden.push('tiktok');
    card.closeIfHidden();
    expect(card.annotation).toBeNull();

    const last = find('ByteDance');
    card.open(last, 'click');
    card.closeIfDetached();
    expect(card.annotation).toBe(last);
    (last.range.startContainer.parentElement as HTMLElement).remove();
    card.closeIfDetached();
    expect(card.annotation).toBeNull();
  });

  test('"Not this" closes the card, hides the entity now and stores it for the site', async () => {
    const { card, find, ui, hidden, saved } = await setup('<p>TikTok is here.</p>');
    card.open(find('TikTok'), 'click');
    ui.props()?.onHide();
    expect(card.annotation).toBeNull();
    expect(hidden).toEqual(['tiktok']);
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(JSON.stringify(saved[0])).toContain('tiktok');
  });

  test('"Not this" on a claim hides it too, and Undo in the toast brings it back', async () => {
    const { card, find, ui, hidden, saved } = await setup(
      '<p>TikTok denied that staff in China could see US data.</p><p>ByteDance owns TikTok.</p>',
    );
    card.open(find('TikTok denied that staff in China could see US data.'), 'click');
    ui.props()?.onHide();
    expect(card.annotation).toBeNull();
    expect(hidden).toEqual(['denial']);
    expect(ui.props()?.toast).toMatchObject({ text: expect.stringContaining('This claim hidden') });
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.hiddenClaims).toEqual({ [window.location.hostname]: ['denial'] });
    ui.props()?.onUndo();
    expect(hidden).toEqual([]);
    expect(ui.props()?.toast).toBeNull();
    await vi.waitFor(() => expect(saved).toHaveLength(2));
  });

  test('"n more on this page" opens the next mention of the same name', async () => {
    const { card, find, ui } = await setup('<p>TikTok one.</p><p>ByteDance and TikTok two.</p>');
    const first = find('TikTok');
    card.open(first, 'click');
    const view = ui.props()?.card;
    expect(view?.moreOnPage).toBe(1);
    ui.props()?.onNextOnPage();
    expect(card.annotation?.targetId).toBe('tiktok');
    expect(card.annotation?.id).not.toBe(first.id);
    expect(card.source).toBe('jump');
  });

  test('"Off on this site" hands over and stores the switch', async () => {
    const { card, find, ui, siteOff, saved } = await setup('<p>TikTok is here.</p>');
    card.open(find('TikTok'), 'click');
    ui.props()?.onSiteOff();
    expect(siteOff).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(JSON.stringify(saved[0])).toContain(window.location.hostname);
  });

  test('copying a citation marks it copied and says so', async () => {
    // A page about the story (two of its entities), where claims are shown.
    const { card, find, ui, copy, announcement } = await setup(
      '<p>TikTok denied that staff in China could see US data.</p><p>ByteDance owns TikTok.</p>',
    );
    card.open(find('TikTok denied that staff in China could see US data.'), 'click');
    ui.props()?.onCopy('denial#0');
    await vi.waitFor(() => expect(announcement()).toBe('Citation copied.'));
    expect(copy).toHaveBeenCalledTimes(1);
    expect(ui.props()?.copiedKey).toBe('denial#0');

    copy.mockResolvedValueOnce(false);
    ui.props()?.onCopy('denial#0');
    await vi.waitFor(() => expect(announcement()).toBe('Could not copy the citation.'));
    expect(ui.props()?.copiedKey).toBeNull();
  });

  test('opens nothing while the page is not annotated', async () => {
    const { card, find, ui, deactivate } = await setup('<p>TikTok is here.</p>');
    deactivate();
    card.open(find('TikTok'), 'keyboard');
    expect(card.annotation).toBeNull();
    expect(ui.cardElement()).toBeNull();
  });
});
