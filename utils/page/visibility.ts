/**
 * Whether the reader can see a mention: text in a closed <details>, under `visibility: hidden`
 * or `display: none` has no card to step to.
 */
export function isRendered(range: Range): boolean {
  const element = range.startContainer.parentElement;
  if (!element) return false;
  const check = (element as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    return check.call(element, { visibilityProperty: true, checkVisibilityCSS: true });
  }
  return range.getClientRects().length > 0;
}
