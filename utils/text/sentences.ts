/**
 * Sentence boundaries, found lazily one block (text between line breaks) at a time: segmenting is
 * one of the slowest steps of a scan, and most blocks of a long page never need it.
 */

import { nextSentenceBreak } from './sentence-breaks';

export interface SentenceRange {
  start: number;
  end: number;
}

/**
 * Made on first use: Chromium takes tens of milliseconds to load its break rules, and most pages
 * never need it (see `nextSentenceBreak`).
 */
let segmenter: Intl.Segmenter | undefined;

function sentenceSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

export class SentenceIndex {
  private readonly blocks = new Map<number, SentenceRange[]>();

  constructor(private readonly text: string) {}

  /** The block (line) containing `offset`. */
  blockAt(offset: number): SentenceRange {
    // lastIndexOf reads a negative position as 0, which would find a line break at offset 0.
    const start = offset > 0 ? this.text.lastIndexOf('\n', offset - 1) + 1 : 0;
    const next = this.text.indexOf('\n', offset);
    return { start, end: next < 0 ? this.text.length : next };
  }

  sentencesOfBlock(block: SentenceRange): SentenceRange[] {
    const cached = this.blocks.get(block.start);
    if (cached) return cached;
    const sentences = this.ruleSentences(block) ?? this.segmentedSentences(block);
    this.blocks.set(block.start, sentences);
    return sentences;
  }

  /** Undefined for a block with a character only Intl.Segmenter knows. */
  private ruleSentences(block: SentenceRange): SentenceRange[] | undefined {
    const sentences: SentenceRange[] = [];
    let start = block.start;
    while (start < block.end) {
      const next = nextSentenceBreak(this.text, start, block.end);
      if (next < 0) return undefined;
      this.pushTrimmed(sentences, start, next);
      start = next;
    }
    return sentences;
  }

  private segmentedSentences(block: SentenceRange): SentenceRange[] {
    const sentences: SentenceRange[] = [];
    const slice = this.text.slice(block.start, block.end);
    for (const { index, segment } of sentenceSegmenter().segment(slice)) {
      const start = block.start + index;
      this.pushTrimmed(sentences, start, start + segment.length);
    }
    return sentences;
  }

  /** Adds [start, end) less its trailing spaces; a segment of spaces alone adds nothing. */
  private pushTrimmed(sentences: SentenceRange[], start: number, end: number): void {
    let trimmed = end;
    while (trimmed > start && this.text.charCodeAt(trimmed - 1) === 0x20) trimmed--;
    if (trimmed > start) sentences.push({ start, end: trimmed });
  }

  sentenceAt(offset: number): SentenceRange {
    const block = this.blockAt(offset);
    for (const sentence of this.sentencesOfBlock(block)) {
      if (offset < sentence.end) return sentence;
    }
    return block;
  }
}
