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

/**
 * An automaton as plain arrays, to be made once (at build time) and loaded cheaply. States are
 * numbered breadth-first with each state's transitions sorted by code, so transition t (in the
 * order of `codes`) leads to state t + 1 and a state's failure link points to a lower number.
 */
export interface AutomatonTables {
  /** Per state: its number of transitions. */
  degrees: number[];
  /** Per transition, state by state: the code unit it reads. */
  codes: number[];
  /** Per state: the state its failure link leads to. */
  fail: number[];
  /** Per pattern: the state where it ends, or -1 for an empty pattern. */
  ends: number[];
  /** Per pattern: its length. */
  lengths: number[];
}

/** Builds the tables of the automaton for `patterns` (see `AutomatonTables`). */
export function automatonTables(patterns: readonly string[]): AutomatonTables {
  // A trie in maps first, numbered in insertion order…
  const children: Map<number, number>[] = [new Map()];
  const trieEnds = patterns.map((pattern) => {
    if (pattern.length === 0) return -1;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      const row = children[state] as Map<number, number>;
      let next = row.get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        row.set(code, next);
      }
      state = next;
    }
    return state;
  });
  // …then renumbered breadth-first, transitions sorted by code.
  const order = [0];
  const renumbered = new Int32Array(children.length);
  const degrees: number[] = [];
  const codes: number[] = [];
  for (let head = 0; head < order.length; head++) {
    const row = [...(children[order[head] as number] as Map<number, number>)].sort(
      (a, b) => a[0] - b[0],
    );
    degrees.push(row.length);
    for (const [code, child] of row) {
      codes.push(code);
      renumbered[child] = order.length;
      order.push(child);
    }
  }
  const automaton = new Automaton({
    degrees,
    codes,
    fail: [],
    ends: trieEnds.map((state) => (state < 0 ? -1 : (renumbered[state] as number))),
    lengths: patterns.map((p) => p.length),
  });
  return automaton.tables();
}

export class Automaton {
  /** Transitions in compressed rows: state s owns codes [rowStart[s], rowStart[s + 1]). */
  private readonly rowStart: Int32Array;
  /** The code of each transition; transition t leads to state t + 1. */
  private readonly codes: Uint16Array;
  /** The root's row, dense: most characters of a text are read from the root. */
  private readonly rootTargets: Int32Array;
  private readonly fail: Int32Array;
  /** Patterns ending in each state, including those reached through failure links. */
  private readonly outputs: (number[] | undefined)[];
  private readonly lengths: number[];
  private readonly ends: number[];

  /**
   * From the tables of `automatonTables`. Failure links missing from them (an empty `fail`)
   * are computed here.
   */
  constructor(tables: AutomatonTables) {
    const { degrees, codes } = tables;
    const stateCount = degrees.length;
    this.lengths = tables.lengths;
    this.ends = tables.ends;
    this.rowStart = new Int32Array(stateCount + 1);
    let transitionCount = 0;
    for (let s = 0; s < stateCount; s++) {
      this.rowStart[s] = transitionCount;
      transitionCount += degrees[s] as number;
    }
    this.rowStart[stateCount] = transitionCount;
    this.codes = Uint16Array.from(codes);
    this.rootTargets = new Int32Array(0x10000);
    for (let t = 0; t < (degrees[0] ?? 0); t++) this.rootTargets[codes[t] as number] = t + 1;

    const outputs: (number[] | undefined)[] = new Array(stateCount);
    tables.ends.forEach((state, pattern) => {
      if (state < 0) return;
      const own = outputs[state];
      if (own) own.push(pattern);
      else outputs[state] = [pattern];
    });
    const computeFail = tables.fail.length !== stateCount;
    this.fail = computeFail ? new Int32Array(stateCount) : Int32Array.from(tables.fail);
    // Breadth-first numbering: a state's failure target (shallower) is complete before it.
    for (let state = 0; state < stateCount; state++) {
      const from = this.rowStart[state] as number;
      const to = this.rowStart[state + 1] as number;
      for (let t = from; t < to; t++) {
        const target = t + 1;
        if (computeFail && state !== 0) {
          const code = this.codes[t] as number;
          let fallback = this.fail[state] as number;
          let next = this.step(fallback, code);
          while (next < 0 && fallback !== 0) {
            fallback = this.fail[fallback] as number;
            next = this.step(fallback, code);
          }
          this.fail[target] = next < 0 || next === target ? 0 : next;
        }
        const inherited = outputs[this.fail[target] as number];
        if (inherited) outputs[target] = [...(outputs[target] ?? []), ...inherited];
      }
    }
    this.outputs = outputs;
  }

  /** The tables this automaton was made from, failure links included. */
  tables(): AutomatonTables {
    const degrees: number[] = [];
    for (let s = 0; s < this.stateCount; s++) {
      degrees.push((this.rowStart[s + 1] as number) - (this.rowStart[s] as number));
    }
    return {
      degrees,
      codes: [...this.codes],
      fail: [...this.fail],
      ends: [...this.ends],
      lengths: [...this.lengths],
    };
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
      if (c === code) return i + 1;
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
    const { rootTargets, rowStart, codes, fail, outputs, lengths } = this;
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
            next = t + 1;
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
