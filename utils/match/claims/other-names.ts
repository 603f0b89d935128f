/**
 * Names the index does not know that speak in a sentence ("Temu says", "a spokeswoman for Snap
 * said"): a reference after one of them is to that other name, not to one of ours.
 */
import type { MentionDraft } from '../rules';

/** Reporting verbs after which a name is the speaker of the sentence. */
const REPORTING =
  'says|said|insists|insisted|maintains|maintained|added|adds|told|tells|claims|claimed|stated|denies|denied|argues|argued|wrote|writes';

/** Whether a sentence has a reporting verb at all: most do not, and need no closer look. */
const REPORTING_VERB = new RegExp(`\\b(?:${REPORTING})\\b`);

/** A name followed by a reporting verb ("Temu says", "a spokeswoman for Snap said"). */
const SPEAKER_NAME = new RegExp(
  `(\\p{Lu}[\\p{L}\\p{N}&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&-]*)*)\\s+(?:${REPORTING})\\b`,
  'gu',
);

/** Sentence-opening capitalised words that are not names ("The", "Officials", "Critics"). */
const NOT_A_NAME =
  /^(?:the|a|an|he|she|it|they|we|i|you|this|that|these|those|his|her|its|their|our|and|but|or|so|then|also|\p{L}+s)$/iu;

/** Offsets in the sentence where a name the index does not know speaks or owns. */
export function otherNames(
  known: ReadonlySet<string>,
  isCommonWord: (word: string) => boolean,
  text: string,
  start: number,
  end: number,
  mentions: readonly MentionDraft[],
  from: number,
): number[] {
  const sentence = text.slice(start, end);
  const found: number[] = [];
  if (!REPORTING_VERB.test(sentence)) return found;
  for (const match of sentence.matchAll(SPEAKER_NAME)) {
    const name = match[1] ?? '';
    if (known.has(name.toLowerCase())) continue;
    if (!name.includes(' ') && isCommonWord(name)) continue;
    const at = start + (match.index ?? 0) + match[0].indexOf(name);
    const opening = text.slice(start, at).trim() === '';
    if (opening && NOT_A_NAME.test(name)) continue;
    if (!opening && /^(?:he|she|it|they|we|i)$/i.test(name)) continue;
    let ours = false;
    for (let k = from; k < mentions.length && !ours; k++) {
      const m = mentions[k] as MentionDraft;
      if (m.start >= end) break;
      ours = m.start < at + name.length && m.end > at;
    }
    if (!ours) found.push(at);
  }
  return found;
}
