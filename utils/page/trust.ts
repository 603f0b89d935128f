/**
 * What the page cannot make Fact Cards do: events its scripts make up (`isTrusted` false) never
 * reach the card's controls, and the keys for the next mention leave fields being typed in alone.
 */

/** Input types that take no typed text: the mention keys stay ours when one of them has focus. */
const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** Whether an element takes typed text: a text field, a select, or editable content. */
export function isEditableElement(element: Element | null): boolean {
  if (!element) return false;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((element as HTMLInputElement).type);
  return (element as HTMLElement).isContentEditable === true;
}

/** Whether a key event is aimed at something that takes typed text (through open shadow roots). */
export function isEditableTarget(event: Event): boolean {
  const origin = event.composedPath()[0] ?? event.target;
  if (origin && (origin as Node).nodeType === 1) return isEditableElement(origin as Element);
  return false;
}

/** Whether keyboard focus is in something that takes typed text, looking into open shadow roots. */
export function focusIsEditable(doc: Document): boolean {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return isEditableElement(active);
}

/** The events by which a reader uses the card. */
const CARD_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
] as const;

/**
 * Stops events a page script dispatched at the card's elements before they reach the card's own
 * handlers: listening in the capture phase at the shadow root runs before any listener inside it.
 */
export function blockUntrustedEvents(root: ShadowRoot | Element, signal?: AbortSignal): void {
  const stop = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of CARD_EVENTS) root.addEventListener(type, stop, { capture: true, signal });
}
