/** What the cards show, prepared from the index by utils/page/card-data.ts. */
import type { ClaimKind, Reprint } from '../utils/index/types';

export interface CitationView {
  /** Unique within a card: `${claimId}#${index}`. */
  key: string;
  outlet: string;
  headline: string;
  /** Formatted publication date ("24 May 2023", "July 2022"). */
  published: string;
  url: string | null;
  /** Whether the index lists the URL as checked against the original. */
  urlVerified: boolean;
  /** Verbatim, as the cited document has it. */
  quote: string;
  reprint: Reprint['kind'];
}

export interface ClaimRef {
  id: string;
  text: string;
}

export interface ClaimView {
  id: string;
  text: string;
  kind: ClaimKind;
  /** Whether a sentence of this page matched the claim. */
  onPage: boolean;
  /** Distinct outlets among the citations. */
  sourceCount: number;
  citations: CitationView[];
  disputedBy: ClaimRef[];
  disputes: ClaimRef[];
  answeredBy: ClaimRef[];
  respondsTo: ClaimRef[];
}

export interface MatchView {
  /** The page's words that were recognised. */
  text: string;
  /** How, in a few words ("Exact name", "Close spelling"). */
  how: string;
  why: string;
  /** Similarity 0..1 when it is worth showing (fuzzy matches, claim sentences). */
  score: number | null;
}

/** What a card knows about the page around its mention (added by the card controller). */
export interface OnPageView {
  /** Other mentions of the same entity or claim on this page. */
  moreOnPage?: number;
}

export interface EntityCardView extends OnPageView {
  kind: 'entity';
  id: string;
  name: string;
  typeLabel: string;
  description: string;
  /** Most relevant first. */
  claims: ClaimView[];
  match: MatchView;
}

export interface ClaimCardView extends OnPageView {
  kind: 'claim';
  claim: ClaimView;
  match: MatchView;
}

export type CardView = EntityCardView | ClaimCardView;

export type ResolvedTheme = 'light' | 'dark';

/** A short confirmation after "Not this", with the way back. */
export interface ToastView {
  text: string;
  /** The undo button's words ("Undo"). */
  action: string;
}
