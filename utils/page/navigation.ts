/** Next / previous mention, as pure index arithmetic over the annotations in document order. */

/** First index in [0, count) for which `isAtOrAfter` holds (it must be monotone), or `count`. */
export function lowerBound(count: number, isAtOrAfter: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isAtOrAfter(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The index to move to. From the current mention it steps and wraps around; with no current
 * mention it starts where the reader is: the first mention at or below the top of the viewport
 * (next) or the one before it (previous).
 */
export function stepIndex(
  count: number,
  current: number | null,
  direction: 'next' | 'previous',
  firstInView: () => number,
): number | null {
  if (count === 0) return null;
  if (current === null || current < 0 || current >= count) {
    const first = Math.min(firstInView(), count);
    if (direction === 'next') return first % count;
    return (first - 1 + count) % count;
  }
  return direction === 'next' ? (current + 1) % count : (current - 1 + count) % count;
}
