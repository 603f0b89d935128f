/**
 * Functions the tests run inside a page, shared by the Playwright harness and the cross-browser
 * scenarios. Each is self-contained (the driver sends its source), so it uses nothing from here.
 */

/** The painted text of every Fact Cards highlight, by kind, in document order. */
export function paintedHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('fact-cards-')) continue;
    const ranges = [...(highlight as unknown as Set<Range>)];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    out[name.slice('fact-cards-'.length)] = ranges.map((r) => r.toString());
  }
  return out;
}

/** Viewport centre of the `nth` occurrence of `word` in the text under `selector`. */
export function wordCenterIn({
  word,
  selector,
  nth,
}: {
  word: string;
  selector: string;
  nth: number;
}): { x: number; y: number } {
  const root = document.querySelector(selector);
  if (!root) throw new Error(`no ${selector}`);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (seen++ !== nth) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const rect = range.getClientRects()[0] as DOMRect;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  throw new Error(`"${word}" not found`);
}
