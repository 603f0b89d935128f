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

export type EntityScope = 'story' | 'general';

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
  /**
   * A garbled form that only reprints use ("Cayuga Media", "TikTop"), or an informal spelling
   * ("tik tok") that is read only on pages about the story.
   */
  variant?: 'reprint' | 'translation' | 'informal';
  /** Shared with another entity on purpose; the matcher must disambiguate by context. */
  ambiguous?: boolean;
  note?: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /**
   * `story`: the story's own entities, marked wherever the page mentions them in its main text;
   * `general`: well-known entities the story involves, marked only on pages about the story.
   */
  scope: EntityScope;
  description: string;
  /** Every name, the canonical one first (it is always `when: 'always'`). */
  aliases: Alias[];
  related: string[];
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
  /** Derived at compile time: claims whose `disputes` name this one. */
  disputedBy: string[];
  /** Derived at compile time: claims whose `respondsTo` name this one. */
  answeredBy: string[];
}

/** What the index is about (data/story.json). */
export interface Story {
  name: string;
  summary: string;
}

export interface CompiledIndex {
  version: 1;
  /** Absent only in indexes built without data/story.json (unit-test fixtures). */
  story?: Story;
  articles: Article[];
  entities: Entity[];
  claims: Claim[];
}
