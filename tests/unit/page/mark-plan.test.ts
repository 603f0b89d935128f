import { describe, expect, test } from 'vitest';
import type { Annotation } from '../../../utils/page/annotations';
import { claimMarkerRange, createSectionIndex, planMarks } from '../../../utils/page/mark-plan';

/** Annotations over the words of a page: `name` marks an entity, `*sentence*` a claim. */
function page(html: string) {
  document.body.innerHTML = html;
  const annotations: Annotation[] = [];
  let id = 1;
  for (const unit of document.querySelectorAll('p, h2')) {
    const text = unit.firstChild as Text;
    for (const match of text.data.matchAll(/TikTok|Lark|A claim\./g)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      const claim = match[0] === 'A claim.';
      annotations.push({
        id: id++,
        kind: claim ? 'claim' : 'entity',
        targetId: claim ? 'c1' : match[0].toLowerCase(),
        highlight: claim ? 'claim' : 'organization',
        range,
        text: match[0],
        unit,
        start: match.index,
      });
    }
  }
  return annotations;
}

const HTML =
  '<h2>One TikTok</h2><p>TikTok and Lark. TikTok again. A claim. A claim.</p>' +
  '<h2>Two</h2><p>TikTok once more. A claim.</p>';

function plan(annotations: Annotation[], mode: 'first' | 'every', hidden = new Set<string>()) {
  return planMarks(annotations, {
    mode,
    isShown: (a) => !hidden.has(a.targetId),
    sectionOf: createSectionIndex(document),
    markerOf: (a) => claimMarkerRange(a.range, document),
  });
}

describe('planMarks', () => {
  test('“first mention” marks each name and claim once per section', () => {
    const annotations = page(HTML);
    const { marked, paint } = plan(annotations, 'first');
    expect([...marked].map((a) => `${a.unit.textContent?.slice(0, 3)}:${a.text}`)).toEqual([
      'One:TikTok',
      'Tik:Lark',
      'Tik:A claim.',
      'Tik:TikTok',
      'Tik:A claim.',
    ]);
    // Claims are painted on their last character only.
    expect([...paint].filter(([, name]) => name === 'claim').map(([r]) => r.toString())).toEqual([
      '.',
      '.',
    ]);
  });

  test('“every mention” marks everything shown; hidden ones are never marked', () => {
    const annotations = page(HTML);
    expect(plan(annotations, 'every').marked.size).toBe(annotations.length);
    const { marked } = plan(annotations, 'every', new Set(['tiktok']));
    expect([...marked].some((a) => a.targetId === 'tiktok')).toBe(false);
  });

  test('a hidden first mention lets no later one take its place', () => {
    const annotations = page('<p>TikTok and TikTok.</p>');
    expect(plan(annotations, 'first', new Set(['tiktok'])).marked.size).toBe(0);
  });
});

describe('claimMarkerRange', () => {
  test('sits on the last visible character, skipping trailing spaces', () => {
    document.body.innerHTML = '<p>He said so.  </p>';
    const text = document.querySelector('p')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, text.length);
    expect(claimMarkerRange(range, document)?.toString()).toBe('.');
  });

  test('is null when the range does not end in text', () => {
    document.body.innerHTML = '<p>x<br></p>';
    const p = document.querySelector('p') as HTMLElement;
    const range = document.createRange();
    range.setStart(p, 0);
    range.setEnd(p, 2);
    expect(claimMarkerRange(range, document)).toBeNull();
  });
});
