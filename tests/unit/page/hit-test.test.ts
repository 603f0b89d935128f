import { describe, expect, test } from 'vitest';
import { type Caret, hitTest, type RectLike, rectContains } from '../../../utils/page/hit-test';

interface Fake {
  name: string;
  rects: RectLike[];
  priority: number;
}

const rect = (left: number, top: number, right: number, bottom: number) => ({
  left,
  top,
  right,
  bottom,
});
const caret: Caret = { node: {} as Node, offset: 0 };

function run(point: { x: number; y: number }, candidates: Fake[], caretFound = true) {
  return (
    hitTest(point, {
      caretAt: () => (caretFound ? caret : null),
      candidatesNear: () => candidates,
      rectsOf: (c) => c.rects,
      priorityOf: (c) => c.priority,
    })?.name ?? null
  );
}

describe('hitTest', () => {
  const name = { name: 'TikTok', rects: [rect(100, 10, 150, 30)], priority: 1 };
  const claim = { name: 'claim', rects: [rect(0, 10, 400, 30), rect(0, 30, 200, 50)], priority: 0 };

  test('a point on the name hits the name, not the claim sentence around it', () => {
    expect(run({ x: 120, y: 20 }, [claim, name])).toBe('TikTok');
  });

  test('a point on the sentence but off the name hits the claim, on any of its lines', () => {
    expect(run({ x: 50, y: 20 }, [claim, name])).toBe('claim');
    expect(run({ x: 150, y: 40 }, [claim, name])).toBe('claim');
  });

  test('a caret that snapped from the margin hits nothing: the rectangles decide', () => {
    expect(run({ x: 600, y: 20 }, [claim, name])).toBeNull();
    expect(run({ x: 300, y: 45 }, [claim, name])).toBeNull();
  });

  test('no caret (pointer over an image, no API) hits nothing', () => {
    expect(run({ x: 120, y: 20 }, [name], false)).toBeNull();
  });

  test('empty rects (collapsed or hidden text) never hit', () => {
    expect(run({ x: 5, y: 5 }, [{ name: 'x', rects: [rect(5, 5, 5, 5)], priority: 1 }])).toBeNull();
  });

  test('rectContains allows a little slack below for the underline', () => {
    expect(rectContains(rect(0, 0, 10, 10), { x: 5, y: 11.5 })).toBe(true);
    expect(rectContains(rect(0, 0, 10, 10), { x: 5, y: 13 })).toBe(false);
  });
});
