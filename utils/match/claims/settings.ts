/** How much evidence a claim match needs, per strictness. */
export interface ClaimSettings {
  /**
   * Pieces of evidence a sentence must share with a claim: distinctive words (not names, not
   * numbers) and the names of entities that few claims list. At least one piece is a word, and
   * sentences of few content words (kickers, headings) need one piece more.
   */
  minShared: number;
  minScore: number;
}
