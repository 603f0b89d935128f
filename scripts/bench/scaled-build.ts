/**
 * A copy of the built Chromium extension whose index asset is the synthetic SCALE× index: the
 * scripts are the same, only the index hash they expect is that of the scaled index.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndexAsset } from '../../utils/index/index-asset';
import type { CompiledIndex } from '../../utils/index/types';
import { prepareIndex } from '../../utils/match/prepared';
import { indexHash } from '../index-hash';
import { compiledAssetMetaFile } from '../paths';
import { scaledIndex } from './scaled-index';

export function scaledExtension(
  builtDir: string,
  outDir: string,
  index: CompiledIndex,
): { dir: string; index: CompiledIndex; assetBytes: number } {
  const big = scaledIndex(index);
  const hash = indexHash(JSON.stringify(big));
  const asset = buildIndexAsset(big, prepareIndex(big), hash);
  const realHash = (JSON.parse(readFileSync(compiledAssetMetaFile, 'utf8')) as { hash: string })
    .hash;
  cpSync(builtDir, outDir, { recursive: true });
  writeFileSync(join(outDir, 'fact-index.bin'), asset);
  const scripts = readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.js'));
  let replaced = 0;
  for (const name of scripts) {
    const file = join(outDir, name);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(realHash)) continue;
    writeFileSync(file, text.replaceAll(realHash, hash));
    replaced++;
  }
  if (replaced === 0) throw new Error(`no script of ${builtDir} expects index ${realHash}`);
  return { dir: outDir, index: big, assetBytes: asset.length };
}
