import { describe, expect, test } from 'vitest';
import { lowerBound, stepIndex } from '../../../utils/page/navigation';

describe('stepIndex', () => {
  test('steps and wraps from the current mention', () => {
    expect(stepIndex(3, 0, 'next', () => 0)).toBe(1);
    expect(stepIndex(3, 2, 'next', () => 0)).toBe(0);
    expect(stepIndex(3, 0, 'previous', () => 0)).toBe(2);
  });

  test('without a current mention it starts where the reader is', () => {
    expect(stepIndex(5, null, 'next', () => 3)).toBe(3);
    expect(stepIndex(5, null, 'previous', () => 3)).toBe(2);
    // Everything is above the viewport: next wraps to the first, previous takes the last.
    expect(stepIndex(5, null, 'next', () => 5)).toBe(0);
    expect(stepIndex(5, null, 'previous', () => 5)).toBe(4);
  });

  test('nothing to move to', () => {
    expect(stepIndex(0, null, 'next', () => 0)).toBeNull();
  });
});

test('lowerBound finds the first index at or after the viewport top', () => {
  const bottoms = [-300, -20, 5, 400, 900];
  expect(lowerBound(bottoms.length, (i) => (bottoms[i] as number) >= 0)).toBe(2);
  expect(lowerBound(0, () => true)).toBe(0);
});
