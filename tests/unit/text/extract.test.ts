import { describe, expect, it } from 'vitest';
import { blockOf, isBlockElement } from '../../../utils/page/units';
import { BLOCK_TAGS, extractText } from '../../../utils/text/extract';

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('extractText', () => {
  it('joins inline elements with nothing, so split names still read whole', () => {
    const { text } = extractText(
      dom('<p><em>Project</em> Texas and Buzz<span>Feed</span> News</p>'),
    );
    expect(text).toBe('Project Texas and BuzzFeed News');
  });

  it('separates blocks so that words of two paragraphs never join', () => {
    const { text } = extractText(
      dom(
        '<p>Project</p><p>Texas</p><ul><li>Byte</li><li>Dance</li></ul>one<br>two<table><tr><td>a</td><td>b</td></tr></table>',
      ),
    );
    expect(text).toBe('Project\n\nTexas\n\nByte\nDance\n\none\ntwo\n\na\nb');
  });

  it('leaves out scripts, forms, hidden, editable and extension UI regions', () => {
    const { text } = extractText(
      dom(`<p>A</p><script>var TikTok</script><style>.x{}</style><noscript>N</noscript>
        <template><p>T</p></template><input value="I"><textarea>TA</textarea>
        <select><option>S</option></select><div hidden>H</div><div aria-hidden="true">AH</div>
        <div contenteditable="true">CE</div><div contenteditable>CE2</div>
        <div contenteditable="false">shown</div><aside data-fact-cards-ui>UI</aside>
        <div class="ad">AD</div><p>B</p>`),
      { skip: (el) => el.classList.contains('ad') },
    );
    expect(text.replace(/\s+/g, ' ').trim()).toBe('A shown B');
  });

  it('descends into open shadow roots as separate blocks', () => {
    const root = dom('<p>before</p><x-card></x-card><p>after</p>');
    const host = root.querySelector('x-card') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>Byte</span><b>Dance</b>';
    const { text } = extractText(root);
    expect(text).toBe('before\n\nByteDance\n\nafter');
  });

  it('maps offsets back to text nodes and builds ranges', () => {
    const root = dom('<p>The <em>Project</em> Texas plan</p><p>Next</p>');
    document.body.append(root);
    const { text, map } = extractText(root);
    const start = text.indexOf('Project');
    const end = start + 'Project Texas'.length;
    const range = map.toRange(start, end);
    expect(range?.toString()).toBe('Project Texas');
    expect(map.locate(start)).toEqual({ node: root.querySelector('em')?.firstChild, offset: 0 });
    root.remove();
  });

  it('snaps offsets on block separators to the nearest real text', () => {
    const root = dom('<p>One</p><p>Two</p>');
    const { text, map } = extractText(root);
    const gap = text.indexOf('\n');
    const p = root.querySelectorAll('p');
    expect(map.locate(gap)?.node).toBe(p[1]?.firstChild);
    expect(map.locate(gap, 'backward')).toEqual({ node: p[0]?.firstChild, offset: 3 });
    expect(map.toRange(0, gap + 1)?.toString()).toBe('One');
    expect(map.locate(text.length + 1)).toBeNull();
    expect(map.segmentsBetween(0, text.length).map((s) => s.node.data)).toEqual(['One', 'Two']);
  });

  it('handles deep trees without recursion limits', () => {
    const root = document.createElement('div');
    let parent: Element = root;
    for (let i = 0; i < 20000; i++) {
      const child = document.createElement('span');
      parent.append(child);
      parent = child;
    }
    parent.append(document.createTextNode('TikTok'));
    expect(extractText(root).text).toBe('TikTok');
  });
});

describe('block-level elements (one list for extraction and page units)', () => {
  it('each one breaks the text and bounds a unit; inline elements do neither', () => {
    for (const tag of [...BLOCK_TAGS].filter((t) => !['BODY', 'HTML', 'HR'].includes(t))) {
      // Built node by node: the HTML parser would drop table parts outside a table.
      const root = document.createElement('div');
      const element = document.createElement(tag);
      element.append('b');
      root.append('a', element, 'c');
      expect(isBlockElement(element)).toBe(true);
      expect(blockOf(element, root)).toBe(element);
      expect(extractText(root).text.replace(/\n+/g, '|')).toBe('a|b|c');
    }
    for (const tag of ['span', 'em', 'a', 'b']) {
      const root = dom(`a<${tag}>b</${tag}>c`);
      expect(isBlockElement(root.querySelector(tag) as Element)).toBe(false);
      expect(extractText(root).text).toBe('abc');
    }
  });
});
