/**
 * What the index asset holds, section by section, and how the extension reads it back:
 * - `match-index`: the index as the matcher reads it, without what only cards show (descriptions,
 *   quotes, headlines, authors…), so a page parses only what matching needs;
 * - `prepared`: the matcher's text work on the index done at build time (`prepareIndex`);
 * - `cards`: the whole index, parsed when the first card opens (or by the popup and index page).
 * The matcher-facing types stay those of `CompiledIndex` and `PreparedIndex`. A second, small
 * asset of the same container holds the `gate` (`term-gate.ts`): what a page is checked against
 * before the index itself is fetched.
 */
import type { PreparedIndex } from '../match/prepared';
import {
  type AssetExpectation,
  type AssetSectionInput,
  type DecodedAsset,
  decodeAsset,
  encodeAsset,
} from './asset-format';
import { type TermGate, termGateOf } from './term-gate';
import type { CompiledIndex } from './types';

/** The assets' paths inside the extension. */
export const INDEX_ASSET_PATH = '/fact-index.bin';
export const GATE_ASSET_PATH = '/fact-gate.bin';

export const SECTIONS = {
  matchIndex: 'match-index',
  prepared: 'prepared',
  cards: 'cards',
  gate: 'gate',
} as const;

/**
 * The index with the long texts only cards show left empty or out (descriptions, background,
 * quotes and their selectors, headlines): ids, names, aliases, relations, claim wording and which
 * articles cite a claim stay, as the matcher and its explanations use them. Every other field is
 * kept as it is, so fields added to the index reach the matcher's copy unless listed here.
 */
export function matchIndexOf(index: CompiledIndex): CompiledIndex {
  return {
    ...index,
    entities: index.entities.map(({ background: _background, ...entity }) => ({
      ...entity,
      description: '',
      aliases: entity.aliases.map(({ note: _note, ...alias }) => alias),
    })),
    claims: index.claims.map(({ background: _background, ...claim }) => ({
      ...claim,
      citations: claim.citations.map(({ originalWording: _wording, ...citation }) => ({
        ...citation,
        quote: '',
        selector: { type: citation.selector.type, exact: '', prefix: '', suffix: '' },
      })),
    })),
    articles: index.articles.map((article) => ({ ...article, headline: '', titleInDocument: '' })),
  };
}

const json = (name: string, value: unknown): AssetSectionInput => ({
  name,
  encoding: 'json',
  bytes: new TextEncoder().encode(JSON.stringify(value)),
});

/** The asset's bytes for `index` (whose content hash is `hash`) and its prepared tables. */
export function buildIndexAsset(
  index: CompiledIndex,
  prepared: PreparedIndex,
  hash: string,
): Uint8Array {
  return encodeAsset(hash, [
    json(SECTIONS.matchIndex, matchIndexOf(index)),
    json(SECTIONS.prepared, prepared),
    json(SECTIONS.cards, index),
  ]);
}

/** The gate asset's bytes (see `termGateOf`), tied to the same index by the same hash. */
export function buildGateAsset(prepared: PreparedIndex, hash: string): Uint8Array {
  return encodeAsset(hash, [json(SECTIONS.gate, termGateOf(prepared))]);
}

export function readGateAsset(buffer: ArrayBuffer, expected: AssetExpectation): TermGate {
  return decodeAsset(buffer, expected).json<TermGate>(SECTIONS.gate);
}

/** The asset as the extension uses it: each part decoded on first use, then kept. */
export interface IndexAsset {
  hash: string;
  /** The index as the matcher reads it (see `matchIndexOf`). */
  matchIndex(): CompiledIndex;
  prepared(): PreparedIndex;
  /** The whole index, for cards, the popup and the index page. */
  cards(): CompiledIndex;
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/** Checks the asset against the build's expectation (see `decodeAsset`) and reads it lazily. */
export function readIndexAsset(buffer: ArrayBuffer, expected: AssetExpectation): IndexAsset {
  const asset: DecodedAsset = decodeAsset(buffer, expected);
  return {
    hash: asset.header.hash,
    matchIndex: once(() => asset.json<CompiledIndex>(SECTIONS.matchIndex)),
    prepared: once(() => asset.json<PreparedIndex>(SECTIONS.prepared)),
    cards: once(() => asset.json<CompiledIndex>(SECTIONS.cards)),
  };
}
