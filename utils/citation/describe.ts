/**
 * What every citation format says about one cited passage, from the records only: whose words
 * they are (the outlet's own, or an altered copy's), who relays whom, how many independent
 * reports stand behind the claim, and which metadata is unverified.
 */
import type { Article, Citation, Claim } from '../index/types';
import {
  type ArticleOf,
  type Attribution,
  attribution,
  joinNames,
  sourcesLine,
} from './attribution';
import { formatDateParts, isoDay, localDayParts } from './dates';

export interface CitationInput {
  /** The claim the quote supports, if the citation is for a claim. */
  claim?: Claim;
  citation: Citation;
  article: Article;
  /** Resolves the other articles a citation names (the one it relays, the original's wording). */
  articleOf: ArticleOf;
  /** When the reader looked at it (the access date). */
  accessed: Date;
  /** The page the reader was on when copying, if any. */
  pageUrl?: string;
}

export interface Described extends Attribution {
  quote: string;
  /** "A and B". */
  byline: string;
  /** The outlet, marked when unverified. */
  outletCredit: string;
  /** "1 original report (The Daily), relayed by 3", when the citation is for a claim. */
  sources: string | null;
  accessed: string;
  accessedIso: string;
  /** Plain sentences that follow the source in every format. */
  notes: string[];
}

/** The original's quoted words without the document's own quote marks and trailing comma. */
export function bareQuote(text: string): string {
  return text.replace(/^["“]+/, '').replace(/["”]*[,]?["”]*$/, '');
}

export function describe(input: CitationInput): Described {
  const { article, citation, accessed, claim, articleOf } = input;
  const a = attribution(citation, article, articleOf);
  const notes: string[] = [];
  if (a.original)
    notes.push(
      `Original wording, as quoted by ${a.original.credit}: “${bareQuote(a.original.quote)}”.`,
    );
  if (a.relayOf) notes.push(`Relays the reporting of ${a.relayOf}.`);
  if (a.statedOn) notes.push(`Statement made ${a.statedOn}.`);
  if (a.fragmentUrl) notes.push(`Passage: ${a.fragmentUrl}`);
  const sources = claim ? sourcesLine(claim, articleOf) : null;
  if (a.unverified.length)
    notes.push(
      `Unverified: ${a.unverified.map((f) => (f === 'URL' ? 'URL (left out)' : f)).join(', ')}.`,
    );
  return {
    ...a,
    quote: citation.quote,
    byline: joinNames(article.authors),
    outletCredit: a.outletVerified ? a.outlet : `${a.outlet} (unverified)`,
    sources,
    accessed: formatDateParts(localDayParts(accessed)),
    accessedIso: isoDay(accessed),
    notes,
  };
}

/** The passage as text: in quotation marks only when it is the outlet's own wording. */
export function passage(d: Described): string {
  return d.originalWording ? `“${d.quote}”` : `${d.wordingLabel}: ${d.quote}`;
}

export function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Makes repeated keys unique: the first stays, later ones get "a", "b", … (then "-2", …). */
export function uniqueKeys(keys: readonly string[]): string[] {
  const count = new Map<string, number>();
  const used = new Set<string>();
  return keys.map((key) => {
    let n = count.get(key) ?? 0;
    let candidate = key;
    while (used.has(candidate)) {
      n += 1;
      candidate = n <= 26 ? `${key}${String.fromCharCode(96 + n)}` : `${key}-${n}`;
    }
    count.set(key, n);
    used.add(candidate);
    return candidate;
  });
}
