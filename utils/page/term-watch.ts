/**
 * Waits until a page holds a word the index could match on (`term-gate.ts`): checks the page's
 * text at once, a slice at a time, and then the text the page adds, until the check passes or the
 * signal ends. A page that never names anything of the index never gets its index loaded.
 */

/** Characters checked per slice: the check gives the page a turn between slices. */
const SLICE_CHARS = 50_000;

export interface TermWatchDeps {
  doc: Document;
  hasTerms: (text: string) => boolean;
  signal: AbortSignal;
  /** Hands the main thread back between slices. */
  pause?: () => Promise<void>;
  /** Called once if the page's text as first read holds no index word. */
  nothingYet?: () => void;
}

const timeoutPause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `hasTerms` over `text`, a slice at a time (slices end at a space, so no word is cut). */
async function checkInSlices(
  text: string,
  hasTerms: (text: string) => boolean,
  pause: () => Promise<void>,
  signal: AbortSignal,
): Promise<boolean> {
  for (let from = 0; from < text.length && !signal.aborted; ) {
    let to = Math.min(text.length, from + SLICE_CHARS);
    if (to < text.length) {
      const space = text.indexOf(' ', to);
      to = space < 0 ? text.length : space;
    }
    if (hasTerms(text.slice(from, to))) return true;
    from = to;
    if (from < text.length) await pause();
  }
  return false;
}

/** Resolves true once the page has an index word, false if the signal ended first. */
export function whenPageHasTerms({
  doc,
  hasTerms,
  signal,
  pause = timeoutPause,
  nothingYet,
}: TermWatchDeps): Promise<boolean> {
  return new Promise((resolve) => {
    let done = false;
    let observer: MutationObserver | null = null;
    const finish = (result: boolean) => {
      if (done) return;
      done = true;
      observer?.disconnect();
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish(false);
    signal.addEventListener('abort', onAbort);
    if (signal.aborted) return finish(false);
    let pending = '';
    let checking = false;
    let firstRead = true;
    const drain = async () => {
      if (checking) return;
      checking = true;
      while (pending && !done) {
        const text = pending;
        pending = '';
        if (await checkInSlices(text, hasTerms, pause, signal)) finish(true);
        else if (firstRead && !done) nothingYet?.();
        firstRead = false;
      }
      checking = false;
    };
    // Watching starts before the first read, so that nothing added meanwhile is missed.
    observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') pending += ` ${record.target.textContent ?? ''}`;
        for (const node of record.addedNodes) pending += ` ${node.textContent ?? ''}`;
      }
      void drain();
    });
    observer.observe(doc.documentElement, { childList: true, characterData: true, subtree: true });
    pending = doc.documentElement.textContent ?? '';
    void drain();
  });
}
