/** Candidates per sentence kept for acceptance, best first. */
const TOP_CANDIDATES = 3;

/**
 * The best-scoring candidates of the sentence being scored, best first (ties to the claim
 * sharing the earliest term, then the lower number): acceptance may turn the first ones down.
 */
export class TopCandidates {
  readonly claims = new Int32Array(TOP_CANDIDATES);
  readonly scores = new Float64Array(TOP_CANDIDATES);
  private readonly firsts = new Int32Array(TOP_CANDIDATES);
  count = 0;

  clear(): void {
    this.count = 0;
  }

  /** Ties go to the claim sharing the earliest term of the sentence, then the lower number. */
  keep(claim: number, score: number, first: number): void {
    if (score <= 0) return;
    const { claims, scores, firsts } = this;
    let at = this.count;
    // Walks up past the kept candidates this one beats: few, and a plain loop (no closure) as
    // it runs for every candidate of every sentence.
    while (at > 0) {
      const other = scores[at - 1] as number;
      const otherFirst = firsts[at - 1] as number;
      const beats =
        score > other ||
        (score === other &&
          (first < otherFirst || (first === otherFirst && claim < (claims[at - 1] as number))));
      if (!beats) break;
      at--;
    }
    if (at >= TOP_CANDIDATES) return;
    for (let k = Math.min(this.count, TOP_CANDIDATES - 1); k > at; k--) {
      claims[k] = claims[k - 1] as number;
      scores[k] = scores[k - 1] as number;
      firsts[k] = firsts[k - 1] as number;
    }
    claims[at] = claim;
    scores[at] = score;
    firsts[at] = first;
    this.count = Math.min(this.count + 1, TOP_CANDIDATES);
  }
}
