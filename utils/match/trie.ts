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
 * Loading copies the arrays into typed arrays natively: a page computes nothing per state.
 */
export interface TrieTables {
  /** Per state, and one more: where its transitions begin (state s owns [rowStart[s], rowStart[s + 1])). */
  rowStart: number[];
  /** Per transition, state by state: the code unit it reads… */
  codes: number[];
  /** …and the state it leads to. */
  targets: number[];
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
  const rowStart = [0];
  for (const degree of degrees) rowStart.push((rowStart[rowStart.length - 1] as number) + degree);
  // In depth-first order, each state after the root is the target of the transition on top of a
  // stack of those still without one: the first of the state before it, or the next of a parent.
  const targets = new Array<number>(codes.length).fill(0);
  const pending: number[] = [];
  for (let s = 0; s < degrees.length; s++) {
    const into = pending.pop();
    if (into !== undefined) targets[into] = s;
    for (let t = (rowStart[s + 1] as number) - 1; t >= (rowStart[s] as number); t--)
      pending.push(t);
  }
  return { rowStart, codes, targets };
}

/** Code units below this (Latin, Greek, Cyrillic…) have the root's targets in an array. */
const DENSE_ROOT = 0x800;

export class Trie {
  /** Transitions in compressed rows: state s owns transitions [rowStart[s], rowStart[s + 1]). */
  private readonly rowStart: Int32Array;
  /** Per transition: the code it reads… */
  private readonly codes: Uint16Array;
  /** …and the state it leads to. */
  private readonly targets: Int32Array;
  /**
   * The root's row, dense for the codes of alphabetic scripts (a walk starts from it at nearly
   * every word of a page) and a map for the rest: a dense row for every code unit would cost each
   * page a quarter of a megabyte.
   */
  private readonly rootTargets = new Int32Array(DENSE_ROOT);
  private readonly otherRootTargets = new Map<number, number>();

  /**
   * Tables that do not hold together (a row or a target past the end) make a trie in which some
   * walks end nowhere; the matcher checks that every pattern has a state of its own.
   */
  constructor(tables: TrieTables) {
    this.rowStart = new Int32Array(tables.rowStart);
    this.codes = new Uint16Array(tables.codes);
    this.targets = new Int32Array(tables.targets);
    const rootEnd = Math.min(this.rowStart[1] ?? 0, this.codes.length);
    for (let t = 0; t < rootEnd; t++) {
      const code = this.codes[t] as number;
      if (code < DENSE_ROOT) this.rootTargets[code] = this.targets[t] as number;
      else this.otherRootTargets.set(code, this.targets[t] as number);
    }
  }

  /** The tables this trie was made from. */
  tables(): TrieTables {
    return { rowStart: [...this.rowStart], codes: [...this.codes], targets: [...this.targets] };
  }

  get stateCount(): number {
    return Math.max(0, this.rowStart.length - 1);
  }

  /** The target of `state` on `code`, or 0 when there is none (no transition leads to the root). */
  step(state: number, code: number): number {
    if (state === 0) {
      return code < DENSE_ROOT
        ? (this.rootTargets[code] as number)
        : (this.otherRootTargets.get(code) ?? 0);
    }
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
