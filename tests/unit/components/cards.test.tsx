import { fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CardLayer } from '../../../components/CardLayer';
import { EntityCard } from '../../../components/EntityCard';
import { wordingLabel } from '../../../utils/citation/attribution';
import { createLookup } from '../../../utils/index/lookup';
import type { Mention } from '../../../utils/match/types';
import { entityCardView, rankClaims } from '../../../utils/page/card-data';
import { testIndex } from '../page/test-index';

const lookup = createLookup(testIndex);
const mention: Mention = {
  start: 0,
  end: 6,
  text: 'TikTok',
  entityId: 'tiktok',
  entityName: 'TikTok',
  how: 'exact',
  alias: 'TikTok',
  score: 1,
  why: 'The name TikTok, exactly.',
};

function entityView(onPage: string[] = []) {
  const view = entityCardView(mention, lookup, new Set(onPage));
  if (!view) throw new Error('no view');
  return view;
}

const noop = () => undefined;

type EntityCardProps = Parameters<typeof EntityCard>[0];

/** An entity card whose actions do nothing unless a test passes its own. */
function renderEntityCard(props: Partial<EntityCardProps> = {}) {
  return render(
    <EntityCard
      view={entityView()}
      onCopy={noop}
      copiedKey={null}
      onHide={noop}
      onNextOnPage={noop}
      onSiteOff={noop}
      onClose={noop}
      {...props}
    />,
  );
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('EntityCard', () => {
  test('a non-modal dialog named after the entity, with description, claims and citations', () => {
    renderEntityCard();
    const dialog = screen.getByRole('dialog', { name: 'TikTok, organisation' });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('TikTok');
    expect(screen.getByText('Video app.')).toBeTruthy();
    expect(screen.getAllByTestId('claim')).toHaveLength(2);
    expect(dialog.textContent).toContain('1 original report (BuzzFeed News), relayed by 1');
    expect(dialog.textContent).toContain('Disputed by');
    expect(dialog.textContent).toContain('TikTok denied that staff in China could see US data.');
    const link = screen.getAllByRole('link')[0] as HTMLAnchorElement;
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
  });

  test('a copy’s wording is credited to the copy, never quoted as the outlet’s words', () => {
    renderEntityCard();
    const spun = 'Workers in China had again and again got into private data.';
    const copy = screen
      .getAllByTestId('copy-wording')
      .find((el) => el.textContent?.includes(spun)) as HTMLElement;
    expect(copy.textContent).toContain(
      'Wording of a synonym-spun copy (words replaced by synonyms), not the outlet’s own:',
    );
    expect(copy.textContent).not.toContain(`“${spun}”`);
    expect(copy.closest('blockquote')).toBeNull();
    // The outlet's own wording is quoted, and its verified URL gets a text-fragment link.
    // (It leads the card and shows again under its claim in the folded list.)
    const own = screen.getAllByText(
      '“China-based employees had repeatedly accessed nonpublic data.”',
    );
    for (const quote of own) expect(quote.closest('blockquote')).not.toBeNull();
    const [fragment] = screen.getAllByRole('link', { name: 'Open the passage in the original' });
    expect(fragment?.getAttribute('href')).toBe(
      'https://example.com/bf#:~:text=China%2Dbased%20employees%20had%20repeatedly%20accessed%20nonpublic%20data.',
    );
    // The relay is named from the article record; unverified metadata is marked.
    const relay = screen.getByText(/Relays the reporting of/);
    expect(relay.textContent).toBe('Relays the reporting of BuzzFeed News');
    expect(screen.getAllByText('(unverified)').length).toBeGreaterThan(0);
    expect(wordingLabel('machine-translated')).toBe(
      'Wording of a machine-translated copy, not the outlet’s own',
    );
    expect(wordingLabel('original')).toBeNull();
  });

  test('buttons call their actions; Escape closes', () => {
    const onHide = vi.fn();
    const onSiteOff = vi.fn();
    const onClose = vi.fn();
    const onCopy = vi.fn();
    renderEntityCard({ onCopy, onHide, onSiteOff, onClose });
    fireEvent.click(screen.getByRole('button', { name: 'Not this' }));
    fireEvent.click(screen.getByRole('button', { name: 'Off on this site' }));
    fireEvent.click(screen.getAllByRole('button', { name: /^Copy citation/ })[0] as HTMLElement);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onHide).toHaveBeenCalledOnce();
    expect(onSiteOff).toHaveBeenCalledOnce();
    expect(onCopy).toHaveBeenCalledWith('leaked-audio#0');
    expect(onClose).toHaveBeenCalledOnce();
  });

  test('three claims, then an "n more" expander', () => {
    const base = entityView();
    const first = base.claims[0];
    if (!first) throw new Error('no claim');
    const claims = Array.from({ length: 5 }, (_, i) => ({
      ...first,
      id: `c${i}`,
      text: `Claim ${i}`,
    }));
    renderEntityCard({ view: { ...base, claims } });
    expect(screen.getAllByTestId('claim')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: '2 more claims' }));
    expect(screen.getAllByTestId('claim')).toHaveLength(5);
  });

  test('passes axe checks', async () => {
    const { container } = render(
      <CardLayer
        card={entityView()}
        announcement="TikTok: card open."
        theme="light"
        textSize={15}
        copiedKey={null}
        toast={null}
        onCopy={noop}
        onHide={noop}
        onUndo={noop}
        onNextOnPage={noop}
        onSiteOff={noop}
        onClose={noop}
      />,
    );
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('source first', () => {
  test('the card opens with a quote and its outlet, then the summary, the claims folded away', () => {
    renderEntityCard({ view: { ...entityView(), moreOnPage: 4 } });
    const body = screen.getByRole('dialog').querySelector('.fc-body') as HTMLElement;
    const first = body.firstElementChild as HTMLElement;
    expect(first.dataset.testid).toBe('source-lead');
    expect(first.querySelector('blockquote')).not.toBeNull();
    expect(first.querySelector('.fc-outlet')?.textContent).toBeTruthy();
    expect((first.nextElementSibling as HTMLElement).className).toBe('fc-summary');
    expect(screen.getByRole('button', { name: /^4 more on this page/ })).toBeTruthy();
    expect((body.querySelector('details.fc-claims') as HTMLDetailsElement).open).toBe(false);
  });

  test('a toast confirms "Not this" with an Undo', () => {
    const onUndo = vi.fn();
    render(
      <CardLayer
        card={null}
        announcement=""
        theme="light"
        textSize={15}
        copiedKey={null}
        toast={{ text: 'TikTok hidden on example.com.', action: 'Undo' }}
        onCopy={noop}
        onHide={noop}
        onUndo={onUndo}
        onNextOnPage={noop}
        onSiteOff={noop}
        onClose={noop}
      />,
    );
    expect(screen.getByTestId('fact-cards-toast').textContent).toContain('TikTok hidden');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledOnce();
  });
});

describe('CardLayer', () => {
  test('a polite live region always, the card only when open', () => {
    render(
      <CardLayer
        card={null}
        announcement="Card closed."
        theme="dark"
        textSize={15}
        copiedKey={null}
        toast={null}
        onCopy={noop}
        onHide={noop}
        onUndo={noop}
        onNextOnPage={noop}
        onSiteOff={noop}
        onClose={noop}
      />,
    );
    expect(screen.getByTestId('fact-cards-live').getAttribute('aria-live')).toBe('polite');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

test('rankClaims: claims on this page first, then by citations', () => {
  const ranked = rankClaims(testIndex.claims, 'tiktok', new Set(['denial']));
  expect(ranked.map((c) => c.id)).toEqual(['denial', 'leaked-audio']);
  expect(rankClaims(testIndex.claims, 'tiktok', new Set()).map((c) => c.id)).toEqual([
    'leaked-audio',
    'denial',
  ]);
});
