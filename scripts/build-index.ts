/**
 * Compiles data/*.json into data/compiled/index.json, the index the extension and `scan` load,
 * and data/compiled/matcher.json, the matcher's text work on that index done ahead of time (the
 * extension's content script starts faster with it; results are the same without it).
 * The output is generated: edit the data files, never the output.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileIndex, IndexDataError } from '../utils/index/compile';
import { prepareIndex } from '../utils/match/prepared';
import {
  dataDir,
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
    documents: readSeedDocuments(),
  });
  const json = JSON.stringify(index);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, json);
  const prepared = JSON.stringify(prepareIndex(index));
  writeFileSync(preparedFile, prepared);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `index: ${index.entities.length} entities, ${index.claims.length} claims, ${index.articles.length} articles → data/compiled/index.json (${kb(Buffer.byteLength(json))} raw, ${kb(gzipSync(json).length)} gzipped), data/compiled/matcher.json (${kb(Buffer.byteLength(prepared))} raw)`,
  );
} catch (error) {
  console.error(
    error instanceof IndexDataError ? error.message : `build-index: ${(error as Error).message}`,
  );
  process.exit(1);
}
