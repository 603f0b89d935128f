/** What the matcher finds in a text. Offsets are UTF-16 offsets into the text it was given. */

export type MatchHow =
  /** The canonical name, exactly. */
  | 'exact'
  /** Another listed alias, exactly. */
  | 'alias'
  /** A close spelling of a long, distinctive alias (fuse.js). */
  | 'fuzzy'
  /** A short form (surname, "Mr. Chew") accepted because the full name came earlier on the page. */
  | 'follow-up';

export interface Mention {
  start: number;
  end: number;
  /** The page's words, as they stand in the text. */
  text: string;
  entityId: string;
  entityName: string;
  how: MatchHow;
  /** The alias it was matched against. */
  alias: string;
  /** 1 for exact matches; fuse.js similarity (1 − score) for fuzzy ones. */
  score: number;
  /** One sentence a card can show: why this was recognised. */
  why: string;
}

export interface ClaimMatch {
  start: number;
  end: number;
  sentence: string;
  claimId: string;
  /** 0..1, explained by `why`. */
  score: number;
  /** Document file names of the claim's citations. */
  sources: string[];
  /** The distinctive words and numbers the sentence shares with the claim. */
  shared: string[];
  why: string;
}

/** What a scan of one part of a page may know of the parts before it. */
export interface ScanContext {
  /** Ids of the entities named (not merely guessed at by a close spelling) earlier on the page. */
  namedBefore?: ReadonlySet<string>;
}

export interface ScanResult {
  mentions: Mention[];
  claims: ClaimMatch[];
}

/** How eager matching is: `strict` takes no fuzzy matches, `loose` accepts weaker ones. */
export type Strictness = 'strict' | 'balanced' | 'loose';
