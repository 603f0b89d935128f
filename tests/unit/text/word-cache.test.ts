import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../utils/text/tokens';
import { WordCache } from '../../../utils/text/word-cache';

/** The token hash of a one-word text. */
function hashWord(word: string): number {
  return tokenize(word).hashes[0] as number;
}

describe('WordCache', () => {
  it('finds a word by its place in a text and its token hash', () => {
    const cache = new WordCache(10);
    cache.set('leaked', hashWord('leaked'), 7);
    const text = 'the leaked audio, leaked again';
    const tokens = tokenize(text);
    const found = Array.from({ length: tokens.count }, (_, i) =>
      cache.get(
        text,
        tokens.starts[i] as number,
        tokens.ends[i] as number,
        tokens.hashes[i] as number,
      ),
    );
    expect(found).toEqual([undefined, 7, undefined, 7, undefined]);
  });

  it('tells apart words whose hashes collide', () => {
    const cache = new WordCache(10);
    cache.set('alpha', 42, 1);
    cache.set('beta', 42, 2);
    cache.set('gamma', 42 + 16, 3);
    expect(cache.get('beta', 0, 4, 42)).toBe(2);
    expect(cache.get('alpha', 0, 5, 42)).toBe(1);
    expect(cache.get('alphx', 0, 5, 42)).toBeUndefined();
    expect(cache.get('gamma', 0, 5, 42 + 16)).toBe(3);
  });

  it('empties itself when full instead of growing', () => {
    const cache = new WordCache(2);
    cache.set('one', hashWord('one'), 1);
    cache.set('two', hashWord('two'), 2);
    cache.set('three', hashWord('three'), 3);
    expect(cache.get('one', 0, 3, hashWord('one'))).toBeUndefined();
    expect(cache.get('three', 0, 5, hashWord('three'))).toBe(3);
  });

  it('grows past its first slots and keeps every word', () => {
    const cache = new WordCache(100_000);
    const words = Array.from({ length: 20_000 }, (_, k) => `w${k}`);
    words.forEach((word, k) => {
      cache.set(word, hashWord(word), k);
    });
    expect(words.every((word, k) => cache.get(word, 0, word.length, hashWord(word)) === k)).toBe(
      true,
    );
  });

  it('agrees with a Map on any words', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 80 }), (words) => {
        const cache = new WordCache(16);
        const map = new Map<string, number>();
        words.forEach((word, k) => {
          const hash = hashWord(word);
          expect(cache.get(word, 0, word.length, hash)).toBe(map.get(word));
          if (map.has(word)) return;
          if (map.size >= 16) map.clear();
          map.set(word, k);
          cache.set(word, hash, k);
        });
      }),
    );
  });
});

describe('token hashes', () => {
  it('are the hash of each token, figures with separators included', () => {
    const text = 'Paid 1,500.25 dollars, or 3.5 each';
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.count; i++) {
      expect(tokens.hashes[i]).toBe(
        hashWord(text.slice(tokens.starts[i] as number, tokens.ends[i] as number)),
      );
    }
    expect(tokens.count).toBe(6);
  });
});
