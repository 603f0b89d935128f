/**
 * What a claim gets from the names of the sentence being scored (weight, specific names,
 * people), and the score of its evidence there (see `evidenceScore`).
 */
import { type EvidenceTables, isSpecificPair } from './evidence-tables';
import { type Evidence, evidenceScore } from './scoring';
import type { NamedEntities } from './sentence-facts';
import type { ClaimSettings } from './settings';
import type { Stamps } from './stamps';

export class ClaimEvidence {
  /** Per claim, what the current sentence names of its entities (see `markNamed`). */
  private readonly bonusStamp: Int32Array;
  private readonly bonuses: Float64Array;
  private readonly specificNamed: Int32Array;
  private readonly personsNamed: Int32Array;
  /** Per claim: the first of its entities the sentence names, and whether a specific pair is named. */
  private readonly firstNamed: Int32Array;
  private readonly pairNamed: Uint8Array;
  /** People the current sentence names, and whether it is short. */
  private sentencePersons = 0;
  private shortSentence = false;
  private readonly evidence: Evidence = {
    weight: 0,
    words: 0,
    specificNames: 0,
    specificTerm: false,
    shortSentence: false,
    coreWeight: 0,
    otherPerson: false,
    absentNames: false,
  };

  /** `passageCounts`: per claim, mentions of its weighted entities in the sentence's passage. */
  constructor(
    private readonly tables: EvidenceTables,
    private readonly settings: ClaimSettings,
    stamps: Stamps,
    private readonly passageCounts: Int32Array,
  ) {
    const claims = tables.claimEntities.length;
    this.bonusStamp = stamps.array(claims);
    this.bonuses = new Float64Array(claims);
    this.specificNamed = new Int32Array(claims);
    this.personsNamed = new Int32Array(claims);
    this.firstNamed = new Int32Array(claims);
    this.pairNamed = new Uint8Array(claims);
  }

  /** The specific names of `claim` that the sentence marked with `stamp` names. */
  specificNames(claim: number, stamp: number): number {
    return this.bonusStamp[claim] === stamp ? (this.specificNamed[claim] as number) : 0;
  }

  /**
   * Marks, for the sentence being scored, what each claim listing one of its named entities gets
   * from them (weight, specific names, people), walking the (short) lists of claims per entity,
   * and whether the sentence is short (it needs one piece of evidence more).
   */
  markNamed(named: NamedEntities, stamp: number, shortSentence: boolean): void {
    this.shortSentence = shortSentence;
    const { entityPerson, entityWeights, entitySpecific, entityClaims } = this.tables;
    let persons = 0;
    for (let n = 0; n < named.count; n++) {
      const entity = named.list[n] as number;
      const person = entityPerson[entity] as number;
      persons += person;
      const weight = entityWeights[entity] as number;
      const specific = entitySpecific[entity] as number;
      const list = entityClaims[entity];
      // A name nearly every claim lists tells nothing, unless it names a person.
      if (!list || (weight === 0 && person === 0)) continue;
      for (let k = 0; k < list.length; k++) {
        const claim = list[k] as number;
        if (this.bonusStamp[claim] === stamp) {
          this.bonuses[claim] = (this.bonuses[claim] as number) + weight;
          let pair = 0;
          if (
            this.pairNamed[claim] === 0 &&
            isSpecificPair(this.tables, this.firstNamed[claim] as number, entity)
          ) {
            this.pairNamed[claim] = 1;
            pair = 1;
          }
          this.specificNamed[claim] = (this.specificNamed[claim] as number) + specific + pair;
          this.personsNamed[claim] = (this.personsNamed[claim] as number) + person;
        } else {
          this.bonusStamp[claim] = stamp;
          this.bonuses[claim] = weight;
          this.specificNamed[claim] = specific;
          this.firstNamed[claim] = entity;
          this.pairNamed[claim] = 0;
          this.personsNamed[claim] = person;
        }
      }
    }
    this.sentencePersons = persons;
  }

  /**
   * The score of a claim sharing `words` word terms of total weight `evidence` with the
   * sentence, `strong` when one of its shared terms is specific; 0 when that is not enough.
   */
  score(claim: number, evidence: number, words: number, strong: boolean, stamp: number): number {
    const marked = this.bonusStamp[claim] === stamp;
    const bonus = marked ? (this.bonuses[claim] as number) : 0;
    const specific = marked ? (this.specificNamed[claim] as number) : 0;
    const persons = marked ? (this.personsNamed[claim] as number) : 0;
    const otherPerson =
      persons === 0 && this.sentencePersons > 0 && (this.tables.claimPersons[claim] as number) > 0;
    // One object filled per candidate, not one made: this runs for every candidate.
    const e = this.evidence;
    e.weight = evidence + bonus;
    e.words = words;
    e.specificNames = specific;
    e.specificTerm = strong;
    e.shortSentence = this.shortSentence;
    e.coreWeight = this.tables.coreWeight[claim] as number;
    e.otherPerson = otherPerson;
    e.absentNames =
      (this.tables.claimWeighted[claim] as number) > 0 && this.passageCounts[claim] === 0;
    return evidenceScore(e, this.settings);
  }
}
