/**
 * The scanner's HTML tree (scripts/html-tree.ts): read as a browser reads the page's text, with
 * its depth and size bounded.
 */
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { htmlBlocks } from '../../scripts/html-page';
import { MAX_DEPTH } from '../../scripts/html-rules';
import { buildBody, MAX_ELEMENTS } from '../../scripts/html-tree';

let window: Window | null = null;
afterEach(async () => {
  await window?.happyDOM.close();
  window = null;
});

function body(html: string): { body: HTMLElement; stats: ReturnType<typeof buildBody> } {
  window = new Window();
  const doc = window.document as unknown as Document;
  return { body: doc.body, stats: buildBody(doc, html) };
}

const texts = async (html: string) => (await htmlBlocks(html)).map((b) => b.text);

describe('the scanner reads a page as a browser shows it', () => {
  it('skips the head, and reads text that ends an unclosed head or follows </body>', async () => {
    expect(
      await texts('<html><head><title>Title</title><meta charset=utf-8>Shown<p>Para</body>After'),
    ).toEqual(['Shown\n\nParaAfter']);
  });

  it('closes paragraphs, list items and cells implicitly', async () => {
    expect(await texts('<p>One<p>Two<ul><li>A<li>B</ul><table><tr><td>C<td>D</table>')).toEqual([
      'One',
      'Two',
      'A',
      'B',
      'C',
      'D',
    ]);
  });

  it('reads the text after a <style> inside an inline <svg>', async () => {
    expect(
      await texts('<header><svg><style>.a{fill:red}</style><rect/></svg></header><p>Text</p>'),
    ).toEqual(['Text']);
  });

  it('nests no element deeper than a browser does; deeper ones become siblings', () => {
    const { body: root } = body(`${'<div>'.repeat(MAX_DEPTH * 3)}<p>Deep</p>`);
    let depth = 0;
    for (let node: Element | null = root; node; node = node.lastElementChild) depth++;
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH + 1);
    expect(root.textContent).toBe('Deep');
  });

  it('keeps the text of elements past its element budget', { timeout: 60_000 }, () => {
    const { body: root, stats } = body(`${'<p>x</p>'.repeat(MAX_ELEMENTS + 10)}<b>Last</b>`);
    expect(stats.elements).toBe(MAX_ELEMENTS);
    expect(stats.flattened).toBe(11);
    expect(root.getElementsByTagName('*').length).toBe(MAX_ELEMENTS);
    expect(root.textContent).toBe(`${'x'.repeat(MAX_ELEMENTS + 10)}Last`);
  });

  it('keeps only the attributes page reading looks at', () => {
    const { body: root } = body(
      '<div class="a" onclick="x()" style="color:red" role="main">t</div>',
    );
    expect(root.innerHTML).toBe('<div class="a" role="main">t</div>');
  });
});
