/**
 * Main-thread scheduling: work is cut into slices that end before a task could count as long
 * (50 ms, https://w3c.github.io/longtasks/), yielding with `scheduler.yield()` where it exists
 * and a MessageChannel post otherwise (setTimeout would be clamped to 4 ms after a few nestings).
 */

interface SchedulerLike {
  yield?: () => Promise<void>;
}

export interface YieldEnvironment {
  scheduler?: SchedulerLike;
  MessageChannel?: typeof MessageChannel;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

/** A function that resolves after giving the browser a chance to render and handle input. */
export function createYielder(env: YieldEnvironment = globalThis as unknown as YieldEnvironment) {
  const scheduler = env.scheduler;
  if (scheduler && typeof scheduler.yield === 'function') {
    return () => (scheduler.yield as () => Promise<void>).call(scheduler);
  }
  const Channel = env.MessageChannel;
  if (Channel) {
    return () =>
      new Promise<void>((resolve) => {
        const channel = new Channel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve();
        };
        channel.port2.postMessage(null);
      });
  }
  return () => new Promise<void>((resolve) => env.setTimeout(resolve, 0));
}

export class AbortedError extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortedError';
  }
}

export interface SliceOptions {
  /** Milliseconds of work before yielding; well under 50 so the task that follows fits too. */
  budgetMs?: number;
  signal?: AbortSignal;
  now?: () => number;
  yieldToMain?: () => Promise<void>;
}

/**
 * Runs `work` on every item in order, yielding whenever the budget of the current slice is
 * spent. Rejects with AbortedError when the signal aborts between items.
 */
export async function runSliced<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  {
    budgetMs = 12,
    signal,
    now = () => performance.now(),
    yieldToMain = createYielder(),
  }: SliceOptions = {},
): Promise<void> {
  let sliceStart = now();
  for (const item of items) {
    if (signal?.aborted) throw new AbortedError();
    if (now() - sliceStart >= budgetMs) {
      await yieldToMain();
      if (signal?.aborted) throw new AbortedError();
      sliceStart = now();
    }
    work(item);
  }
}

export interface FrameBatcherOptions {
  requestFrame?: (callback: () => void) => unknown;
  cancelFrame?: (id: unknown) => void;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
  /** Background tabs get no frames; the timer makes sure work still happens. */
  fallbackMs?: number;
}

/** Coalesces calls into one run per animation frame (or one timer tick where frames stop). */
export function createFrameBatcher(
  run: () => void,
  {
    requestFrame = (cb) => requestAnimationFrame(cb),
    setTimer = (cb, ms) => setTimeout(cb, ms),
    clearTimer = (id) => clearTimeout(id as number),
    cancelFrame = (id) => cancelAnimationFrame(id as number),
    fallbackMs = 100,
  }: FrameBatcherOptions = {},
) {
  let frame: unknown = null;
  let timer: unknown = null;
  const fire = () => {
    if (frame !== null) cancelFrame(frame);
    if (timer !== null) clearTimer(timer);
    frame = null;
    timer = null;
    run();
  };
  return {
    schedule() {
      if (frame !== null || timer !== null) return;
      frame = requestFrame(fire);
      timer = setTimer(fire, fallbackMs);
    },
    get pending() {
      return frame !== null || timer !== null;
    },
    cancel() {
      if (frame !== null) cancelFrame(frame);
      if (timer !== null) clearTimer(timer);
      frame = null;
      timer = null;
    },
  };
}

/**
 * At most `limit` events per `windowMs`: `tryTake()` says whether one may happen now, and
 * `waitMs()` how long until the next would be allowed.
 */
export function createRateLimiter(limit: number, windowMs: number, now = () => performance.now()) {
  const times: number[] = [];
  const prune = () => {
    const t = now();
    while (times.length && t - (times[0] as number) >= windowMs) times.shift();
  };
  return {
    tryTake(): boolean {
      prune();
      if (times.length >= limit) return false;
      times.push(now());
      return true;
    },
    waitMs(): number {
      prune();
      if (times.length < limit) return 0;
      return Math.max(0, windowMs - (now() - (times[0] as number)));
    },
  };
}
