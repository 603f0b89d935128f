/** Where the Node tools find the curated data and the index generated from it. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
export const compiledIndexFile = join(dataDir, 'compiled', 'index.json');
export const compiledMatcherFile = join(dataDir, 'compiled', 'matcher.json');
/** The index asset the extension fetches (see utils/index/index-asset.ts). */
export const compiledAssetFile = join(dataDir, 'compiled', 'fact-index.bin');
/** The small asset a page is checked against before the index asset is fetched. */
export const compiledGateFile = join(dataDir, 'compiled', 'fact-gate.bin');
/** The asset's format and content hash, which the extension's scripts are built to expect. */
export const compiledAssetMetaFile = join(dataDir, 'compiled', 'asset-meta.json');

/** The seed documents the quotes come from: FACT_CARDS_SOURCES, or ../shared/seeds beside the repo. */
export const seedsDir = process.env.FACT_CARDS_SOURCES
  ? resolve(process.env.FACT_CARDS_SOURCES)
  : join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'seeds');
