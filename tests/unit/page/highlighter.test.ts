/** The highlighter against a stand-in for the CSS Custom Highlight API (happy-dom has none). */
import { describe, expect, it } from 'vitest';
import { Highlighter } from '../../../utils/page/highlighter';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

function fakeWindow() {
  const registry = new Map<string, FakeHighlight>();
  const win = {
    CSS: { highlights: registry },
    Highlight: FakeHighlight,
    CSSStyleSheet: class {
      replaceSync() {}
    },
    document: { adoptedStyleSheets: [] as unknown[] },
    matchMedia: () => ({ matches: false, addEventListener() {}, removeEventListener() {} }),
  };
  return { win: win as unknown as Window & typeof globalThis, registry };
}

const painted = (registry: Map<string, FakeHighlight>) =>
  [...registry.values()].reduce((n, h) => n + h.size, 0);

describe('Highlighter', () => {
  it('paints ranges added while held only on release, and never those deleted meanwhile', () => {
    const { win, registry } = fakeWindow();
    const highlighter = new Highlighter(win);
    highlighter.attach('');
    const [a, b, c] = [new Range(), new Range(), new Range()];
    highlighter.add('person', a);
    highlighter.hold();
    highlighter.add('person', b);
    highlighter.add('claim', c);
    expect(painted(registry)).toBe(1);
    highlighter.delete('person', b);
    highlighter.release();
    expect(painted(registry)).toBe(2);
    expect(registry.get('fact-cards-claim')?.has(c)).toBe(true);
    // Released: adds paint at once again.
    highlighter.add('person', b);
    expect(painted(registry)).toBe(3);
  });

  it('forgets held ranges when cleared', () => {
    const { win, registry } = fakeWindow();
    const highlighter = new Highlighter(win);
    highlighter.attach('');
    highlighter.hold();
    highlighter.add('person', new Range());
    highlighter.clear();
    highlighter.release();
    expect(painted(registry)).toBe(0);
  });
});
