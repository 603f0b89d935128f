/**
 * The benchmarks' texts: generated news articles (Node scans), generated news pages and a page
 * naming nothing in the index (browser), and the repo's real saved pages.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledIndex } from '../../utils/index/types';

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same text. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ORDINARY =
  `the a of to in and that for on with as was by at from this said would has have
  their more about after over into new year report officials company people government week
  policy market users digital network service public business security review told according
  plan statement data information platform app video workers staff meeting team office early
  late month again while under since could should might also however analysts critics reporters
  morning city state national local global growth revenue launch product feature update screen`
    .split(/\s+/)
    .filter(Boolean);
export const CAPITALISED = [
  'Monday',
  'Tuesday',
  'The',
  'In',
  'After',
  'Officials',
  'Critics',
  'Analysts',
  'Washington',
  'London',
  'Europe',
  'March',
  'However',
];
export const NEAR_MISSES = [
  'TikTop',
  'Bytedanse',
  'Byte Dance',
  'Tik Tok',
  'Oracle of Delphi',
  'Will Ferrell',
  'Lisa Chen',
  'Texas',
];

export function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

export function generateArticle(index: CompiledIndex, words: number, seed: number): string {
  const rand = random(seed);
  const names = index.entities.flatMap((e) =>
    e.aliases.filter((a) => a.when === 'always').map((a) => a.text),
  );
  const claims = index.claims.map((c) => c.text.split(/\s+/));
  const paragraphs: string[] = [];
  let count = 0;
  let sentences: string[] = [];
  while (count < words) {
    const kind = rand();
    let sentence: string[];
    if (kind < 0.12) {
      // A paraphrase: the claim with a fifth of its words dropped.
      sentence = pick(rand, claims).filter(() => rand() > 0.2);
    } else {
      sentence = [pick(rand, CAPITALISED)];
      const length = 8 + Math.floor(rand() * 18);
      while (sentence.length < length) {
        const r = rand();
        if (r < 0.08) sentence.push(pick(rand, names));
        else if (r < 0.1) sentence.push(pick(rand, NEAR_MISSES));
        else if (r < 0.14) sentence.push(String(Math.floor(rand() * 2000)));
        else sentence.push(pick(rand, ORDINARY));
      }
    }
    count += sentence.length;
    sentences.push(`${sentence.join(' ').replace(/[.]$/, '')}.`);
    if (sentences.length >= 3 + Math.floor(rand() * 4)) {
      paragraphs.push(sentences.join(' '));
      sentences = [];
    }
  }
  paragraphs.push(sentences.join(' '));
  return paragraphs.join('\n\n');
}

const PAGE_STYLE = 'body{font:16px/1.5 Georgia,serif;max-width:720px;margin:20px auto}';
/** The root's attribute asks the content script for its timing event (pages without it get none). */
const pageOf = (title: string, body: string) =>
  `<!doctype html><html lang="en" data-fact-cards-timing><head><meta charset="utf-8"><title>${title}</title>
<style>${PAGE_STYLE}</style></head><body>${body}</body></html>`;

const NEWS_FILLER =
  'the report said that officials had been asked about the plan during a long meeting in the capital where several people spoke about data and security and the future of the app while others listened quietly and took notes for later'.split(
    ' ',
  );
const NEWS_NAMES = [
  'TikTok',
  'ByteDance',
  'Project Texas',
  'Oracle',
  'Shou Zi Chew',
  'Lark',
  'BuzzFeed News',
  'Chew',
  'Alex Stamos',
];
const NEWS_CLAIM =
  'In June 2022, BuzzFeed News reported, citing leaked audio from more than 80 internal TikTok meetings, that China-based ByteDance employees had repeatedly accessed nonpublic data about US TikTok users.';

/** A news page on the story: paragraphs of ~100 words, a name every ~25 words, a claim now and then. */
export function newsPage(words: number): string {
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const paragraphs: string[] = [];
  let count = 0;
  let p = 0;
  while (count < words) {
    const parts: string[] = [];
    let inParagraph = 0;
    if (p % 12 === 5) {
      parts.push(NEWS_CLAIM);
      inParagraph += 30;
    }
    while (inParagraph < 100) {
      if (next() < 0.04) parts.push(NEWS_NAMES[Math.floor(next() * NEWS_NAMES.length)] as string);
      else parts.push(NEWS_FILLER[Math.floor(next() * NEWS_FILLER.length)] as string);
      inParagraph++;
    }
    paragraphs.push(`<p>${parts.join(' ')}.</p>`);
    count += inParagraph;
    p++;
  }
  return pageOf(
    `Bench ${words}`,
    `<article><h1>Shou Zi Chew and the TikTok story</h1>${paragraphs.join('\n')}</article>`,
  );
}

const GARDEN =
  'tomatoes want a sunny bed and steady water while young basil prefers warm soil mulch keeps the roots cool through long summer afternoons and a light trim each week brings more leaves than flowers'.split(
    ' ',
  );

/** A page of `words` words on another subject (gardening) that names nothing in the index. */
export function noMatchPage(words = 300): string {
  const rand = random(3);
  const paragraphs: string[] = [];
  for (let count = 0; count < words; count += 60) {
    const sentence = Array.from({ length: 60 }, () => pick(rand, GARDEN));
    paragraphs.push(`<p>${sentence.join(' ')}.</p>`);
  }
  return pageOf(
    'Summer garden notes',
    `<article><h1>Summer garden notes</h1>${paragraphs.join('\n')}</article>`,
  );
}

/**
 * The repo's saved real pages (HTML files): tests/corpus when it exists, the evaluation pages and
 * the e2e fixture pages. Paths are relative to the repo.
 */
export function realPages(root: string): string[] {
  const dirs = ['tests/corpus', 'tests/eval', 'tests/eval/heldout', 'tests/e2e/fixtures/page'];
  return dirs.flatMap((dir) => {
    const full = join(root, dir);
    if (!existsSync(full)) return [];
    return readdirSync(full, { recursive: dir === 'tests/corpus' })
      .map(String)
      .filter((name) => name.endsWith('.html'))
      .sort()
      .map((name) => join(dir, name));
  });
}
