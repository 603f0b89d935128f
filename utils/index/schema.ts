import * as v from 'valibot';

/**
 * Schemas of the hand-curated files in `data/`. Optional fields get their defaults here, so the
 * compiler and everything after it see complete records.
 */

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, -)'),
);
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

export const ArticleSchema = v.object({
  id: Id,
  document: v.pipe(v.string(), v.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must be a seed file name')),
  outlet: NonEmpty,
  headline: NonEmpty,
  titleInDocument: NonEmpty,
  authors: v.array(NonEmpty),
  published: v.pipe(
    v.string(),
    v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  ),
  url: v.nullable(v.pipe(v.string(), v.url('must be a URL'))),
  verified: v.array(v.picklist(['outlet', 'headline', 'authors', 'published', 'url'])),
  /** How faithful the text we hold (the seed document) is to the publication. */
  fidelity: v.object({
    kind: v.picklist(
      ['original', 'machine-translated', 'synonym-spun', 'summary'],
      'must be one of original, machine-translated, synonym-spun, summary',
    ),
    note: v.string(),
  }),
  /** A short name for narrow columns ("Born"); the outlet itself when absent. */
  shortName: v.optional(NonEmpty),
});

const PartialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** A fact from outside the five documents: it carries its own source and shows as background. */
export const BackgroundSchema = v.object({
  text: v.pipe(NonEmpty, v.maxLength(300, 'must be one sentence (≤ 300 chars)')),
  source: v.object({
    publisher: NonEmpty,
    title: NonEmpty,
    url: v.nullable(v.pipe(v.string(), v.url('must be a URL'))),
    published: v.optional(PartialDate),
    verified: v.array(v.picklist(['publisher', 'title', 'url', 'published'])),
  }),
});

export const AliasSchema = v.object({
  text: NonEmpty,
  caseSensitive: v.optional(v.boolean(), false),
  when: v.optional(
    v.picklist(['always', 'afterFullName', 'withRelated', 'sameSentence']),
    'always',
  ),
  variant: v.optional(v.picklist(['reprint', 'translation', 'informal'])),
  ambiguous: v.optional(v.boolean()),
  note: v.optional(v.string()),
});

export const EntitySchema = v.object({
  id: Id,
  name: NonEmpty,
  type: v.picklist([
    'person',
    'organization',
    'product',
    'project',
    'government',
    'event',
    'law',
    'place',
  ]),
  /**
   * `story`: the story's own entities (TikTok, Project Texas); `general`: well-known entities
   * the story involves (Facebook, the Pentagon), marked only on pages about the story.
   */
  scope: v.picklist(['story', 'general'], 'must be "story" or "general"'),
  description: v.pipe(NonEmpty, v.maxLength(400, 'must be one or two sentences (≤ 400 chars)')),
  background: v.optional(v.array(BackgroundSchema), []),
  aliases: v.optional(v.array(AliasSchema), []),
  related: v.optional(v.array(Id), []),
  referredToAs: v.optional(v.array(NonEmpty), []),
});

const Quote = v.pipe(NonEmpty, v.maxLength(600, 'must be one or two sentences (≤ 600 chars)'));

export const CitationSchema = v.object({
  article: Id,
  quote: Quote,
  /**
   * Whose reporting this passage is: null for the article's own, or the id of the article it
   * relays. Required, so every new citation answers the question.
   */
  derivedFrom: v.nullable(Id),
  /** When the quoted statement was made, where that differs from the publication date. */
  statedOn: v.optional(PartialDate),
  /** The original's own words for an altered copy's passage, as another document quotes them. */
  originalWording: v.optional(v.object({ article: Id, quote: Quote })),
});

export const ClaimSchema = v.object({
  id: Id,
  text: v.pipe(NonEmpty, v.maxLength(400, 'must be one sentence (≤ 400 chars)')),
  kind: v.picklist(['reported-fact', 'assertion', 'denial', 'analysis']),
  entities: v.pipe(v.array(Id), v.minLength(1, 'must name at least one entity')),
  keywords: v.optional(v.array(NonEmpty), []),
  citations: v.pipe(v.array(CitationSchema), v.minLength(1, 'must cite at least one article')),
  /** Claims this one (a statement by a party to them) confirms. */
  confirms: v.optional(v.array(Id), []),
  background: v.optional(v.array(BackgroundSchema), []),
  disputes: v.optional(v.array(Id), []),
  respondsTo: v.optional(v.array(Id), []),
  subjects: v.optional(v.array(Id)),
  speakers: v.optional(v.array(Id), []),
  paraphrases: v.optional(v.array(NonEmpty), []),
  polarity: v.optional(v.picklist(['positive', 'negative']), 'positive'),
});

/** The story the index is about, as a reader is told it ("the TikTok US-data story"). */
export const StorySchema = v.object({
  name: NonEmpty,
  summary: NonEmpty,
});

export type ArticleInput = v.InferOutput<typeof ArticleSchema>;
export type EntityInput = v.InferOutput<typeof EntitySchema>;
export type ClaimInput = v.InferOutput<typeof ClaimSchema>;

export type BackgroundInput = v.InferOutput<typeof BackgroundSchema>;

export interface RawData {
  articles: unknown;
  entities: unknown;
  claims: unknown;
  /** data/story.json; older callers may leave it out. */
  story?: unknown;
  /** The seed documents by file name: quotes are checked and their selectors computed here. */
  documents: ReadonlyMap<string, string>;
}
