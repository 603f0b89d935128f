/**
 * Compiles data/*.json into data/compiled/index.json, the index `scan` and the tests load,
 * data/compiled/matcher.json, the matcher's text work on that index done ahead of time, and
 * data/compiled/fact-index.bin, both of them as the asset the extension fetches, tied to the index
 * by a content hash that data/compiled/asset-meta.json gives the extension's scripts, and
 * data/compiled/fact-gate.bin, the words a page is checked for before the index is fetched.
 * The output is generated: edit the data files, never the output.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ASSET_FORMAT } from '../utils/index/asset-format';
import { compileIndex, IndexDataError } from '../utils/index/compile';
import { buildGateAsset, buildIndexAsset } from '../utils/index/index-asset';
import { prepareIndex } from '../utils/match/prepared';
import { indexHash } from './index-hash';
import {
  compiledAssetFile as assetFile,
  compiledAssetMetaFile as assetMetaFile,
  dataDir,
  compiledGateFile as gateFile,
  compiledIndexFile as outFile,
  compiledMatcherFile as preparedFile,
} from './paths';
import { readSeedDocuments } from './seed-documents';

function readJson(name: string): unknown {
  const path = join(dataDir, name);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${join('data', name)}: ${(error as Error).message}`);
  }
}

try {
  const index = compileIndex({
    articles: readJson('articles.json'),
    entities: readJson('entities.json'),
    claims: readJson('claims.json'),
    story: readJson('story.json'),
    documents: readSeedDocuments(),
  });
  const json = JSON.stringify(index);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, json);
  const preparedIndex = prepareIndex(index);
  const prepared = JSON.stringify(preparedIndex);
  writeFileSync(preparedFile, prepared);
  // Only the index decides the hash: the same data always gives the same hash.
  const hash = indexHash(json);
  const asset = buildIndexAsset(index, preparedIndex, hash);
  writeFileSync(assetFile, asset);
  writeFileSync(gateFile, buildGateAsset(preparedIndex, hash));
  writeFileSync(assetMetaFile, `${JSON.stringify({ format: ASSET_FORMAT, hash })}\n`);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `index: ${index.entities.length} entities, ${index.claims.length} claims, ${index.articles.length} articles → data/compiled/index.json (${kb(Buffer.byteLength(json))} raw, ${kb(gzipSync(json).length)} gzipped), data/compiled/matcher.json (${kb(Buffer.byteLength(prepared))} raw), data/compiled/fact-index.bin (${kb(asset.length)} raw, ${kb(gzipSync(asset).length)} gzipped, index ${hash})`,
  );
} catch (error) {
  console.error(
    error instanceof IndexDataError ? error.message : `build-index: ${(error as Error).message}`,
  );
  process.exit(1);
}
