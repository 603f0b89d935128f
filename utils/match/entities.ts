import type { Entity } from '../index/types';
import { isWordChar } from '../text/chars';
import { type NormalizedText, normalizeText } from '../text/normalize';
import { Automaton, type AutomatonTables, automatonTables, leftmostLongest } from './automaton';
import type { PreparedIndex } from './prepared';
import { type AliasRef, type ExactHit, effectiveWhen } from './rules';

/** Entity indexes related to each entity, whichever side of the pair lists the other. */
export function relatedIndexes(entities: readonly Entity[]): number[][] {
  const position = new Map(entities.map((e, i) => [e.id, i]));
  const related = entities.map(() => new Set<number>());
  entities.forEach((entity, i) => {
    for (const id of entity.related) {
      const j = position.get(id);
      if (j === undefined || j === i) continue;
      related[i]?.add(j);
      related[j]?.add(i);
    }
  });
  return related.map((set) => [...set]);
}

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Scripts written without spaces have no word boundary to check. */
function needsBoundary(code: number): boolean {
  return isWordChar(code) && !UNSPACED_SCRIPT.test(String.fromCharCode(code));
}

/** Exact, whole-word, leftmost-longest matching of every alias of every entity in one pass. */
export class ExactAliasMatcher {
  private readonly automaton: Automaton;
  private readonly refsByPattern: AliasRef[][];
  /** Per pattern: bit 1 when its start needs a word boundary, bit 2 when its end does. */
  private readonly boundaries: Uint8Array;

  /** `prepared` (checked by the caller to fit `entities`) saves normalising every alias. */
  constructor(entities: readonly Entity[], prepared?: PreparedIndex) {
    const patternIndex = new Map<string, number>();
    const patterns: string[] = [];
    this.refsByPattern = [];
    entities.forEach((entity, e) => {
      entity.aliases.forEach((alias, a) => {
        let key: string;
        let cased: string;
        const preparedKey = prepared?.aliasKeys[e]?.[a];
        if (preparedKey !== undefined) {
          key = preparedKey;
          cased = prepared?.aliasCased[e]?.[a] ?? key;
        } else {
          const normal = normalizeText(alias.text.trim());
          key = normal.text;
          cased = normal.cased;
        }
        if (key.length === 0) return;
        const canonical = a === 0 || alias.text === entity.name;
        let p = patternIndex.get(key);
        if (p === undefined) {
          p = patterns.length;
          patternIndex.set(key, p);
          patterns.push(key);
          this.refsByPattern.push([]);
        }
        this.refsByPattern[p]?.push({
          entity: e,
          alias,
          cased,
          when: effectiveWhen(entity, alias, canonical),
          canonical,
        });
      });
    });
    const tables = prepared?.automaton;
    const fits =
      tables !== undefined &&
      tables.lengths.length === patterns.length &&
      patterns.every((p, i) => tables.lengths[i] === p.length);
    this.automaton = new Automaton(fits ? tables : automatonTables(patterns));
    this.boundaries = Uint8Array.from(patterns, (p) => {
      const first = p.charCodeAt(0);
      const last = p.charCodeAt(p.length - 1);
      return (needsBoundary(first) ? 1 : 0) | (needsBoundary(last) ? 2 : 0);
    });
  }

  get stateCount(): number {
    return this.automaton.stateCount;
  }

  /** The automaton as plain arrays, for `prepareIndex`. */
  automatonTables(): AutomatonTables {
    return this.automaton.tables();
  }

  find(normal: NormalizedText): ExactHit[] {
    const { text, cased } = normal;
    const wholeWord = (start: number, end: number, pattern: number) => {
      const sides = this.boundaries[pattern] as number;
      return (
        (!(sides & 1) || start === 0 || !isWordChar(text.charCodeAt(start - 1))) &&
        (!(sides & 2) || end === text.length || !isWordChar(text.charCodeAt(end)))
      );
    };
    const hits: ExactHit[] = [];
    for (const hit of this.automaton.search(text, wholeWord)) {
      const refs = (this.refsByPattern[hit.pattern] ?? []).filter(
        (ref) => !ref.alias.caseSensitive || cased.startsWith(ref.cased, hit.start),
      );
      if (refs.length > 0) hits.push({ start: hit.start, end: hit.end, refs });
    }
    return leftmostLongest(hits);
  }
}
