import { describe, expect, it } from 'vitest';
import { isWordChar, KNOWN_BLOCKS } from '../../../utils/text/chars';

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

describe('character classes', () => {
  it('know the blocks filled in advance exactly as the Unicode regex classes them', () => {
    const wrong: string[] = [];
    for (const [from, to, word] of KNOWN_BLOCKS) {
      for (let code = from; code <= to; code++) {
        if (WORD_CHAR.test(String.fromCharCode(code)) !== word) wrong.push(code.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('class any other code unit with the regex, and surrogates as no word characters', () => {
    expect(isWordChar('ж'.charCodeAt(0))).toBe(true);
    expect(isWordChar('\u0301'.charCodeAt(0))).toBe(true);
    expect(isWordChar('٣'.charCodeAt(0))).toBe(true);
    expect(isWordChar('…'.charCodeAt(0))).toBe(false);
    expect(isWordChar('😀'.charCodeAt(0))).toBe(false);
  });
});
