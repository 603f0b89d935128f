import { describe, expect, test, vi } from 'vitest';
import {
  AbortedError,
  createFrameBatcher,
  createRateLimiter,
  createYielder,
  runSliced,
} from '../../../utils/page/scheduler';

describe('createYielder', () => {
  test('prefers scheduler.yield', async () => {
    const yieldFn = vi.fn(() => Promise.resolve());
    await createYielder({ scheduler: { yield: yieldFn }, setTimeout })();
    expect(yieldFn).toHaveBeenCalledOnce();
  });

  test('falls back to a MessageChannel post, then to setTimeout', async () => {
    await createYielder({ MessageChannel, setTimeout })();
    const timer = vi.fn((cb: () => void) => cb());
    await createYielder({ setTimeout: timer })();
    expect(timer).toHaveBeenCalledOnce();
  });
});

describe('runSliced', () => {
  test('yields whenever a slice has used its budget, and only then', async () => {
    let clock = 0;
    const yields: number[] = [];
    const done: number[] = [];
    await runSliced(
      [1, 2, 3, 4, 5, 6],
      (n) => {
        clock += 5;
        done.push(n);
      },
      {
        budgetMs: 10,
        now: () => clock,
        yieldToMain: async () => {
          yields.push(done.length);
        },
      },
    );
    expect(done).toEqual([1, 2, 3, 4, 5, 6]);
    // 5 ms per item, 10 ms budget: a yield after every second item.
    expect(yields).toEqual([2, 4]);
  });

  test('stops with AbortedError once the signal aborts', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = runSliced(
      [1, 2, 3],
      (n) => {
        seen.push(n);
        if (n === 2) controller.abort();
      },
      { signal: controller.signal, yieldToMain: async () => undefined },
    );
    await expect(run).rejects.toBeInstanceOf(AbortedError);
    expect(seen).toEqual([1, 2]);
  });
});

describe('createFrameBatcher', () => {
  test('many schedules in one frame run once', () => {
    const frames: (() => void)[] = [];
    const run = vi.fn();
    const batch = createFrameBatcher(run, {
      requestFrame: (cb) => frames.push(cb),
      cancelFrame: () => undefined,
      setTimer: () => 1,
      clearTimer: () => undefined,
    });
    batch.schedule();
    batch.schedule();
    batch.schedule();
    expect(frames).toHaveLength(1);
    frames[0]?.();
    expect(run).toHaveBeenCalledOnce();
    expect(batch.pending).toBe(false);
  });

  test('runs from the timer when no frame comes (background tab)', () => {
    vi.useFakeTimers();
    try {
      const run = vi.fn();
      const batch = createFrameBatcher(run, {
        requestFrame: () => 0,
        cancelFrame: () => undefined,
      });
      batch.schedule();
      vi.advanceTimersByTime(150);
      expect(run).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('createRateLimiter', () => {
  test('allows `limit` events per window and says how long to wait', () => {
    let clock = 0;
    const limiter = createRateLimiter(2, 1000, () => clock);
    expect(limiter.tryTake()).toBe(true);
    clock = 100;
    expect(limiter.tryTake()).toBe(true);
    expect(limiter.tryTake()).toBe(false);
    expect(limiter.waitMs()).toBe(900);
    clock = 1000;
    expect(limiter.tryTake()).toBe(true);
  });
});
