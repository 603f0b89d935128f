import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../utils/text/extract';
import { normalizeText } from '../../../utils/text/normalize';
import { nextSentenceBreak } from '../../../utils/text/sentence-breaks';
import { SentenceIndex, type SentenceRange } from '../../../utils/text/sentences';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The reference the ASCII rules must reproduce exactly. */
function segmenterBreaks(text: string): number[] {
  return [...segmenter.segment(text)].map(({ index, segment }) => index + segment.length);
}

/** The rules' breaks, or undefined when they leave the text to Intl.Segmenter. */
function ruleBreaks(text: string): number[] | undefined {
  const breaks: number[] = [];
  for (let at = 0; at < text.length; ) {
    at = nextSentenceBreak(text, at, text.length);
    if (at < 0) return undefined;
    breaks.push(at);
  }
  return breaks;
}

/** What SentenceIndex gave before it had its own rules: Intl.Segmenter on every block. */
function segmentedSentences(text: string, block: SentenceRange): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  for (const { index, segment } of segmenter.segment(text.slice(block.start, block.end))) {
    let end = index + segment.length;
    while (end > index && segment.charCodeAt(end - index - 1) === 0x20) end--;
    if (end > index) ranges.push({ start: block.start + index, end: block.start + end });
  }
  return ranges;
}

function sentences(text: string): string[] {
  const index = new SentenceIndex(text);
  return index.sentencesOfBlock(index.blockAt(0)).map((s) => text.slice(s.start, s.end));
}

/** Mostly the characters the rules treat specially, and the letter cases around them. */
const asciiChar = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...'.!?"\'()[]{},;:-') },
  { weight: 8, arbitrary: fc.constantFrom(' ', ' ', ' ', '\t', '\v', '\f', '\r', '\n') },
  { weight: 10, arbitrary: fc.constantFrom(...'abeghiqxzABEGHIQXZ0159') },
  { weight: 3, arbitrary: fc.constantFrom(...'#$%&*+/<=>@\\^_`|~') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) },
);
const words = fc.constantFrom('Mr. ', 'e.g. ', 'U.S. ', '3.14', '...', '?!', '." ', '.) ', 'The ');
const asciiText = fc.string({
  unit: fc.oneof({ weight: 6, arbitrary: asciiChar }, { weight: 1, arbitrary: words }),
  maxLength: 40,
});

/** Letters of the scripts the rules know, and the dashes and quotes around names. */
const knownChar = fc.constantFrom(...'éÉßÆæçÇñÑøØαΩжЖ字节跳动かなカナ한국عربים–—‘’“”«»');
const knownText = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: asciiChar },
    { weight: 4, arbitrary: knownChar },
    { weight: 1, arbitrary: words },
  ),
  maxLength: 40,
});

/** Some blocks with characters outside ASCII: separators, marks, invisible and wide ones. */
const mixedText = fc.string({
  unit: fc.oneof(
    { weight: 20, arbitrary: asciiChar },
    { weight: 3, arbitrary: words },
    {
      weight: 1,
      arbitrary: fc.constantFrom('é', '…', '\u00a0', '\u2028', '\u0301', '\u200b', '😀'),
    },
  ),
  maxLength: 60,
});

function evalPageTexts(): string[] {
  const dir = join(import.meta.dirname, '../../eval');
  return readdirSync(dir)
    .filter((file) => /\.(html|txt)$/.test(file))
    .map((file) => {
      const content = readFileSync(join(dir, file), 'utf8');
      if (!file.endsWith('.html')) return content;
      return extractText(new DOMParser().parseFromString(content, 'text/html').body).text;
    });
}

describe('Sentence-break rules', () => {
  it('match Intl.Segmenter on random text made of the characters the rules care about', () => {
    fc.assert(
      fc.property(asciiText, (text) => {
        expect(ruleBreaks(text)).toEqual(segmenterBreaks(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('match Intl.Segmenter on text with the letters, dashes and quotes of common scripts', () => {
    fc.assert(
      fc.property(knownText, (text) => {
        expect(ruleBreaks(text)).toEqual(segmenterBreaks(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('know names in other scripts, and leave marks, emoji and other terminators to Intl.Segmenter', () => {
    const names = 'José Martí met 字节跳动 staff. Then — “he said” — Zoë left.';
    expect(ruleBreaks(names)).toEqual(segmenterBreaks(names));
    for (const unknown of ['Cafe\u0301. Next', 'Done😀. Next', '完了。次', 'Wait… Next']) {
      expect(ruleBreaks(unknown)).toBeUndefined();
    }
  });

  it('match Intl.Segmenter on the ASCII blocks of the evaluation pages', () => {
    let blocks = 0;
    for (const page of evalPageTexts()) {
      for (const block of normalizeText(page).cased.split('\n')) {
        if (!/^[\0-\x7f]*$/.test(block)) continue;
        expect(ruleBreaks(block)).toEqual(segmenterBreaks(block));
        blocks++;
      }
    }
    expect(blocks).toBeGreaterThan(50);
  });
});

describe('SentenceIndex', () => {
  it('splits after a terminator and spaces unless lower case follows, knowing no abbreviations', () => {
    expect(
      sentences('Mr. Smith met e.g. the U.S. Army. It cost 3.14 dollars! Really?! Yes.'),
    ).toEqual([
      'Mr.',
      'Smith met e.g. the U.S.',
      'Army.',
      'It cost 3.14 dollars!',
      'Really?!',
      'Yes.',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence and drops trailing spaces', () => {
    expect(sentences('He said "stop." (Then left.) She stayed.  ')).toEqual([
      'He said "stop."',
      '(Then left.)',
      'She stayed.',
    ]);
  });

  it('gives the sentences Intl.Segmenter gives, block by block, whatever the characters', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const index = new SentenceIndex(text);
        for (let start = 0; start <= text.length; ) {
          const block = index.blockAt(start);
          expect(index.sentencesOfBlock(block)).toEqual(segmentedSentences(text, block));
          start = block.end + 1;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('splits blocks with characters the rules do not know with Intl.Segmenter', () => {
    expect(sentences('Café opened. Zoë came… Then rain.')).toEqual([
      'Café opened.',
      'Zoë came… Then rain.',
    ]);
    expect(sentences('It rained. Late in the day… Then sun.')).toEqual([
      'It rained.',
      'Late in the day… Then sun.',
    ]);
  });

  it('gives the sentences of the block containing an offset, within that block only', () => {
    const text = 'First one. Second one\nNext block. Last.';
    const index = new SentenceIndex(text);
    const at = (offset: number): string => {
      const range: SentenceRange = index.sentenceAt(offset);
      return text.slice(range.start, range.end);
    };
    expect(at(0)).toBe('First one.');
    expect(at(12)).toBe('Second one');
    expect(at(22)).toBe('Next block.');
    expect(at(text.length - 1)).toBe('Last.');
    expect(new SentenceIndex('\nNext').blockAt(0)).toEqual({ start: 0, end: 0 });
    expect(index.sentencesOfBlock(index.blockAt(25))).toBe(
      index.sentencesOfBlock({ start: 22, end: 39 }),
    );
  });
});
