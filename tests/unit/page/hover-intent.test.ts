import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createHoverIntent } from '../../../utils/page/hover-intent';

describe('createHoverIntent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const events: string[] = [];
    const intent = createHoverIntent<string>({
      openDelayMs: () => 300,
      closeDelayMs: 300,
      onOpen: (t) => events.push(`open ${t}`),
      onClose: () => events.push('close'),
    });
    return { intent, events };
  }

  test('opens only after the pointer rests for the delay', () => {
    const { intent, events } = setup();
    intent.update('a', false);
    vi.advanceTimersByTime(200);
    intent.update('a', false);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(events).toEqual(['open a']);
  });

  test('a pointer travelling along a name restarts the wait; resting within a few pixels does not', () => {
    const { intent, events } = setup();
    for (let x = 0; x < 60; x += 10) {
      intent.update('a', false, { x, y: 5 });
      vi.advanceTimersByTime(100);
    }
    expect(events).toEqual([]);
    intent.update('a', false, { x: 52, y: 6 });
    vi.advanceTimersByTime(200);
    expect(events).toEqual(['open a']);
  });

  test('passing over a mention quickly opens nothing', () => {
    const { intent, events } = setup();
    intent.update('a', false);
    vi.advanceTimersByTime(100);
    intent.update(null, false);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  test('stays open while the pointer is in the card; closes 300 ms after it leaves both', () => {
    const { intent, events } = setup();
    intent.update('a', false);
    vi.advanceTimersByTime(300);
    intent.update(null, false);
    vi.advanceTimersByTime(150);
    intent.update(null, true);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open a']);
    intent.update(null, false);
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['open a']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a', 'close']);
  });

  test('reset forgets a card opened another way', () => {
    const { intent, events } = setup();
    intent.update('a', false);
    vi.advanceTimersByTime(300);
    intent.reset();
    intent.update(null, false);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open a']);
  });
});
