/**
 * The corpus of real saved pages: `offtopic/` holds pages of sites about other subjects (the
 * test fixtures of postlight/parser, scripts and styles removed, gzipped; see LICENSE-MIT there),
 * `on-topic/` full article pages on the story with site chrome, written for this corpus. Each
 * page has `<page>.expected.json`: what it is about, the marks judged correct (entity id and
 * the page's words, in page order), the claims judged correct, and `notOurs`, readings of names
 * the matcher once made that are wrong (another entity's name read as ours).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { scanHtmlPage } from '../../scripts/html-page';
import type { CompiledIndex } from '../../utils/index/types';
import type { Matcher } from '../../utils/match/matcher';
import type { Relevance } from '../../utils/relevance/decide';

export const corpusDir = import.meta.dirname;
export type CorpusPart = 'offtopic' | 'on-topic';

export interface CorpusPage {
  part: CorpusPart;
  /** The file name in its folder. */
  name: string;
}

export interface NotOurs {
  entity: string;
  text: string;
  /** The words around it that show whose name it is. */
  context: string;
}

export interface CorpusExpected {
  about: Relevance;
  marks: [entity: string, text: string][];
  claims: string[];
  notOurs: NotOurs[];
}

export function corpusPages(): CorpusPage[] {
  return (['offtopic', 'on-topic'] as const).flatMap((part) =>
    readdirSync(join(corpusDir, part))
      .filter((f) => /\.html(\.gz)?$/.test(f))
      .sort()
      .map((name) => ({ part, name })),
  );
}

export function pageHtml(page: CorpusPage): string {
  const raw = readFileSync(join(corpusDir, page.part, page.name));
  return (page.name.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

export function expectedFile(page: CorpusPage): string {
  return join(corpusDir, page.part, page.name.replace(/\.html(\.gz)?$/, '.expected.json'));
}

export function pageExpected(page: CorpusPage): CorpusExpected {
  return JSON.parse(readFileSync(expectedFile(page), 'utf8')) as CorpusExpected;
}

export interface PageOutcome {
  page: CorpusPage;
  about: Relevance;
  /** Marks shown: entity id and the page's words, in page order. */
  marks: [string, string][];
  claims: string[];
  /** Marks that read another entity's name as ours (listed in `notOurs`). */
  wrongEntity: number;
  /** Marks and claims not among those judged correct. */
  unexpectedMarks: number;
  unexpectedClaims: number;
  /** Marks and claims judged correct but not shown. */
  missedMarks: number;
  missedClaims: number;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Multiset difference sizes: how many of `a` are not matched in `b`. */
function extra<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): number {
  const left = new Map<string, number>();
  for (const x of b) left.set(key(x), (left.get(key(x)) ?? 0) + 1);
  let count = 0;
  for (const x of a) {
    const n = left.get(key(x)) ?? 0;
    if (n > 0) left.set(key(x), n - 1);
    else count++;
  }
  return count;
}

export async function scanCorpusPage(
  page: CorpusPage,
  index: CompiledIndex,
  matcher: Matcher,
): Promise<PageOutcome> {
  const expected = pageExpected(page);
  const scan = await scanHtmlPage(pageHtml(page), index, matcher);
  const marks: [string, string][] = [];
  let wrongEntity = 0;
  scan.shown.forEach((shown, i) => {
    const text = scan.blocks[i]?.text ?? '';
    for (const m of shown.mentions) {
      marks.push([m.entityId, m.text]);
      // The mark's own words and a few around them, as a `notOurs` context quotes them.
      const around = flat(text.slice(Math.max(0, m.start - 6), m.end + 6)).trim();
      if (
        expected.notOurs.some(
          (n) => n.entity === m.entityId && n.text === m.text && flat(n.context).includes(around),
        )
      )
        wrongEntity++;
    }
  });
  const claims = scan.shown.flatMap((b) => b.claims.map((c) => c.claimId));
  const pair = ([e, t]: [string, string]) => `${e}\u0001${t}`;
  return {
    page,
    about: scan.decision.relevance,
    marks,
    claims,
    wrongEntity,
    unexpectedMarks: extra(marks, expected.marks, pair),
    unexpectedClaims: extra(claims, expected.claims, String),
    missedMarks: extra(expected.marks, marks, pair),
    missedClaims: extra(expected.claims, claims, String),
  };
}

export interface CorpusTally {
  pages: number;
  pagesWithMarks: number;
  marks: number;
  claims: number;
  wrongEntity: number;
  unexpected: number;
  missed: number;
  decisions: Record<Relevance, number>;
}

export function tally(outcomes: readonly PageOutcome[]): CorpusTally {
  const decisions: Record<Relevance, number> = { 'on-topic': 0, passing: 0, unrelated: 0 };
  const t: CorpusTally = {
    pages: outcomes.length,
    pagesWithMarks: 0,
    marks: 0,
    claims: 0,
    wrongEntity: 0,
    unexpected: 0,
    missed: 0,
    decisions,
  };
  for (const o of outcomes) {
    if (o.marks.length + o.claims.length > 0) t.pagesWithMarks++;
    t.marks += o.marks.length;
    t.claims += o.claims.length;
    t.wrongEntity += o.wrongEntity;
    t.unexpected += o.unexpectedMarks + o.unexpectedClaims;
    t.missed += o.missedMarks + o.missedClaims;
    decisions[o.about]++;
  }
  return t;
}

export async function measureCorpus(index: CompiledIndex, matcher: Matcher) {
  const outcomes: PageOutcome[] = [];
  for (const page of corpusPages()) outcomes.push(await scanCorpusPage(page, index, matcher));
  const part = (p: CorpusPart) => tally(outcomes.filter((o) => o.page.part === p));
  return { outcomes, offtopic: part('offtopic'), onTopic: part('on-topic') };
}

/** The corpus rows of the evaluation table. */
export function corpusTable(rows: { label: string; tally: CorpusTally }[]): string {
  const head = [
    'corpus',
    'pages',
    'with marks',
    'marks/page',
    'wrong-entity',
    'claims',
    'unexpected',
    'missed',
    'on-topic/passing/unrelated',
  ];
  const lines = rows.map(({ label, tally: t }) => [
    label,
    String(t.pages),
    `${t.pagesWithMarks} (${((100 * t.pagesWithMarks) / Math.max(1, t.pages)).toFixed(1)}%)`,
    (t.marks / Math.max(1, t.pages)).toFixed(2),
    String(t.wrongEntity),
    String(t.claims),
    String(t.unexpected),
    String(t.missed),
    `${t.decisions['on-topic']}/${t.decisions.passing}/${t.decisions.unrelated}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [row(head), ...lines.map(row)].join('\n');
}
