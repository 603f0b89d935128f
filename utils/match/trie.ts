/**
 * A trie over UTF-16 code units of already-normalised text. `ExactAliasMatcher` walks it from each
 * position where a name may begin, which is nearly always the start of a word, and keeps the
 * longest name found: this needs no failure links (as Aho–Corasick would), and a walk rarely goes
 * beyond a few characters.
 */

/**
 * A trie as plain arrays, to be made once (at build time) and loaded cheaply. States are numbered
 * depth-first from the root (0), each state's transitions sorted by code: the states along a name
 * are then mostly consecutive, and a walk reads few cache lines even in a trie of 500,000 states.
 */
export interface TrieTables {
  /** Per state: its number of transitions. */
  degrees: number[];
  /** Per transition, state by state: the code unit it reads. */
  codes: number[];
}

/** Builds the tables of the trie of `patterns` (see `TrieTables`). */
export function trieTables(patterns: readonly string[]): TrieTables {
  const root = new Map<number, Map<number, unknown>>();
  for (const pattern of patterns) {
    let node = root;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let child = node.get(code) as Map<number, unknown> | undefined;
      if (child === undefined) {
        child = new Map();
        node.set(code, child);
      }
      node = child as Map<number, Map<number, unknown>>;
    }
  }
  const degrees: number[] = [];
  const codes: number[] = [];
  const visit = (node: Map<number, unknown>) => {
    const row = [...node].sort((a, b) => a[0] - b[0]);
    degrees.push(row.length);
    for (const [code] of row) codes.push(code);
    for (const [, child] of row) visit(child as Map<number, unknown>);
  };
  visit(root);
  return { degrees, codes };
}

export class Trie {
  /** Transitions in compressed rows: state s owns transitions [rowStart[s], rowStart[s + 1]). */
  private readonly rowStart: Int32Array;
  /** Per transition: the code it reads… */
  private readonly codes: Uint16Array;
  /** …and the state it leads to. */
  private readonly targets: Int32Array;
  /** The root's row, dense: a walk starts from it at nearly every word of a page. */
  private readonly rootTargets: Int32Array;

  constructor(tables: TrieTables) {
    const { degrees, codes } = tables;
    this.rowStart = new Int32Array(degrees.length + 1);
    for (let s = 0; s < degrees.length; s++) {
      this.rowStart[s + 1] = (this.rowStart[s] as number) + (degrees[s] as number);
    }
    this.codes = Uint16Array.from(codes);
    // In depth-first order, each state after the root is the target of the transition on top of a
    // stack of those still without one: the first of the state before it, or the next of a parent.
    this.targets = new Int32Array(codes.length);
    const pending: number[] = [];
    for (let s = 0; s < degrees.length; s++) {
      const into = pending.pop();
      if (into !== undefined) this.targets[into] = s;
      for (let t = (this.rowStart[s + 1] as number) - 1; t >= (this.rowStart[s] as number); t--) {
        pending.push(t);
      }
    }
    this.rootTargets = new Int32Array(0x10000);
    for (let t = 0; t < (degrees[0] ?? 0); t++) {
      this.rootTargets[codes[t] as number] = this.targets[t] as number;
    }
  }

  /** The tables this trie was made from. */
  tables(): TrieTables {
    const degrees: number[] = [];
    for (let s = 0; s < this.stateCount; s++) {
      degrees.push((this.rowStart[s + 1] as number) - (this.rowStart[s] as number));
    }
    return { degrees, codes: [...this.codes] };
  }

  get stateCount(): number {
    return this.rowStart.length - 1;
  }

  /** The target of `state` on `code`, or 0 when there is none (no transition leads to the root). */
  step(state: number, code: number): number {
    if (state === 0) return this.rootTargets[code] as number;
    const to = this.rowStart[state + 1] as number;
    for (let t = this.rowStart[state] as number; t < to; t++) {
      const c = this.codes[t] as number;
      if (c === code) return this.targets[t] as number;
      if (c > code) break;
    }
    return 0;
  }

  /** The state that reading `text` from the root leads to, or 0 when the trie has no such path. */
  walk(text: string): number {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = this.step(state, text.charCodeAt(i));
      if (state === 0) return 0;
    }
    return state;
  }
}
