/**
 * Entry points from the page (events, observers, messages, timers) go through `guard`: nothing
 * Fact Cards does may throw into the page.
 */
export function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (error) {
      console.debug('Fact Cards:', error);
    }
  };
}
