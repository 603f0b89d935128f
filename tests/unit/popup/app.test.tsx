import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../../entrypoints/popup/App';
import type { PopupServices } from '../../../entrypoints/popup/services';
import type { PageState } from '../../../utils/messaging';
import { withSiteEnabled } from '../../../utils/settings/sites';
import { defaultSettings, type Settings } from '../../../utils/settings/types';
import { popupIndex } from '../fixtures/popup-index';

const PAGE: PageState = {
  hostname: 'www.example.com',
  url: 'https://www.example.com/story',
  title: 'A story about TikTok',
  status: 'on',
  entities: [
    { entityId: 'bytedance', count: 4 },
    { entityId: 'shou-zi-chew', count: 2 },
    { entityId: 'lark', count: 1 },
    { entityId: 'unknown-entity', count: 3 },
  ],
  claims: [{ claimId: 'china-access', count: 1 }],
};

function fakeServices(overrides: Partial<PopupServices> = {}) {
  let settings: Settings = defaultSettings();
  const listeners = new Set<(s: Settings) => void>();
  const services = {
    manifest: { name: 'Fact Cards', version: '1.2.3' },
    targetTab: vi.fn(async () => ({ id: 7 })),
    getPageState: vi.fn(async (): Promise<PageState | null> => PAGE),
    jumpTo: vi.fn(async () => true),
    showEverything: vi.fn(async (_tab: number, _on: boolean): Promise<PageState | null> => PAGE),
    loadSettings: vi.fn(async () => settings),
    watchSettings: vi.fn((cb: (s: Settings) => void) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    }),
    updateSettings: vi.fn(async (fn: (s: Settings) => Settings) => {
      settings = fn(settings);
      for (const cb of listeners) cb(settings);
    }),
    copy: vi.fn(async (_text: string) => {}),
    shortcuts: vi.fn(async () => [
      { name: 'next-mention', description: 'Next mention', shortcut: 'Alt+Shift+J' },
    ]),
    openLibrary: vi.fn(async () => {}),
    download: vi.fn(),
    now: () => new Date(2025, 10, 21, 12),
    ...overrides,
  } satisfies PopupServices;
  return { services, current: () => settings };
}

beforeEach(() => {
  vi.useRealTimers();
});

afterEach(cleanup);

describe('popup', () => {
  test('says why a page is not about the story, and shows everything when asked', async () => {
    const quiet: PageState = {
      ...PAGE,
      entities: [],
      claims: [],
      relevance: {
        relevance: 'passing',
        explanation:
          "This page doesn't seem to be about the TikTok US-data story: 1 passing mention of TikTok.",
        showEverything: false,
      },
    };
    const everything: PageState = {
      ...PAGE,
      relevance: {
        ...(quiet.relevance as NonNullable<PageState['relevance']>),
        showEverything: true,
      },
    };
    const { services } = fakeServices({
      getPageState: vi.fn(async () => quiet),
      showEverything: vi.fn(async () => everything),
    });
    render(<App index={popupIndex} services={services} />);
    const text = await screen.findByTestId('relevance-text');
    expect(text.textContent).toBe(quiet.relevance?.explanation);
    fireEvent.click(screen.getByRole('button', { name: 'Show everything on this page' }));
    await screen.findByText(/Showing everything found on this page/);
    expect(services.showEverything).toHaveBeenCalledWith(7, true);
    expect(screen.getByRole('heading', { name: 'Names' })).toBeTruthy();
  });

  test('keeps the name heading and version the smoke test checks', async () => {
    const { services } = fakeServices();
    render(<App index={popupIndex} services={services} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Fact Cards' })).toBeTruthy();
    expect(screen.getByTestId('version').textContent).toContain('1.2.3');
  });

  test('lists the page’s names most mentioned first, then its claims, with counts', async () => {
    const { services } = fakeServices({
      getPageState: vi.fn(async () => ({
        ...PAGE,
        entities: [
          { entityId: 'lark', count: 2 },
          { entityId: 'unknown-entity', count: 3 },
          { entityId: 'bytedance', count: 4 },
          { entityId: 'shou-zi-chew', count: 2 },
        ],
      })),
    });
    render(<App index={popupIndex} services={services} />);
    await screen.findByRole('heading', { name: 'Names' });
    expect(screen.getByTestId('site-name').textContent).toBe('example.com');
    const names = screen.getByRole('heading', { name: 'Names' }).parentElement as HTMLElement;
    // By mentions; equal counts keep the order they first appear in on the page.
    expect([...names.querySelectorAll('.item-title')].map((el) => el.textContent)).toEqual([
      'ByteDance',
      'Lark',
      'Shou Zi Chew',
    ]);
    expect(screen.getByRole('heading', { name: 'Claims' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'People' })).toBeNull();
    // Unknown ids are dropped: 3 entities + 1 claim.
    expect(screen.getByRole('heading', { name: /On this page/ }).textContent).toContain('4');
    const counts = screen.getAllByTestId('mention-count').map((el) => el.textContent);
    expect(counts).toContain('4 mentions');
  });

  test('“Hidden here” lists what was hidden on the site and shows it again', async () => {
    const { services, current } = fakeServices();
    await services.updateSettings((s) => ({
      ...s,
      hiddenEntities: { 'example.com': ['lark'] },
      hiddenClaims: { 'example.com': ['china-access'] },
    }));
    render(<App index={popupIndex} services={services} />);
    const hidden = await screen.findByTestId('hidden-here');
    expect(hidden.textContent).toContain('Hidden here2');
    fireEvent.click(
      within(hidden).getAllByRole('button', { name: /^Show .+ again/ })[0] as Element,
    );
    await waitFor(() => expect(current().hiddenEntities).toEqual({}));
    expect(current().hiddenClaims).toEqual({ 'example.com': ['china-access'] });
  });

  test('an entry opens with aria-expanded, shows citations, copies and jumps', async () => {
    const { services } = fakeServices();
    render(<App index={popupIndex} services={services} />);
    const entry = await screen.findByTestId('claim-china-access');
    const toggle = within(entry).getByRole('button', { expanded: false });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel).toBeTruthy();
    const cites = within(entry).getAllByTestId('citation');
    expect(cites).toHaveLength(3);
    expect(cites[0]?.textContent).toContain('BuzzFeed News');
    expect(cites[0]?.textContent).toContain('Wording of a synonym-spun copy');
    expect(cites[0]?.querySelector('blockquote')).toBeNull();
    // Unverified URL: not linked, and named.
    expect(cites[0]?.textContent).toContain('Unverified: URL');
    expect(within(cites[0] as HTMLElement).queryByRole('link')).toBeNull();
    // The relays name whose reporting they pass on.
    expect(cites[1]?.textContent).toContain('Relays BuzzFeed News');
    expect(within(entry).getByText('Disputed by')).toBeTruthy();

    fireEvent.click(within(cites[0] as HTMLElement).getByRole('button', { name: /Copy citation/ }));
    await waitFor(() => expect(services.copy).toHaveBeenCalledTimes(1));
    expect(vi.mocked(services.copy).mock.calls[0]?.[0]).toContain('China-centered workforce');
    expect(vi.mocked(services.copy).mock.calls[0]?.[0]).toContain(
      'Accessed 21 November 2025 on https://www.example.com/story.',
    );
    await screen.findByText(/Copied citation/);

    fireEvent.click(within(entry).getByRole('button', { name: /Jump to it/ }));
    await waitFor(() =>
      expect(services.jumpTo).toHaveBeenCalledWith(7, { kind: 'claim', id: 'china-access' }),
    );
  });

  test('the site switch stores a rule for the site and hides the list', async () => {
    const { services, current } = fakeServices();
    render(<App index={popupIndex} services={services} />);
    await screen.findByRole('heading', { name: 'Names' });
    const site = screen.getByRole('switch', { name: /On for this site/ });
    expect(site.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(site);
    await waitFor(() => expect(current().sites).toEqual({ 'example.com': false }));
    expect(site.getAttribute('aria-checked')).toBe('false');
    expect(screen.getByTestId('page-empty').textContent).toContain('off for this site');
    fireEvent.click(screen.getByRole('switch', { name: /Pause everywhere/ }));
    await waitFor(() => expect(current().paused).toBe(true));
    expect(screen.getByTestId('page-empty').textContent).toContain('paused everywhere');
  });

  test('an unanswered page is unsupported; empty pages say so', async () => {
    const { services } = fakeServices({ getPageState: vi.fn(async () => null) });
    render(<App index={popupIndex} services={services} />);
    await screen.findByText('Fact Cards doesn’t run on this page');
    expect(screen.getByRole('switch', { name: /On for this site/ }).hasAttribute('disabled')).toBe(
      true,
    );
    cleanup();
    const empty = fakeServices({
      getPageState: vi.fn(async () => ({ ...PAGE, entities: [], claims: [] })),
    });
    render(<App index={popupIndex} services={empty.services} />);
    await screen.findByText('Nothing from the index on this page');
  });

  test('search finds misspelled names even when the page has nothing', async () => {
    const { services } = fakeServices({
      getPageState: vi.fn(async () => ({ ...PAGE, entities: [], claims: [] })),
    });
    render(<App index={popupIndex} services={services} />);
    const input = screen.getByRole('searchbox', { name: 'Search the index' });
    fireEvent.input(input, { target: { value: 'bytedanse' } });
    const results = await screen.findByTestId('search-results');
    expect(within(results).getAllByRole('button')[0]?.textContent).toContain('ByteDance');
    // Not on the page: no jump.
    fireEvent.click(within(results).getAllByRole('button', { expanded: false })[0] as HTMLElement);
    expect(within(results).queryByRole('button', { name: /Jump to it/ })).toBeNull();
    fireEvent.keyDown(input, { key: 'Escape' });
    await screen.findByText('Nothing from the index on this page');
  });
});

describe('settings tab', () => {
  async function openSettings(services: PopupServices) {
    render(<App index={popupIndex} services={services} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    return screen.findByTestId('settings');
  }

  test('changes every setting through updateSettings', async () => {
    const { services, current } = fakeServices();
    await openSettings(services);
    fireEvent.click(screen.getByRole('radio', { name: 'Click' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Dotted' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Strict' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Claims' }));
    fireEvent.change(screen.getByLabelText('Citation format'), { target: { value: 'markdown' } });
    await waitFor(() =>
      expect(current()).toMatchObject({
        activation: 'click',
        theme: 'dark',
        highlightStyle: 'dotted',
        strictness: 'strict',
        citationFormat: 'markdown',
        kinds: { claim: false, person: true },
      }),
    );
    expect(document.documentElement.dataset.theme).toBe('dark');
    fireEvent.click(screen.getByRole('radio', { name: 'Hover' }));
    fireEvent.input(screen.getByLabelText('Hover delay'), { target: { value: '1200' } });
    await waitFor(() => expect(current().hoverDelayMs).toBe(1200));
    expect(screen.getByText('1200 ms')).toBeTruthy();
  });

  test('lists sites turned off and hidden entities, each removable', async () => {
    const { services, current } = fakeServices();
    await services.updateSettings((s) => ({
      ...withSiteEnabled(s, 'news.example.org', false),
      hiddenEntities: { 'example.com': ['lark'] },
    }));
    await openSettings(services);
    const sites = await screen.findByTestId('sites-off');
    expect(sites.textContent).toContain('news.example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Turn news.example.org back on' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show Lark on example.com again' }));
    await waitFor(() => expect(current().sites).toEqual({}));
    expect(current().hiddenEntities).toEqual({});
  });

  test('shows shortcuts and opens the index', async () => {
    const { services } = fakeServices();
    await openSettings(services);
    await waitFor(() =>
      expect(screen.getByTestId('shortcuts').textContent).toContain('Alt+Shift+J'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open the index' }));
    expect(services.openLibrary).toHaveBeenCalled();
  });

  test('export downloads a settings file; a bad import alerts and changes nothing', async () => {
    const { services, current } = fakeServices();
    await openSettings(services);
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    expect(services.download).toHaveBeenCalledWith(
      'fact-cards-settings-2025-11-21.json',
      expect.stringContaining('"format": "fact-cards-settings"'),
    );
    const before = current();
    const input = screen.getByTestId('import-settings') as HTMLInputElement;
    const file = new File(['{ not json'], 'bad.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/not valid JSON/);
    expect(current()).toBe(before);
  });

  test('an import says it succeeded only once the settings were written', async () => {
    const { services } = fakeServices({
      updateSettings: vi.fn(async () => {
        throw new Error('QUOTA_BYTES quota exceeded');
      }),
    });
    await openSettings(services);
    const file = new File(
      [JSON.stringify({ format: 'fact-cards-settings', version: 3, settings: { theme: 'dark' } })],
      'settings.json',
      { type: 'application/json' },
    );
    fireEvent.change(screen.getByTestId('import-settings'), { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not be saved/);
    expect(screen.queryByText('Settings imported.')).toBeNull();
  });

  test('tabs move with the arrow keys', async () => {
    const { services } = fakeServices();
    render(<App index={popupIndex} services={services} />);
    const pageTab = screen.getByRole('tab', { name: 'This page' });
    expect(pageTab.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(pageTab, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(screen.getByRole('tab', { name: 'Settings' }).getAttribute('tabindex')).toBe('0');
    expect(pageTab.getAttribute('tabindex')).toBe('-1');
  });
});
