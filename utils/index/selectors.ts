/**
 * W3C Web Annotation TextQuoteSelectors (https://www.w3.org/TR/annotation-model/#text-quote-selector)
 * for the index's quotes, computed from the seed documents at build time, and their resolution.
 * Quotes in the data may differ from the document in quote marks and white space only, so the
 * selector's `exact` is the document's own text.
 */
import type { TextQuoteSelector } from './types';

/** How much context a selector keeps either side: enough to tell repeated passages apart. */
export const CONTEXT_CHARS = 32;

const SINGLE = /[‘’‚‛′`]/;
const DOUBLE = /[“”„‟″]/;

/** The comparison form of a text, with a map from each of its characters to the source offset. */
function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      space = folded.length > 0;
      continue;
    }
    if (space) {
      folded += ' ';
      offsets.push(i - 1);
      space = false;
    }
    folded += SINGLE.test(c) ? "'" : DOUBLE.test(c) ? '"' : c;
    offsets.push(i);
  }
  return { folded, offsets };
}

/** Every [start, end) of `quote` in `document`, up to quote marks and white space. */
export function findQuote(document: string, quote: string): [number, number][] {
  const doc = foldWithOffsets(document);
  const needle = foldWithOffsets(quote).folded;
  if (!needle) return [];
  const found: [number, number][] = [];
  for (let at = doc.folded.indexOf(needle); at >= 0; at = doc.folded.indexOf(needle, at + 1)) {
    const start = doc.offsets[at] as number;
    const end = (doc.offsets[at + needle.length - 1] as number) + 1;
    found.push([start, end]);
  }
  return found;
}

/** The selector of the passage [start, end) of `document`. */
export function selectorAt(document: string, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: document.slice(start, end),
    prefix: document.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: document.slice(end, end + CONTEXT_CHARS),
  };
}

/** The selector of a quote, or why there is none. */
export function selectQuote(
  document: string,
  quote: string,
): TextQuoteSelector | 'not found verbatim' {
  const [first] = findQuote(document, quote);
  return first ? selectorAt(document, first[0], first[1]) : 'not found verbatim';
}

/**
 * Where a selector points in a document: the single [start, end) whose text is `exact` with
 * `prefix` before and `suffix` after it, or null when it matches nowhere or more than once.
 */
export function resolveSelector(
  document: string,
  selector: TextQuoteSelector,
): [number, number] | null {
  const { exact, prefix, suffix } = selector;
  if (!exact) return null;
  let hit: [number, number] | null = null;
  for (let at = document.indexOf(exact); at >= 0; at = document.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    if (at < prefix.length || !document.startsWith(prefix, at - prefix.length)) continue;
    if (!document.startsWith(suffix, end)) continue;
    if (hit) return null;
    hit = [at, end];
  }
  return hit;
}

/** Percent-encodes a text-fragment term: `-`, `,` and `&` are its syntax. */
function fragmentTerm(text: string): string {
  return encodeURIComponent(text.replace(/\s+/g, ' ').trim()).replace(
    /[-,&]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** How many words a long quote's text-fragment start and end keep. */
const FRAGMENT_WORDS = 6;

/**
 * A URL that scrolls to and highlights the quote in the original
 * (https://wicg.github.io/scroll-to-text-fragment/): `#:~:text=start,end` for long quotes.
 * Only meaningful when the quote is in the original's own wording.
 */
export function textFragmentUrl(url: string, quote: string): string {
  const words = quote.replace(/[“”"]/g, '').trim().split(/\s+/).filter(Boolean);
  const base = url.replace(/#.*$/, '');
  const directive =
    words.length <= FRAGMENT_WORDS * 2
      ? fragmentTerm(words.join(' '))
      : `${fragmentTerm(words.slice(0, FRAGMENT_WORDS).join(' '))},${fragmentTerm(words.slice(-FRAGMENT_WORDS).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}
