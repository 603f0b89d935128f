/**
 * The one rule by which a sentence states a claim, and the score that ranks the claims it could
 * state.
 */
import type { ClaimModel } from './model';
import type { ClaimSettings } from './settings';
import { stanceOf } from './stance';
import type { SentenceSubjects, SubjectFound } from './subjects';

/** Sentences with fewer content words than this (kickers, headings) need more evidence. */
export const SHORT_SENTENCE = 5;
/**
 * Score factor for a claim attributed to people none of whom the sentence names, when the
 * sentence names someone else: it reports what another person said.
 */
const OTHER_PERSON = 0.6;
/**
 * Score factor for a claim none of whose telling names (persons, organisations, places...) the
 * sentence's context mentions: its wording may fit, but the passage is about something else.
 */
const ABSENT_NAMES = 0.8;
/** Evidence (summed IDF) at which the strength half of the score reaches 63%. */
const EVIDENCE_SCALE = 10;

/** What a sentence shares with one claim. */
export interface Evidence {
  /** Summed weight of the shared terms and of the claim's entities the sentence names. */
  weight: number;
  /** Shared words (numbers not counted), and specific names of the claim the sentence names. */
  words: number;
  specificNames: number;
  /** Whether a shared term is specific (used by few claims). */
  specificTerm: boolean;
  shortSentence: boolean;
  /** The summed weight of the claim's own wording: how much evidence would cover it. */
  coreWeight: number;
  /** The claim is someone else's words than the person the sentence names. */
  otherPerson: boolean;
  /** The sentence's passage names none of the claim's telling entities. */
  absentNames: boolean;
}

/**
 * Enough evidence: at least `minShared` pieces (one more in a short sentence) of which one is a
 * word and one is specific (a rare word or number, or a name few claims list), so that no match
 * rests on one common word. Its score: half how much of the claim's wording it covers, half how
 * strong it is, less when the claim is another person's words or the passage names none of its
 * entities. 0 when the evidence is not enough.
 */
export function evidenceScore(e: Evidence, settings: ClaimSettings): number {
  const needed = settings.minShared + (e.shortSentence ? 1 : 0);
  if (e.words === 0 || e.words + e.specificNames < needed) return 0;
  if (!e.specificTerm && e.specificNames === 0) return 0;
  const coverage = Math.min(1, e.weight / Math.max(1, e.coreWeight));
  const strength = 1 - Math.exp(-e.weight / EVIDENCE_SCALE);
  const score = 0.5 * coverage + 0.5 * strength;
  return score * (e.otherPerson ? OTHER_PERSON : 1) * (e.absentNames ? ABSENT_NAMES : 1);
}

/** What the sentence being judged is about and how it negates (see `sentenceSubjects`). */
export interface SentenceFacts {
  /** Whether the sentence names `entity` (cheap: asked first). */
  names: (entity: number) => boolean;
  /** What it is about and how it negates, worked out when first asked. */
  subjects: () => SentenceSubjects;
  cues: () => readonly string[];
  /** Whether it is a yes/no question (see `asksWhether`). */
  asksWhether: () => boolean;
  /**
   * The first of `entities` whose alias the sentence holds although the names matcher held the
   * mention back ("Chew" before the full name on a page), or null.
   */
  unmatchedName: (entities: Int32Array) => SubjectFound | null;
}

export interface Judgement {
  /** The claim shown: the candidate, or the denial the index links to it when contradicted. */
  claim: number;
  score: number;
  subject: SubjectFound;
  /** The claim the sentence contradicts, when a denial of it is shown instead. */
  contradicted: number | null;
}

/** What a claim that lists no entity gets as its subject: there is none to check. */
const NO_SUBJECT: SubjectFound = { entity: -1, phrase: null, antecedent: null };

/**
 * The claim's subject (or speaker) the sentence names or refers to; failing that, when the
 * sentence is about nobody else (no unknown name speaks in it, and all it names is the claim's),
 * the one its passage is about, named in the sentence before.
 */
function subjectOf(model: ClaimModel, claim: number, facts: SentenceFacts): SubjectFound | null {
  const wanted = model.subjects[claim] as Int32Array;
  if (wanted.length === 0) return NO_SUBJECT;
  for (const entity of wanted) {
    if (facts.names(entity)) return { entity, phrase: null, antecedent: null };
  }
  const { own, previous, otherName } = facts.subjects();
  const found = own.find((s) => wanted.includes(s.entity)) ?? facts.unmatchedName(wanted);
  if (found) return found;
  const claimEntities = model.entities[claim] as Int32Array;
  const someoneElse = own.some((s) => model.actor[s.entity] && !claimEntities.includes(s.entity));
  if (otherName || someoneElse) return null;
  return previous.find((s) => wanted.includes(s.entity)) ?? null;
}

/**
 * A sentence states `claim` when its evidence scored at least `minScore` (see `evidenceScore`),
 * when it does not merely ask whether the claim holds (a yes/no question), when its subject is one of the claim's subjects or speakers (named, or referred to and
 * resolved), and when it does not contradict the claim. A sentence that contradicts a claim
 * the index answers with a denial, and whose subject is that denial's, states the denial.
 */
export function acceptClaim(
  claim: number,
  score: number,
  facts: SentenceFacts,
  model: ClaimModel,
  settings: ClaimSettings,
): Judgement | null {
  if (score < settings.minScore || facts.asksWhether()) return null;
  const subject = subjectOf(model, claim, facts);
  if (subject === null) return null;
  const polarity = model.negative[claim] ? 'negative' : 'positive';
  if (stanceOf(polarity, model.cues[claim] as ReadonlySet<string>, facts.cues()) === 'agrees')
    return { claim, score, subject, contradicted: null };
  for (const denial of model.denials[claim] ?? []) {
    const denier = subjectOf(model, denial, facts);
    if (denier !== null) return { claim: denial, score, subject: denier, contradicted: claim };
  }
  return null;
}
