/**
 * The passage of the paragraph being scored: the paragraph and a few blocks (paragraphs,
 * headings) before it. Per claim it counts the mentions of the claim's weighted entities there,
 * so that a claim whose telling names the passage never mentions scores lower.
 */
import { lastAtOrBefore } from '../../sorted';
import type { SentenceRange } from '../../text/sentences';
import type { MentionDraft } from '../rules';
import type { EvidenceTables } from './evidence-tables';

/** The context of a sentence: its paragraph and this many blocks (paragraphs, headings) before. */
const CONTEXT_BLOCKS = 2;

/** Where each line of `text` starts: 0 and every offset after a line break. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/**
 * The start of the line holding offset `end - 1` (0 for `end` 0): `lastIndexOf('\n', end - 1) + 1`,
 * found among `lineStarts` (which begin with 0) by halving.
 */
function lineStartAtOrBefore(lineStarts: readonly number[], end: number): number {
  return lineStarts[Math.max(0, lastAtOrBefore(lineStarts, end))] as number;
}

export class PassageContext {
  /** Per claim: mentions of its weighted entities in the passage. Zero between scans. */
  readonly counts: Int32Array;
  /** Where the current passage starts, and its first mention. */
  start = 0;
  firstMention = 0;
  private text = '';
  private mentions: readonly MentionDraft[] = [];
  private lineStarts: number[] = [];
  /** The mentions counted in `counts`: those of the last passage entered. */
  private from = 0;
  private to = 0;

  constructor(private readonly tables: EvidenceTables) {
    this.counts = new Int32Array(tables.claimEntities.length);
  }

  /** Starts a scan of `text`, whose names are `mentions` (in page order). */
  begin(text: string, mentions: readonly MentionDraft[]): void {
    this.text = text;
    this.mentions = mentions;
    this.lineStarts = lineStartsOf(text);
    this.from = 0;
    this.to = 0;
  }

  /** Moves the passage to the one of `block`: blocks come in order. */
  enter(block: SentenceRange): void {
    const { text, mentions } = this;
    let contextStart = block.start;
    for (let b = 0; b < CONTEXT_BLOCKS && contextStart > 0; b++) {
      let end = contextStart - 1;
      while (end > 0 && text.charCodeAt(end - 1) <= 0x20) end--;
      contextStart = lineStartAtOrBefore(this.lineStarts, end);
    }
    // Paragraphs come in order, so the context slides forward: each mention enters it once
    // and leaves it once.
    while (this.from < this.to && (mentions[this.from] as MentionDraft).start < contextStart)
      this.count(mentions[this.from++] as MentionDraft, -1);
    if (this.from === this.to) {
      while (this.to < mentions.length && (mentions[this.to] as MentionDraft).start < contextStart)
        this.to++;
      this.from = this.to;
    }
    while (this.to < mentions.length && (mentions[this.to] as MentionDraft).start < block.end)
      this.count(mentions[this.to++] as MentionDraft, 1);
    this.start = contextStart;
    this.firstMention = this.from;
  }

  /** Ends the scan: the counts are zero again. */
  end(): void {
    while (this.from < this.to) this.count(this.mentions[this.from++] as MentionDraft, -1);
  }

  /** Adds `change` to the count of the claims listing `mention`'s entity, if it weighs. */
  private count(mention: MentionDraft, change: number): void {
    if (this.tables.entityWeights[mention.entity] === 0) return;
    const list = this.tables.entityClaims[mention.entity] as Int32Array;
    const counts = this.counts;
    for (let c = 0; c < list.length; c++) {
      const claim = list[c] as number;
      counts[claim] = (counts[claim] as number) + change;
    }
  }
}
