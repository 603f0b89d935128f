/** How big the card's text is: close to the page's, never too small to read or too big. */

/** Bounds and scale, in px of the page's text around the mention. */
const TEXT_SIZE = { min: 15, max: 19, scale: 0.85, fallback: 15 };

/** The card's text size for a mention: a little smaller than the page's text around it. */
export function cardTextSize(pageText: number): number {
  if (!Number.isFinite(pageText) || pageText <= 0) return TEXT_SIZE.fallback;
  return Math.min(TEXT_SIZE.max, Math.max(TEXT_SIZE.min, Math.round(pageText * TEXT_SIZE.scale)));
}
