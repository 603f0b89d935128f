/** Page chrome read from the DOM: landmarks, class words, the main element, link-dense rails. */
import { beforeEach, describe, expect, it } from 'vitest';
import { readPageUnits } from '../../../utils/page/blocks';
import { mainParts, type RoleSpans } from '../../../utils/relevance/roles';

function roles(html: string) {
  document.body.innerHTML = html;
  const { texts, roles } = readPageUnits(document.body);
  const parts: Record<string, string[]> = { main: [], chrome: [], comments: [] };
  texts.forEach(({ text }, i) => {
    const spans = roles[i] as RoleSpans;
    spans.roles.forEach((role, j) => {
      const part = text.slice(spans.starts[j], spans.starts[j + 1] ?? text.length).trim();
      if (part) parts[role]?.push(part.replace(/\s+/g, ' '));
    });
  });
  return parts;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('page chrome', () => {
  it('landmarks, share widgets, bylines, credits and rails are chrome; comments are comments', () => {
    const parts = roles(`
      <header><a href="/">Home</a> Follow us on Facebook</header>
      <nav><a href="/a">Politics</a> <a href="/b">Tech</a></nav>
      <article>
        <header><h1>The headline of the piece</h1><p class="c-byline">By A. Writer, Reuters</p></header>
        <p>The first paragraph of the story itself, long enough to be the story.</p>
        <figure><img alt=""><figcaption>Photo by Someone/Getty Images</figcaption></figure>
        <div class="social-share"><a href="#">Share on Facebook</a></div>
        <p>The second paragraph, which goes on about the subject at some length.</p>
      </article>
      <aside class="most-read"><p>Most read today</p></aside>
      <div class="cookie-banner"><p>We use cookies.</p></div>
      <section id="comments"><p>GhostTikTak: first!</p></section>
      <footer>© The New York Times Company</footer>`);
    expect(parts.main).toEqual([
      'The headline of the piece',
      'The first paragraph of the story itself, long enough to be the story.',
      'The second paragraph, which goes on about the subject at some length.',
    ]);
    expect(parts.comments).toEqual(['GhostTikTak: first!']);
    expect(parts.chrome).toEqual([
      'Home Follow us on Facebook',
      'Politics Tech',
      'By A. Writer, Reuters',
      'Photo by Someone/Getty Images',
      'Share on Facebook',
      'Most read today',
      'We use cookies.',
      '© The New York Times Company',
    ]);
  });

  it('a block of links is chrome even without landmarks; a wrapper around the page says nothing', () => {
    const parts = roles(`
      <form id="aspnetForm" class="has-sidebar">
        <div><a href="/1">One headline</a> · <a href="/2">Another headline</a></div>
        <p>A paragraph of the page's own text, with <a href="/x">a link</a> inside it.</p>
      </form>`);
    expect(parts.chrome).toEqual(['One headline · Another headline']);
    expect(parts.main).toEqual(["A paragraph of the page's own text, with a link inside it."]);
  });

  it('one unit holding the whole page still has its parts told apart', () => {
    document.body.innerHTML =
      'Stray text <nav>Menu</nav><article><p>The story text itself, long enough.</p></article>';
    const { texts, roles: spans } = readPageUnits(document.body);
    expect(texts).toHaveLength(1);
    expect(
      mainParts(texts[0]?.text ?? '', spans[0] as RoleSpans)
        .join('')
        .trim(),
    ).toBe('The story text itself, long enough.');
  });
});
