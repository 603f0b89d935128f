/**
 * The extension's only element in the page: a shadow-root host (WXT createShadowRootUi, with the
 * card CSS injected into the shadow root) that holds the live region and the card, which `layer`
 * (the card layer script, see `card-layer.ts`) renders.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { CardLayerProps } from '../../components/CardLayer';
import { UI_ATTRIBUTE } from '../text/extract';
import type { CardLayerRenderer } from './card-layer';
import { blockUntrustedEvents } from './trust';

export const UI_HOST_NAME = 'fact-cards-ui';

export interface CardUi {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The element the layer renders into (inside the shadow root). */
  container: HTMLElement;
  mount(): void;
  remove(): void;
  render(props: CardLayerProps): void;
  /** The open card's element, if any. */
  cardElement(): HTMLElement | null;
  /** Whether keyboard focus is inside the card. */
  hasFocus(): boolean;
  /** Puts the host back if the page took it out while mounted; true if it had to. */
  repair(): boolean;
}

export async function createCardUi(
  ctx: ContentScriptContext,
  layer: CardLayerRenderer,
  doc: Document = document,
): Promise<CardUi> {
  let mounted = false;
  const ui = await createShadowRootUi(ctx, {
    name: UI_HOST_NAME,
    position: 'inline',
    // After <body>, so frameworks that own the body never meet it.
    anchor: () => doc.documentElement,
    append: 'last',
    onMount(container, _shadow, host) {
      host.setAttribute(UI_ATTRIBUTE, '');
      return container;
    },
    onRemove(container) {
      if (container) layer.clear(container);
    },
  });
  blockUntrustedEvents(ui.shadow);
  return {
    host: ui.shadowHost,
    shadow: ui.shadow,
    container: ui.uiContainer,
    mount() {
      if (mounted) return;
      ui.mount();
      mounted = true;
    },
    remove() {
      if (!mounted) return;
      mounted = false;
      ui.remove();
    },
    render(props) {
      if (mounted) layer.render(props, ui.uiContainer);
    },
    cardElement() {
      return ui.shadow.querySelector<HTMLElement>('.fc-card');
    },
    hasFocus() {
      return ui.shadow.activeElement !== null;
    },
    repair() {
      if (!mounted || ui.shadowHost.isConnected) return false;
      doc.documentElement.append(ui.shadowHost);
      return true;
    },
  };
}
