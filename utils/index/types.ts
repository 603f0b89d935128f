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
  /** Facts from outside the documents, each with its own source, shown labelled "Background". */
  background?: Background[];
  /** Every name, the canonical one first (it is always `when: 'always'`). */
  aliases: Alias[];
  related: string[];
  /**
   * How a passage about this entity refers back to it without its name ("the app", "the CEO"),
   * beyond what every entity of its type gets ("the company", "he"): see claim subjects.
   */
  referredToAs?: string[];
}

/** How faithful the text we hold is to the publication it copies. */
export type FidelityKind = 'original' | 'machine-translated' | 'synonym-spun' | 'summary';

export interface Fidelity {
  kind: FidelityKind;
  note: string;
}

export type ArticleField = 'outlet' | 'headline' | 'authors' | 'published' | 'url';

export interface BackgroundSource {
  publisher: string;
  title: string;
  url: string | null;
  published?: string;
  verified: ('publisher' | 'title' | 'url' | 'published')[];
}

export interface Background {
  text: string;
  source: BackgroundSource;
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
  verified: ArticleField[];
  fidelity: Fidelity;
  shortName?: string;
}

/** W3C Web Annotation TextQuoteSelector of a quote in its document, computed at build time. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  /** The quoted passage as the document has it. */
  exact: string;
  prefix: string;
  suffix: string;
}

export interface QuotedPassage {
  article: string;
  quote: string;
  selector: TextQuoteSelector;
}

export interface Citation extends QuotedPassage {
  /** null: the article's own reporting; else the id of the article whose reporting it relays. */
  derivedFrom: string | null;
  /** Derived: the article the reporting originates from (itself when not derived). */
  origin: string;
  /** When the quoted statement was made, where that differs from the publication date. */
  statedOn?: string;
  /** The original's own words for an altered copy's passage, as another document quotes them. */
  originalWording?: QuotedPassage;
}

export type ClaimKind = 'reported-fact' | 'assertion' | 'denial' | 'analysis';

/**
 * What the index can say about a claim, in the spirit of schema.org ClaimReview's rating, derived
 * at compile time from its citations and links.
 */
export type ClaimStatus =
  /** A party to the claim confirmed it (a `confirms` link from its statement). */
  | 'confirmed-by-subject'
  /** Another claim disputes it. */
  | 'disputed'
  /** Two or more independent reports. */
  | 'corroborated'
  /** One original report, however many outlets relay it. */
  | 'single-source'
  /** A party's own statement, reported as said. */
  | 'statement'
  /** Opinion or analysis by the writer or an interviewee. */
  | 'analysis';

export interface Claim {
  id: string;
  text: string;
  kind: ClaimKind;
  entities: string[];
  keywords: string[];
  citations: Citation[];
  /** Claims this one (a party's statement) confirms. */
  confirms: string[];
  /** Facts from outside the documents with their own sources; absent or empty: none. */
  background?: Background[];
  /** Derived: claims whose `confirms` name this one. */
  confirmedBy: string[];
  /** Derived: the articles of independent origin behind the claim, in citation order. */
  origins: string[];
  /** Derived: the articles that only relay another's reporting of the claim. */
  relays: string[];
  status: ClaimStatus;
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
