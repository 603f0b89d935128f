/**
 * The compiled index: what the extension ships and the matcher reads. It is generated from
 * `data/*.json` by `scripts/build-index.ts` (see `compileIndex`), never edited by hand.
 */

export type EntityType =
  | 'person'
  | 'organization'
  | 'product'
  | 'project'
  | 'government'
  | 'event'
  | 'law'
  | 'place';

/** When an alias may produce a mention on its own. */
export type AliasWhen =
  /** Always, subject to case rules. */
  | 'always'
  /** Only after the entity was named by an unconditional alias earlier on the same page (surnames). */
  | 'afterFullName'
  /** Only when the page also names one of the entity's `related` entities (Lark, Oracle). */
  | 'withRelated'
  /** Never on its own: only inside a sentence that also names a related entity ("Master Admin"). */
  | 'sameSentence';

export interface Alias {
  text: string;
  caseSensitive: boolean;
  when: AliasWhen;
  /** A garbled form that only reprints use ("Cayuga Media", "TikTop"). */
  variant?: 'reprint' | 'translation' | 'informal';
  /** Shared with another entity on purpose; the matcher must disambiguate by context. */
  ambiguous?: boolean;
  note?: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  description: string;
  /** Every name, the canonical one first (it is always `when: 'always'`). */
  aliases: Alias[];
  related: string[];
  /**
   * How a passage about this entity refers back to it without its name ("the app", "the CEO"),
   * beyond what every entity of its type gets ("the company", "he"): see claim subjects.
   */
  referredToAs?: string[];
}

export interface Reprint {
  kind: 'machine-translated' | 'word-spun' | 'summary' | 'none';
  note: string;
}

export interface Article {
  id: string;
  document: string;
  outlet: string;
  headline: string;
  titleInDocument: string;
  authors: string[];
  published: string;
  url: string | null;
  verified: string[];
  reprint: Reprint;
}

export interface Citation {
  article: string;
  quote: string;
}

export type ClaimKind = 'reported-fact' | 'assertion' | 'denial' | 'analysis';

export interface Claim {
  id: string;
  text: string;
  kind: ClaimKind;
  entities: string[];
  keywords: string[];
  citations: Citation[];
  disputes: string[];
  respondsTo: string[];
  /**
   * Who the claim is about (entity ids): a sentence supports it only when one of these, or one
   * of `speakers`, is its subject, named or referred to. Absent: any entity of the claim.
   */
  subjects?: string[];
  /** For a statement, who made it (entity ids): the sentence may name the speaker instead. */
  speakers?: string[];
  /** Curated wordings of the claim that real articles use ("kept on servers in China"). */
  paraphrases?: string[];
  /** "negative" when the claim itself states a negation (never shared, no policy). */
  polarity?: 'positive' | 'negative';
  /** Derived at compile time: claims whose `disputes` name this one. */
  disputedBy: string[];
  /** Derived at compile time: claims whose `respondsTo` name this one. */
  answeredBy: string[];
}

export interface CompiledIndex {
  version: 1;
  articles: Article[];
  entities: Entity[];
  claims: Claim[];
}
