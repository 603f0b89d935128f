/** A synthetic index SCALE times the real one (see `scaledIndex`), for the benchmarks at scale. */
import type { Alias, Claim, CompiledIndex, Entity } from '../../utils/index/types';
import { termOf } from '../../utils/match/claims/terms';
import { pick, random } from './corpus';

export const SCALE = 100;

/**
 * Made-up words from onset + vowel + coda syllables (about 4,000 syllables, so two- and
 * three-syllable words rarely repeat). `used` keeps name words and claim words apart, as the
 * names of one index do not double as its ordinary vocabulary.
 */
const ONSETS = 'b br c ch d dr f fl g gr h j k kl l m n p pr qu r s sh sk st t tr v w z'.split(' ');
const VOWELS = 'a e i o u ai ea io ou y'.split(' ');
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm', 'nd', 'rk', 'st', 'x', 'th'];

function madeUpWord(rand: () => number, used: Set<string>): string {
  for (;;) {
    let w = '';
    const n = 2 + Math.floor(rand() * 2);
    for (let i = 0; i < n; i++) w += pick(rand, ONSETS) + pick(rand, VOWELS) + pick(rand, CODAS);
    if (!used.has(w)) {
      used.add(w);
      return w;
    }
  }
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** Alias words kept as they are: titles, legal forms, function words. */
const KEPT_NAME_WORDS = new Set(
  'mr mr. mrs mrs. ms ms. dr dr. inc inc. ltd ltd. corp corp. co co. the of and for on us uk'.split(
    ' ',
  ),
);
const CLAIM_LEXICON = 40_000;
/** Share of a synthetic claim's content words drawn from the real claims' vocabulary (by frequency). */
const SHARED_VOCABULARY = 0.2;

/**
 * The real index plus (SCALE − 1) synthetic copies of it. Each copy keeps the structure of an
 * entity or claim (types, alias conditions, entity links, lengths) with new words: every entity
 * gets distinctive made-up names, used consistently across its aliases ("Shou Zi Chew", "Chew",
 * "Mr. Chew"), and acronyms become random capitals (which collide, as real ones do). Claim words
 * are drawn, consistently within a claim (text, keywords, quotes), from a Zipf-distributed made-up
 * lexicon, and a fifth of them (SHARED_VOCABULARY) from the real claims' own vocabulary in
 * proportion to the number of claims using each word, so that the large index shares the common
 * news words of the real one without being a hundred copies of its topic.
 */
export function scaledIndex(index: CompiledIndex): CompiledIndex {
  const rand = random(7);
  const used = new Set<string>();
  const lexicon = Array.from({ length: CLAIM_LEXICON }, () => madeUpWord(rand, used));
  const zipf = () => lexicon[Math.floor(CLAIM_LEXICON ** rand()) - 1] as string;
  const isContent = (w: string) => /^\p{Ll}+$/u.test(w) && termOf(w) !== null;
  // Each real claim's distinct content words: drawn in proportion to how many claims use them.
  const realWords = index.claims.flatMap((c) => [
    ...new Set(
      [c.text, ...c.keywords, ...c.citations.map((q) => q.quote)]
        .join(' ')
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter(isContent),
    ),
  ]);
  const entities: Entity[] = [...index.entities];
  const claims: Claim[] = [...index.claims];
  for (let copy = 1; copy < SCALE; copy++) {
    const ids = new Map<string, string>();
    for (const entity of index.entities) ids.set(entity.id, `${entity.id}-x${copy}`);
    for (const entity of index.entities) {
      const words = new Map<string, string>();
      const rename = (text: string) =>
        text
          .split(/\s+/)
          .map((w) => {
            if (KEPT_NAME_WORDS.has(w.toLowerCase())) return w;
            let made = words.get(w);
            if (made === undefined) {
              made = /^[A-Z]{2,5}$/.test(w)
                ? Array.from({ length: w.length }, () =>
                    String.fromCharCode(65 + Math.floor(rand() * 26)),
                  ).join('')
                : capitalise(madeUpWord(rand, used));
              words.set(w, made);
            }
            return made;
          })
          .join(' ');
      const aliases: Alias[] = entity.aliases.map((alias) => ({
        ...alias,
        text: rename(alias.text),
      }));
      entities.push({
        ...entity,
        id: ids.get(entity.id) as string,
        name: rename(entity.name),
        aliases,
        related: entity.related.map((r) => ids.get(r) ?? r),
      });
    }
    for (const claim of index.claims) {
      const words = new Map<string, string>();
      const rewrite = (text: string) =>
        text.replace(/[\p{L}\p{N}]+/gu, (w) => {
          const lower = w.toLowerCase();
          if (/^\p{N}+$/u.test(w)) {
            if (!words.has(w))
              words.set(w, rand() < 0.5 ? w : String(Math.floor(rand() * 10 ** w.length)));
            return words.get(w) as string;
          }
          if (termOf(lower) === null) return w;
          let made = words.get(lower);
          if (made === undefined) {
            made = rand() < SHARED_VOCABULARY ? pick(rand, realWords) : zipf();
            words.set(lower, made);
          }
          return w === lower ? made : capitalise(made);
        });
      const text = rewrite(claim.text);
      claims.push({
        ...claim,
        id: `${claim.id}-x${copy}`,
        text,
        keywords: claim.keywords.map(rewrite),
        entities: claim.entities.map((e) => ids.get(e) ?? e),
        citations: claim.citations.map((c) => ({ ...c, quote: rewrite(c.quote) })),
      });
    }
  }
  return { ...index, entities, claims };
}
