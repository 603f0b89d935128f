/**
 * Who published the words a citation shows, and how far to trust them, built only from the
 * article records: the card, the popup, the index page and every copy format use these, so a
 * new outlet never needs a code change. Pure.
 */
import { textFragmentUrl } from '../index/selectors';
import type {
  Article,
  ArticleField,
  Background,
  Citation,
  Claim,
  ClaimStatus,
  FidelityKind,
} from '../index/types';
import { formatPublished } from './dates';

export type ArticleOf = (id: string) => Article | undefined;

/** Whether the index lists this field of the article as checked against the original. */
export function isVerified(article: Article, field: ArticleField): boolean {
  return article.verified.includes(field);
}

/** The original's URL if it is known and verified (a wrong link is worse than none). */
export function verifiedUrl(article: Article): string | null {
  return article.url && isVerified(article, 'url') ? article.url : null;
}

/** The outlet as a card names it: "The Daily", or "A Blog (unverified)". */
export function outletCredit(article: Article): string {
  return isVerified(article, 'outlet') ? article.outlet : `${article.outlet} (unverified)`;
}

/** Whether the text we hold is the outlet's own wording, so it may stand in quotation marks. */
export function isOriginalWording(article: Article): boolean {
  return article.fidelity.kind === 'original';
}

const WORDING: Record<Exclude<FidelityKind, 'original'>, string> = {
  'machine-translated': 'machine-translated copy',
  'synonym-spun': 'synonym-spun copy (words replaced by synonyms)',
  summary: 'summary',
};

/**
 * "Wording of a machine-translated copy, not the outlet's own", or null when the text we hold is
 * the outlet's own wording.
 */
export function wordingLabel(kind: FidelityKind): string | null {
  return kind === 'original' ? null : `Wording of a ${WORDING[kind]}, not the outlet’s own`;
}

/** A short badge for lists: "Machine-translated copy". */
export function fidelityBadge(kind: FidelityKind): string | null {
  if (kind === 'original') return null;
  const words = WORDING[kind].replace(/ \(.*\)$/, '');
  return `${words[0]?.toUpperCase()}${words.slice(1)}`;
}

/** The article metadata fields the record does not verify, by their reader-facing names. */
export function unverifiedFields(article: Article): string[] {
  const names: [ArticleField, string][] = [
    ['outlet', 'outlet'],
    ['authors', 'authors'],
    ['headline', 'headline'],
    ['published', 'date'],
  ];
  const missing = names
    .filter(([field]) => !isVerified(article, field))
    .filter(([field]) => field !== 'authors' || article.authors.length > 0)
    .map(([, name]) => name);
  if (article.url && !isVerified(article, 'url')) missing.push('URL');
  return missing;
}

/** Everything a citation says about its source, resolved from the records. */
export interface Attribution {
  outlet: string;
  outletVerified: boolean;
  authors: string[];
  authorsVerified: boolean;
  headline: string;
  headlineVerified: boolean;
  /** Formatted publication date ("24 May 2023", "July 2022"). */
  published: string;
  publishedVerified: boolean;
  /** When the quoted statement was made, if not on publication ("30 June 2022"). */
  statedOn: string | null;
  /** The original's URL, only when verified. */
  url: string | null;
  /** A URL the record lists but does not verify: shown as text, never as a link. */
  unverifiedUrl: string | null;
  /** The verified URL with a text fragment to the passage, when the quote is the original's wording. */
  fragmentUrl: string | null;
  /** The held text is the outlet's own wording, so it may be quoted as the outlet's words. */
  originalWording: boolean;
  /** Why it is not (the copy's kind), or null. */
  wordingLabel: string | null;
  fidelityNote: string;
  /** The original's own words for this passage, as another record quotes them. */
  original: { quote: string; credit: string } | null;
  /** The outlet whose reporting this passage relays, when it is not the article's own. */
  relayOf: string | null;
  /** Unverified metadata, by name ("outlet", "date", "URL"). */
  unverified: string[];
}

export function attribution(
  citation: Citation,
  article: Article,
  articleOf: ArticleOf,
): Attribution {
  const url = verifiedUrl(article);
  const original = isOriginalWording(article);
  const originalSource = citation.originalWording
    ? articleOf(citation.originalWording.article)
    : undefined;
  const relayed = citation.derivedFrom ? articleOf(citation.derivedFrom) : undefined;
  return {
    outlet: article.outlet,
    outletVerified: isVerified(article, 'outlet'),
    authors: article.authors,
    authorsVerified: isVerified(article, 'authors'),
    headline: article.headline,
    headlineVerified: isVerified(article, 'headline'),
    published: formatPublished(article.published),
    publishedVerified: isVerified(article, 'published'),
    statedOn: citation.statedOn ? formatPublished(citation.statedOn) : null,
    url,
    unverifiedUrl: article.url && !url ? article.url : null,
    fragmentUrl: url && original ? textFragmentUrl(url, citation.selector.exact) : null,
    originalWording: original,
    wordingLabel: wordingLabel(article.fidelity.kind),
    fidelityNote: article.fidelity.note,
    original:
      citation.originalWording && originalSource
        ? { quote: citation.originalWording.quote, credit: outletCredit(originalSource) }
        : null,
    relayOf: relayed ? outletCredit(relayed) : null,
    unverified: unverifiedFields(article),
  };
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * How many independent reports stand behind a claim: "1 original report (The Daily),
 * relayed by 3"; "2 independent reports (The Daily; The Weekly)".
 */
export function sourcesLine(
  claim: Pick<Claim, 'origins' | 'relays'>,
  articleOf: ArticleOf,
): string {
  const outlets = [
    ...new Set(
      claim.origins.flatMap((id) => {
        const a = articleOf(id);
        if (!a) return [];
        return [isVerified(a, 'outlet') ? a.outlet : `${a.outlet} — outlet unverified`];
      }),
    ),
  ];
  const n = outlets.length;
  const head =
    n === 1
      ? `1 original report (${outlets[0]})`
      : `${n} independent reports (${outlets.join('; ')})`;
  const relays = claim.relays.filter((id) => articleOf(id)).length;
  return relays > 0 ? `${head}, relayed by ${relays}` : head;
}

const STATUS_LABEL: Record<ClaimStatus, string> = {
  'confirmed-by-subject': 'Confirmed by its subject',
  disputed: 'Disputed',
  corroborated: 'Independently corroborated',
  'single-source': 'Single-source report',
  statement: 'A party’s own statement',
  analysis: 'Analysis or opinion',
};

/** The reader-facing name of a claim's status. */
export function statusLabel(status: ClaimStatus): string {
  return STATUS_LABEL[status];
}

/** The status as a card shows it beside the claim's kind: null when the kind already says it. */
export function cardStatusLabel(status: ClaimStatus): string | null {
  return status === 'analysis' || status === 'statement' ? null : STATUS_LABEL[status];
}

/** A background statement's source line: "Federal Register, “…”, 11 August 2020 (source not checked)". */
export function backgroundCredit(background: Background): string {
  const { source } = background;
  const parts = [source.publisher, `“${source.title}”`];
  if (source.published) parts.push(formatPublished(source.published));
  const checked = source.verified.length > 0;
  return `${parts.join(', ')}${checked ? '' : ' (not checked against the source)'}`;
}
