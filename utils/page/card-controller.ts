/**
 * The one card on the page: opens it for a mention (taking focus when the keyboard asked for
 * it), keeps it next to the mention, closes it (giving focus back), announces both for screen
 * readers, and carries out its actions: copy a citation, "not this", "off on this site".
 */
import type { CardView, ResolvedTheme } from '../../components/types';
import { formatCitation } from '../citation/format';
import type { IndexLookup } from '../index/lookup';
import { withClaimHidden, withClaimShown } from '../settings/hidden-claims';
import { withEntityHidden, withEntityShown, withSiteEnabled } from '../settings/sites';
import { updateSettings } from '../settings/storage';
import type { Settings } from '../settings/types';
import type { Annotation } from './annotations';
import { cardTextSize } from './card-text-size';
import { createCardToast } from './card-toast';
import type { CardUi } from './card-ui';
import { createCardViews } from './card-views';
import { copyText } from './clipboard';
import { guard } from './guard';
import type { Point } from './hit-test';
import type { followRange } from './positioning';
import { scrollMentionIntoView } from './scroll-into-view';

export type OpenSource = 'hover' | 'click' | 'keyboard' | 'jump';

interface OpenCard {
  annotation: Annotation;
  view: CardView;
  source: OpenSource;
  /** Where focus was before the card took it, to give it back on close. */
  returnFocus: HTMLElement | null;
}

export interface CardControllerDeps {
  win: Window & typeof globalThis;
  lookup: IndexLookup;
  /** Creates the card's UI in the page (once; it is mounted and removed per session). */
  createUi: () => Promise<CardUi>;
  settings: () => Settings;
  /** Every annotation on the page, to mark the claims it makes. */
  annotations: () => Annotation[];
  isShown: (annotation: Annotation) => boolean;
  /** Whether the page is being annotated. */
  isActive: () => boolean;
  /** Hover intent forgets its card when the card opens or closes another way. */
  hover: { reset(): void };
  /** The pointer's last position, so a hovered card sits on the line the pointer is on. */
  pointer: () => Point | null;
  /** Marks the open card's mention on the page (null when no card is open). */
  markActive: (range: Range | null) => void;
  /** "Not this": hide the entity or claim on this page now; the stored setting follows. */
  onHidden: (kind: Annotation['kind'], id: string) => void;
  /** Undo of "Not this": show it again now; the stored setting follows. */
  onShown: (kind: Annotation['kind'], id: string) => void;
  /** "Off on this site": stop annotating now; the stored setting follows. */
  onSiteOff: () => void;
  /** Keeps the card beside its mention (`followRange`, which the card layer script brings). */
  follow: typeof followRange;
  copy?: typeof copyText;
  saveSettings?: typeof updateSettings;
}

export type CardController = ReturnType<typeof createCardController>;

function deepActiveElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

export function createCardController({
  win,
  lookup,
  createUi,
  settings,
  annotations,
  isShown,
  isActive,
  hover,
  pointer,
  markActive,
  onHidden,
  onShown,
  onSiteOff,
  follow,
  copy = copyText,
  saveSettings = updateSettings,
}: CardControllerDeps) {
  const doc = win.document;
  let ui: CardUi | null = null;
  /** Whether the UI is in the page for this session (it is mounted once the first marks are). */
  let mounted = false;
  /**
   * A card the reader asked for (a key, a click, the popup) in the moment between the first marks
   * and the card's UI being ready: it opens once the UI is mounted rather than being lost.
   */
  let waiting: { annotation: Annotation; source: OpenSource } | null = null;
  let card: OpenCard | null = null;
  let stopFollowing: (() => void) | null = null;
  let announcement = '';
  let copiedKey: string | null = null;
  let textSize = cardTextSize(0);
  const toast = createCardToast(win, () => render());
  const { viewFor, sameOnPage } = createCardViews({ lookup, annotations, isShown });

  function theme(): ResolvedTheme {
    const setting = settings().theme;
    if (setting !== 'auto') return setting;
    return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  function pageTextSize(annotation: Annotation): number {
    const element = annotation.range.startContainer.parentElement;
    return cardTextSize(element ? Number.parseFloat(win.getComputedStyle(element).fontSize) : 0);
  }

  function open(annotation: Annotation, source: OpenSource): void {
    if (!isActive()) return;
    if (!ui || !mounted) {
      // A pointer resting there now may have left by then; a key press or a click has not.
      if (source !== 'hover') waiting = { annotation, source };
      return;
    }
    const view = viewFor(annotation);
    if (!view) return;
    const takesFocus = source === 'keyboard' || source === 'jump';
    const returnFocus = card?.returnFocus ?? (takesFocus ? deepActiveElement(doc) : null);
    stopFollowing?.();
    stopFollowing = null;
    if (source !== 'hover') hover.reset();
    card = { annotation, view, source, returnFocus };
    copiedKey = null;
    textSize = pageTextSize(annotation);
    const name = view.kind === 'entity' ? `${view.name}, ${view.typeLabel.toLowerCase()}` : 'Claim';
    announcement = `${name}: card open. Press Escape to close.`;
    render();
    const element = ui.cardElement();
    if (!element) return;
    markActive(annotation.range);
    stopFollowing = follow(annotation.range, element, win, {
      pointer: source === 'hover' ? pointer() : null,
      // A claim is a sentence over several lines: the card goes beside the whole of it.
      whole: annotation.kind === 'claim',
      onOutOfView: guard(() => close(false)),
    });
    if (takesFocus) element.focus({ preventScroll: true });
  }

  function close(restoreFocus: boolean): void {
    if (!card) return;
    const { returnFocus } = card;
    const hadFocus = ui?.hasFocus() ?? false;
    stopFollowing?.();
    stopFollowing = null;
    card = null;
    hover.reset();
    markActive(null);
    announcement = 'Card closed.';
    render();
    if (restoreFocus && hadFocus && returnFocus?.isConnected) {
      returnFocus.focus({ preventScroll: true });
    } else if (hadFocus) {
      (doc.activeElement as HTMLElement | null)?.blur?.();
    }
  }

  function announce(text: string): void {
    announcement = text;
    render();
  }

  function render(): void {
    if (!ui || !isActive()) return;
    ui.render({
      card: card?.view ?? null,
      announcement,
      theme: theme(),
      textSize,
      copiedKey,
      toast: toast.current,
      onCopy: guard((key: string) => void copyCitation(key)),
      onHide: guard(() => hide()),
      onUndo: guard(() => toast.current?.undo()),
      onNextOnPage: guard(() => nextOnPage()),
      onSiteOff: guard(() => siteOff()),
      onClose: guard(() => close(true)),
    });
  }

  async function copyCitation(key: string): Promise<void> {
    const [claimId, index] = key.split('#');
    const claim = claimId ? lookup.claim(claimId) : undefined;
    const citation = claim?.citations[Number(index)];
    const article = citation ? lookup.article(citation.article) : undefined;
    if (!claim || !citation || !article) return;
    const text = formatCitation(
      {
        claim,
        citation,
        article,
        articleOf: lookup.article,
        accessed: new Date(),
        pageUrl: win.location.href,
      },
      settings().citationFormat,
    );
    const ok = await copy(text, ui?.container ?? null, doc);
    copiedKey = ok ? key : null;
    announcement = ok ? 'Citation copied.' : 'Could not copy the citation.';
    render();
  }

  /** "Not this" on either kind of card, with a toast to take it back. */
  function hide(): void {
    const annotation = card?.annotation;
    const view = card?.view;
    if (!annotation || !view) return;
    const hostname = win.location.hostname;
    const { kind, targetId } = annotation;
    close(true);
    // Hidden at once here; the stored setting follows and applies on every tab of the site.
    onHidden(kind, targetId);
    const save = (change: (s: Settings) => Settings) =>
      void saveSettings(change).catch(() => undefined);
    save((s) =>
      kind === 'entity'
        ? withEntityHidden(s, hostname, targetId)
        : withClaimHidden(s, hostname, targetId),
    );
    const what = view.kind === 'entity' ? view.name : 'This claim';
    announcement = `${what} hidden on ${hostname}.`;
    toast.show({
      text: `${what} hidden on ${hostname}.`,
      action: 'Undo',
      undo: () => {
        onShown(kind, targetId);
        save((s) =>
          kind === 'entity'
            ? withEntityShown(s, hostname, targetId)
            : withClaimShown(s, hostname, targetId),
        );
        announcement = `${what} shown again.`;
        toast.hide();
      },
    });
  }

  /** "n more on this page": the next mention of the same thing, after the open one. */
  function nextOnPage(): void {
    const annotation = card?.annotation;
    if (!annotation) return;
    const same = sameOnPage(annotation);
    if (same.length < 2) return;
    const at = same.findIndex((a) => a.id === annotation.id);
    const next = same[(at + 1) % same.length] as Annotation;
    scrollMentionIntoView(next.range, win);
    open(next, 'jump');
  }

  function siteOff(): void {
    const hostname = win.location.hostname;
    onSiteOff();
    void saveSettings((s) => withSiteEnabled(s, hostname, false)).catch(() => undefined);
  }

  return {
    open,
    close,
    announce,
    render,
    /** The open card's annotation, if any. */
    get annotation(): Annotation | null {
      return card?.annotation ?? null;
    },
    /** How the open card was opened, if one is. */
    get source(): OpenSource | null {
      return card?.source ?? null;
    },
    /** The card's host element in the page, once its UI exists. */
    get host(): HTMLElement | null {
      return ui?.host ?? null;
    },
    /** Mounts the card's UI for a session (creating it the first time). */
    async mount(signal: AbortSignal): Promise<void> {
      try {
        if (!ui) ui = await createUi();
        if (signal.aborted) return;
        ui.mount();
        mounted = true;
        render();
        const asked = waiting;
        waiting = null;
        if (
          asked &&
          isShown(asked.annotation) &&
          asked.annotation.range.startContainer.isConnected
        ) {
          open(asked.annotation, asked.source);
        }
      } catch (error) {
        // Without the card the highlights still help; the rest keeps working.
        console.debug('Fact Cards: no card UI', error);
      }
    },
    /** Closes the card and takes its UI out of the page. */
    unmount(): void {
      mounted = false;
      waiting = null;
      close(false);
      toast.clear();
      ui?.remove();
    },
    /** Closes the card if what it shows is no longer shown (settings changed). */
    closeIfHidden(): void {
      if (card && !isShown(card.annotation)) close(true);
    },
    /** Puts the card's host back if the page removed it; true if it had to. */
    repair(): boolean {
      return ui?.repair() ?? false;
    },
    /** Closes the card if its mention left the page. */
    closeIfDetached(): void {
      if (card && !card.annotation.range.startContainer.isConnected) close(false);
    },
  };
}
