/**
 * Aho–Corasick automaton over UTF-16 code units: all patterns are found in one left-to-right pass
 * whatever their number. modern-ahocorasick segments text into grapheme clusters and checks word
 * boundaries with Intl.Segmenter, which made a 10k-word scan take hundreds of milliseconds, so
 * this compact version works on code units of already-normalised text instead.
 */

export interface AutomatonHit {
  start: number;
  end: number;
  pattern: number;
}

export class Automaton {
  /** Transitions in compressed rows: state s owns codes/targets [rowStart[s], rowStart[s + 1]). */
  private readonly rowStart: Int32Array;
  private readonly codes: Uint16Array;
  private readonly targets: Int32Array;
  /** The root's row, dense: most characters of a text are read from the root. */
  private readonly rootTargets: Int32Array;
  private readonly fail: Int32Array;
  /** Patterns ending in each state, including those reached through failure links. */
  private readonly outputs: (number[] | undefined)[];
  private readonly lengths: number[];

  constructor(patterns: readonly string[]) {
    const children: Map<number, number>[] = [new Map()];
    const ownOutputs: (number[] | undefined)[] = [undefined];
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((pattern, index) => {
      if (pattern.length === 0) return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        const row = children[state] as Map<number, number>;
        let next = row.get(code);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ownOutputs.push(undefined);
          row.set(code, next);
        }
        state = next;
      }
      const own = ownOutputs[state];
      if (own) own.push(index);
      else ownOutputs[state] = [index];
    });

    const stateCount = children.length;
    this.rowStart = new Int32Array(stateCount + 1);
    let transitionCount = 0;
    for (let s = 0; s < stateCount; s++) {
      this.rowStart[s] = transitionCount;
      transitionCount += (children[s] as Map<number, number>).size;
    }
    this.rowStart[stateCount] = transitionCount;
    this.codes = new Uint16Array(transitionCount);
    this.targets = new Int32Array(transitionCount);
    for (let s = 0; s < stateCount; s++) {
      const row = [...(children[s] as Map<number, number>)].sort((a, b) => a[0] - b[0]);
      let at = this.rowStart[s] as number;
      for (const [code, target] of row) {
        this.codes[at] = code;
        this.targets[at] = target;
        at++;
      }
    }
    this.rootTargets = new Int32Array(0x10000);
    for (const [code, target] of children[0] as Map<number, number>)
      this.rootTargets[code] = target;

    this.fail = new Int32Array(stateCount);
    this.outputs = ownOutputs;
    const queue: number[] = [];
    for (const target of (children[0] as Map<number, number>).values()) queue.push(target);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      for (const [code, target] of children[state] as Map<number, number>) {
        let fallback = this.fail[state] as number;
        let next = this.step(fallback, code);
        while (next < 0 && fallback !== 0) {
          fallback = this.fail[fallback] as number;
          next = this.step(fallback, code);
        }
        const failTarget = next < 0 || next === target ? 0 : next;
        this.fail[target] = failTarget;
        const inherited = this.outputs[failTarget];
        if (inherited) this.outputs[target] = [...(this.outputs[target] ?? []), ...inherited];
        queue.push(target);
      }
    }
  }

  get stateCount(): number {
    return this.fail.length;
  }

  /** The target of `state` on `code`, or -1 (the root never fails: it answers 0). */
  private step(state: number, code: number): number {
    if (state === 0) return this.rootTargets[code] as number;
    const from = this.rowStart[state] as number;
    const to = this.rowStart[state + 1] as number;
    for (let i = from; i < to; i++) {
      const c = this.codes[i] as number;
      if (c === code) return this.targets[i] as number;
      if (c > code) break;
    }
    return -1;
  }

  /**
   * Every occurrence of every pattern, in order of end offset. `accept` lets the caller reject
   * hits (word boundaries) before they are allocated.
   */
  search(
    text: string,
    accept: (start: number, end: number, pattern: number) => boolean,
  ): AutomatonHit[] {
    const hits: AutomatonHit[] = [];
    const { rootTargets, rowStart, codes, targets, fail, outputs, lengths } = this;
    const n = text.length;
    let state = 0;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      // The transition lookup of `step`, inlined: this loop runs once per character of the page.
      let next = -1;
      while (next < 0) {
        if (state === 0) {
          next = rootTargets[code] as number;
          break;
        }
        const to = rowStart[state + 1] as number;
        for (let t = rowStart[state] as number; t < to; t++) {
          const c = codes[t] as number;
          if (c === code) {
            next = targets[t] as number;
            break;
          }
          if (c > code) break;
        }
        if (next < 0) state = fail[state] as number;
      }
      state = next;
      const found = outputs[state];
      if (found === undefined) continue;
      for (const pattern of found) {
        const start = i + 1 - (lengths[pattern] as number);
        if (accept(start, i + 1, pattern)) hits.push({ start, end: i + 1, pattern });
      }
    }
    return hits;
  }
}

/** Leftmost-longest selection of non-overlapping hits. */
export function leftmostLongest<T extends { start: number; end: number }>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: T[] = [];
  let reached = 0;
  for (const hit of sorted) {
    if (hit.start < reached) continue;
    chosen.push(hit);
    reached = hit.end;
  }
  return chosen;
}
