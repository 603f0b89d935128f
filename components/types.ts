/** What the cards show, prepared from the index by utils/page/card-data.ts. */
import type { Attribution } from '../utils/citation/attribution';
import type { ClaimKind, ClaimStatus } from '../utils/index/types';

/** A cited passage with everything its source record says (see utils/citation/attribution.ts). */
export interface CitationView extends Attribution {
  /** Unique within a card: `${claimId}#${index}`. */
  key: string;
  /** Verbatim, as the cited document has it. */
  quote: string;
}

/** A fact from outside the documents, with its own source; always shown labelled "Background". */
export interface BackgroundView {
  text: string;
  /** "Publisher, “Title”, date", marked when not checked against the source. */
  credit: string;
  /** The source's URL when verified; otherwise shown as text. */
  url: string | null;
  unverifiedUrl: string | null;
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
  /** Independent origins among the citations (relays of another's reporting do not count). */
  sourceCount: number;
  /** "1 original report (The Daily), relayed by 3". */
  sources: string;
  status: ClaimStatus;
  /** "Single-source report", "Disputed", "Confirmed by its subject"…; null when the kind says it. */
  statusLabel: string | null;
  citations: CitationView[];
  background: BackgroundView[];
  confirmedBy: ClaimRef[];
  confirms: ClaimRef[];
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
  background: BackgroundView[];
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
