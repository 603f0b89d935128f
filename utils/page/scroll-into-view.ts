/**
 * Brings a mention into the upper third of the viewport, leaving the space below it for its
 * card: a card placed under its mention then never has to cover it.
 */
export function scrollMentionIntoView(range: Range, win: Window): void {
  const element = range.startContainer.parentElement;
  // Inner scroll containers first, then the window.
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const rect = range.getBoundingClientRect();
  const height = win.innerHeight;
  if (rect.top < height * 0.15 || rect.bottom > height * 0.4) {
    win.scrollBy({ top: rect.top - height * 0.2, behavior: 'instant' });
  }
}
