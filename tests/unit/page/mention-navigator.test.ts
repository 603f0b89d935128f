/** Next / previous / jump over the shown mentions, with a fake card and happy-dom ranges. */
import { beforeEach, describe, expect, test } from 'vitest';
import type { Annotation } from '../../../utils/page/annotations';
import { createMentionNavigator } from '../../../utils/page/mention-navigator';

function annotations(words: string[]): Annotation[] {
  document.body.innerHTML = words.map((word) => `<p>${word}</p>`).join('');
  return [...document.querySelectorAll('p')].map((p, id) => {
    const text = p.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, text.data.length);
    return {
      id,
      kind: id === 2 ? 'claim' : 'entity',
      targetId: text.data.toLowerCase(),
      highlight: id === 2 ? 'claim' : 'organization',
      range,
      text: text.data,
      unit: p,
      start: 0,
    };
  });
}

function setup(list: Annotation[], { active = true, stops = list } = {}) {
  let time = 1000;
  const opened: string[] = [];
  const announced: string[] = [];
  const card = {
    annotation: null as Annotation | null,
    open(annotation: Annotation, source: string) {
      card.annotation = annotation;
      opened.push(`${annotation.text} (${source})`);
    },
    announce: (text: string) => announced.push(text),
  };
  const navigator = createMentionNavigator({
    win: window,
    isActive: () => active,
    shown: () => list,
    stops: () => stops,
    card,
    now: () => time,
  });
  const later = (ms = 500) => {
    time += ms;
  };
  return { navigator, card, opened, announced, later };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('createMentionNavigator', () => {
  test('steps in document order from the open card and wraps around both ways', () => {
    const { navigator, opened, later } = setup(annotations(['TikTok', 'ByteDance', 'A claim']));
    for (let i = 0; i < 4; i++) {
      navigator.navigate('next', 'key');
      later();
    }
    navigator.navigate('previous', 'key');
    later();
    navigator.navigate('previous', 'key');
    expect(opened).toEqual([
      'TikTok (keyboard)',
      'ByteDance (keyboard)',
      'A claim (keyboard)',
      'TikTok (keyboard)',
      'A claim (keyboard)',
      'ByteDance (keyboard)',
    ]);
  });

  test('with distinct stops it skips repeats, and goes on from a mention between stops', () => {
    const list = annotations(['TikTok', 'ByteDance', 'A claim', 'TikTok', 'Oracle']);
    const stops = list.filter((a) => a.id !== 3);
    const { navigator, card, opened, later } = setup(list, { stops });
    for (let i = 0; i < 4; i++) {
      navigator.navigate('next', 'key');
      later();
    }
    expect(opened).toEqual([
      'TikTok (keyboard)',
      'ByteDance (keyboard)',
      'A claim (keyboard)',
      'Oracle (keyboard)',
    ]);
    // The second TikTok, opened another way, sits between "A claim" and "Oracle".
    card.annotation = list[3] as Annotation;
    navigator.navigate('previous', 'key');
    later();
    expect(opened.at(-1)).toBe('A claim (keyboard)');
    card.annotation = list[3] as Annotation;
    navigator.navigate('next', 'key');
    expect(opened.at(-1)).toBe('Oracle (keyboard)');
  });

  test('after the card closed it goes on from the mention it last moved to', () => {
    const { navigator, card, opened, later } = setup(annotations(['TikTok', 'ByteDance']));
    navigator.navigate('next', 'key');
    card.annotation = null;
    later();
    navigator.navigate('next', 'key');
    expect(opened).toEqual(['TikTok (keyboard)', 'ByteDance (keyboard)']);
  });

  test('one press seen as both the key and the command moves once', () => {
    const { navigator, opened, later } = setup(annotations(['TikTok', 'ByteDance', 'A claim']));
    navigator.navigate('next', 'key');
    later(20);
    navigator.navigate('next', 'command');
    expect(opened).toEqual(['TikTok (keyboard)']);
    // Two presses of the same key are two moves, however quick.
    later(20);
    navigator.navigate('next', 'key');
    expect(opened).toEqual(['TikTok (keyboard)', 'ByteDance (keyboard)']);
    // The other source, past the dedupe window, is a press of its own.
    later(100);
    navigator.navigate('next', 'command');
    expect(opened).toEqual(['TikTok (keyboard)', 'ByteDance (keyboard)', 'A claim (keyboard)']);
  });

  test('with nothing marked it says so', () => {
    const { navigator, opened, announced } = setup([]);
    navigator.navigate('next', 'command');
    expect(opened).toEqual([]);
    expect(announced).toEqual(['No marked mentions on this page.']);
  });

  test('jumpTo opens the first mention of the entity or claim, as a jump', () => {
    const { navigator, opened, later } = setup(
      annotations(['TikTok', 'ByteDance', 'A claim', 'TikTok']),
    );
    expect(navigator.jumpTo({ kind: 'entity', id: 'tiktok' })).toBe(true);
    expect(navigator.jumpTo({ kind: 'claim', id: 'a claim' })).toBe(true);
    expect(navigator.jumpTo({ kind: 'claim', id: 'tiktok' })).toBe(false);
    expect(navigator.jumpTo({ kind: 'entity', id: 'nobody' })).toBe(false);
    expect(opened).toEqual(['TikTok (jump)', 'A claim (jump)']);
    // Navigation goes on from where the jump landed.
    later();
    navigator.navigate('next', 'key');
    expect(opened.at(-1)).toBe('TikTok (keyboard)');
    expect(opened).toHaveLength(3);
  });

  test('does nothing while the page is not annotated', () => {
    const { navigator, opened, announced } = setup(annotations(['TikTok']), { active: false });
    navigator.navigate('next', 'key');
    expect(navigator.jumpTo({ kind: 'entity', id: 'tiktok' })).toBe(false);
    expect(opened).toEqual([]);
    expect(announced).toEqual([]);
  });
});
