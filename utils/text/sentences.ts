/**
 * Sentence boundaries, found lazily one block (text between line breaks) at a time: the
 * segmenter is the slowest step of a scan, and most blocks of a long page never need it.
 */

export interface SentenceRange {
  start: number;
  end: number;
}

let segmenter: Intl.Segmenter | undefined;

function sentenceSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

/**
 * Makes the sentence segmenter ahead of the first scan that needs it: the first one takes the
 * engine several milliseconds (it loads the break rules), better spent in a task of its own.
 */
export function prepareSentenceSegmenter(): void {
  sentenceSegmenter();
}

export class SentenceIndex {
  private readonly blocks = new Map<number, SentenceRange[]>();

  constructor(private readonly text: string) {}

  /** The block (line) containing `offset`. */
  blockAt(offset: number): SentenceRange {
    const start = this.text.lastIndexOf('\n', offset - 1) + 1;
    const next = this.text.indexOf('\n', offset);
    return { start, end: next < 0 ? this.text.length : next };
  }

  sentencesOfBlock(block: SentenceRange): SentenceRange[] {
    const cached = this.blocks.get(block.start);
    if (cached) return cached;
    const sentences: SentenceRange[] = [];
    const slice = this.text.slice(block.start, block.end);
    for (const { index, segment } of sentenceSegmenter().segment(slice)) {
      let end = index + segment.length;
      while (end > index && slice.charCodeAt(end - 1) === 0x20) end--;
      if (end > index) sentences.push({ start: block.start + index, end: block.start + end });
    }
    this.blocks.set(block.start, sentences);
    return sentences;
  }

  sentenceAt(offset: number): SentenceRange {
    const block = this.blockAt(offset);
    for (const sentence of this.sentencesOfBlock(block)) {
      if (offset < sentence.end) return sentence;
    }
    return block;
  }
}
