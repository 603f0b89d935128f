/**
 * The words of a scanned text that claims use, in one pass over its tokens: each word's term id
 * (cached by the word as the page has it), where it stands, and how many content words come
 * before each token, so that a sentence's length in content words is one subtraction.
 */
import { foldedSlice } from '../../text/case-fold';
import type { SentenceRange } from '../../text/sentences';
import type { Tokens } from '../../text/tokens';
import { WordCache } from '../../text/word-cache';
import type { MentionDraft } from '../rules';
import { termOf } from './terms';

/** `termIdOfNewWord` for a stop-word (not a content word at all). */
const NO_TERM = -2;
const WORD_CACHE_LIMIT = 200_000;

/** Claim-term hits of the text in order, and the window [from, to) of the current sentence. */
export interface SentenceHits {
  count: number;
  starts: Int32Array;
  tokens: Int32Array;
  terms: Int32Array;
  from: number;
  to: number;
}

export class WordHits {
  private readonly cache = new WordCache(WORD_CACHE_LIMIT);
  /** Scratch grown to the longest text scanned: the terms of the text's words… */
  readonly hits: SentenceHits = {
    count: 0,
    starts: new Int32Array(0),
    tokens: new Int32Array(0),
    terms: new Int32Array(0),
    from: 0,
    to: 0,
  };
  /** …and the content words (names included, stop-words not) before each token. */
  private content = new Int32Array(0);

  constructor(private readonly termIds: ReadonlyMap<string, number>) {}

  /**
   * The indexed term id of the word `cased[start, end)`, which is not in the word cache yet and
   * is added to it: -1 for a term no claim uses, NO_TERM for a stop-word. The cache holds words as
   * the page has them ("Leaked", "leaked"), each with the id of its folded form.
   */
  private termIdOfNewWord(cased: string, start: number, end: number, hash: number): number {
    const word = cased.slice(start, end);
    const term = termOf(foldedSlice(word, 0, word.length));
    const id = term === null ? NO_TERM : (this.termIds.get(term) ?? -1);
    this.cache.set(word, hash, id);
    return id;
  }

  /** Fills `hits` and the content counts for the tokens of `text`, whose names are `mentions`. */
  gather(text: string, tokens: Tokens, mentions: readonly MentionDraft[]): SentenceHits {
    if (this.hits.starts.length < tokens.count + 1) {
      const size = Math.max(tokens.count + 1, 2 * this.hits.starts.length);
      this.hits.starts = new Int32Array(size);
      this.hits.tokens = new Int32Array(size);
      this.hits.terms = new Int32Array(size);
      this.content = new Int32Array(size);
    }
    const hits = this.hits;
    hits.count = 0;
    const content = this.content;
    content[0] = 0;
    // Locals, not property reads, in the loop over every word of the page.
    const { count, starts, ends, hashes } = tokens;
    const { starts: hitStarts, tokens: hitTokens, terms: hitTerms } = hits;
    const cache = this.cache;
    let hitCount = 0;
    let contentCount = 0;
    let mention = 0;
    let mentionStart = mentions.length > 0 ? (mentions[0] as MentionDraft).start : text.length;
    let mentionEnd = mentions.length > 0 ? (mentions[0] as MentionDraft).end : text.length;
    for (let i = 0; i < count; i++) {
      const start = starts[i] as number;
      // Words inside a recognised name ("Culver City", "Booz Allen") count as that entity, not
      // as shared wording. Mentions are in order and apart, as tokens are.
      while (mentionEnd <= start) {
        mention++;
        const next = mentions[mention];
        mentionStart = next === undefined ? text.length : next.start;
        mentionEnd = next === undefined ? text.length : next.end;
      }
      if (mentionStart <= start) {
        content[i + 1] = ++contentCount;
        continue;
      }
      const end = ends[i] as number;
      const hash = hashes[i] as number;
      const id = cache.get(text, start, end, hash) ?? this.termIdOfNewWord(text, start, end, hash);
      if (id !== NO_TERM) contentCount++;
      content[i + 1] = contentCount;
      if (id < 0) continue;
      hitStarts[hitCount] = start;
      hitTokens[hitCount] = i;
      hitTerms[hitCount] = id;
      hitCount++;
    }
    hits.count = hitCount;
    return hits;
  }

  /** The content words of `sentence`, whose claim-term hits are the window of `hits`. */
  contentWords(tokens: Tokens, sentence: SentenceRange): number {
    const hits = this.hits;
    const first = (hits.tokens[hits.from] as number) - 1;
    const last = (hits.tokens[hits.to - 1] as number) + 1;
    return (
      (this.content[tokenAfter(tokens, sentence.end, last)] as number) -
      (this.content[tokenAfter(tokens, sentence.start, first, true)] as number)
    );
  }
}

/**
 * The first token starting at or after `offset`, looked for from token `near` onwards
 * (backwards from it when `back`): sentences are short, so the walk is too.
 */
function tokenAfter(tokens: Tokens, offset: number, near: number, back = false): number {
  let t = Math.max(0, Math.min(near, tokens.count));
  if (back) {
    while (t > 0 && (tokens.starts[t - 1] as number) >= offset) t--;
    while (t < tokens.count && (tokens.starts[t] as number) < offset) t++;
    return t;
  }
  while (t < tokens.count && (tokens.starts[t] as number) < offset) t++;
  while (t > 0 && (tokens.starts[t - 1] as number) >= offset) t--;
  return t;
}
