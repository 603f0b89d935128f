/**
 * Whether a sentence says what a claim says or the opposite: "never completed", "denied that",
 * "falsely" in a sentence make it no support for a claim that states the thing itself, and a
 * claim that states a negation ("has never shared") needs a negation in the sentence.
 */

/** Words that negate or deny what follows ("not", "didn't", "denied", "falsely"). */
// ASCII word boundaries (no Unicode look-arounds): the cue words are English, and this runs on
// every sentence judged.
const NEGATION =
  /\b(?:never|not|no|nobody|none|nothing|neither|nor|cannot|without|denied|denies|deny|denying|refused|refuses|refuse|refusing|falsely|false|untrue|rejected|rejects|rejecting|refuted|refutes|dismissed|hardly|unaware|lacked)\b|n['’]t\b/gi;

/**
 * Negations that deny what they govern ("never", "did not", "denied", "falsely"), as against
 * weak ones ("without", "nothing", "hardly") that a sentence stating the thing may hold too.
 */
const DENYING = new Set([
  'never',
  'not',
  "n't",
  'no',
  'denied',
  'denies',
  'deny',
  'denying',
  'falsely',
  'false',
  'untrue',
  'rejected',
  'rejects',
  'rejecting',
  'refuted',
  'refutes',
  'dismissed',
]);

/** The negation words of `text`, lower-cased, each once ("n't" stands for every contraction). */
export function negationCues(text: string): string[] {
  const cues = new Set<string>();
  for (const match of text.matchAll(NEGATION)) cues.add(match[0].toLowerCase().replace('’', "'"));
  return [...cues];
}

/**
 * Clauses whose negation is not the sentence's: an aside about someone else ("Ted Cruz, who was
 * not at the hearing, has called…") and an instruction's content ("told staff not to use it"),
 * which states the ban rather than denying it.
 */
const NOT_ASSERTED =
  /,\s+(?:who|which|whose|whom)\b[^,;]*,|\b(?:told|asked|urged|advised|ordered|warned|instructed|directed|encouraged)\s+(?:[\w-]+\s+){0,4}not\s+to\b/gi;

/** The negation words the sentence itself asserts (see `NOT_ASSERTED` for what is left out). */
export function assertedNegationCues(sentence: string): string[] {
  return negationCues(sentence.replace(NOT_ASSERTED, ' '));
}

/**
 * A yes/no question ("Did engineers in China see the data?", "Is my data stored in Virginia?"):
 * it asks whether a claim holds and states nothing. A question asking why or when ("Why did US
 * staff have to ask colleagues in China?") takes the claim as given, and is not one of these.
 */
const YES_NO_QUESTION =
  /^[\s"'“‘(]*(?:is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|shall|should|may|might|must)\b[^?]*\?[\s"'”’)]*$/i;

export function asksWhether(sentence: string): boolean {
  return YES_NO_QUESTION.test(sentence);
}

export type Stance = 'agrees' | 'contradicts';

/**
 * A sentence contradicts a negative claim when it negates nothing, and a claim whose wording
 * negates nothing when it denies something. A claim that only negates in passing ("the company
 * did not answer") is not contradicted by a negation: it may be that one.
 */
export function stanceOf(
  polarity: 'positive' | 'negative',
  claimCues: ReadonlySet<string>,
  sentenceCues: readonly string[],
): Stance {
  if (polarity === 'negative') return sentenceCues.length > 0 ? 'agrees' : 'contradicts';
  return claimCues.size === 0 && sentenceCues.some((cue) => DENYING.has(cue))
    ? 'contradicts'
    : 'agrees';
}
