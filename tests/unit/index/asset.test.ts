/**
 * The index asset (data/compiled/fact-index.bin): its container refuses an asset of another index
 * or format with a message saying so, and what a page reads from it matches exactly as the whole
 * index does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  ASSET_FORMAT,
  AssetMismatchError,
  decodeAsset,
  encodeAsset,
} from '../../../utils/index/asset-format';
import { fetchIndexAsset } from '../../../utils/index/bundled-asset';
import { buildIndexAsset, matchIndexOf, readIndexAsset } from '../../../utils/index/index-asset';
import type { CompiledIndex } from '../../../utils/index/types';
import { createMatcher } from '../../../utils/match/matcher';
import { fitsIndex, prepareIndex } from '../../../utils/match/prepared';
import { createLazyLookup } from '../../../utils/page/lazy-lookup';
import { extractText } from '../../../utils/text/extract';
import { evalPages } from '../../eval/evaluate';
import { miniIndex } from '../fixtures/mini-index';

const compiledDir = join(import.meta.dirname, '../../../data/compiled');
const evalDir = join(import.meta.dirname, '../../eval');

function readCompiled(name: string): Buffer {
  const file = join(compiledDir, name);
  if (!existsSync(file)) {
    throw new Error(`data/compiled/${name} is missing: run \`npm run build:index\``);
  }
  return readFileSync(file);
}

const toBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

const expected = { format: ASSET_FORMAT, hash: 'abc123' };
const sample = () =>
  toBuffer(
    encodeAsset('abc123', [
      { name: 'one', encoding: 'json', bytes: new TextEncoder().encode('{"a":[1,2]}') },
      { name: 'two', encoding: 'json', bytes: new TextEncoder().encode('"ü"') },
    ]),
  );

describe('asset container', () => {
  it('gives back each section, aligned for typed arrays', () => {
    const asset = decodeAsset(sample(), expected);
    expect(asset.json('one')).toEqual({ a: [1, 2] });
    expect(asset.json('two')).toBe('ü');
    for (const section of asset.header.sections) expect(section.offset % 8).toBe(0);
    expect(asset.has('three')).toBe(false);
    expect(() => asset.json('three')).toThrow(/no section "three"/);
  });

  it('refuses an asset made from another index, naming both hashes', () => {
    const error = (() => {
      try {
        decodeAsset(sample(), { ...expected, hash: 'def456' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AssetMismatchError);
    expect((error as Error).message).toBe(
      'Fact Cards: the index asset was made from index abc123, this build expects index def456: the asset and the scripts come from different builds (npm run build).',
    );
  });

  it('refuses another format and what is no asset at all', () => {
    expect(() => decodeAsset(sample(), { ...expected, format: ASSET_FORMAT + 1 })).toThrow(
      /has format 1, this build reads format 2/,
    );
    expect(() => decodeAsset(new TextEncoder().encode('{"version":1}').buffer, expected)).toThrow(
      /not an index asset/,
    );
    expect(() => decodeAsset(new ArrayBuffer(0), expected)).toThrow(AssetMismatchError);
  });
});

describe('the built asset', () => {
  const index = JSON.parse(readCompiled('index.json').toString('utf8')) as CompiledIndex;
  const meta = JSON.parse(readCompiled('asset-meta.json').toString('utf8'));
  const asset = readIndexAsset(toBuffer(readCompiled('fact-index.bin')), meta);

  it('is what the build makes of the compiled index (regenerate with `npm run build:index`)', () => {
    expect(asset.cards()).toEqual(index);
    expect(asset.matchIndex()).toEqual(matchIndexOf(index));
    expect(asset.prepared()).toEqual(JSON.parse(JSON.stringify(prepareIndex(index))));
  });

  it('leaves what only cards show out of the matcher’s copy', () => {
    const matchIndex = asset.matchIndex();
    expect(matchIndex.entities.every((e) => e.description === '')).toBe(true);
    expect(matchIndex.claims.flatMap((c) => c.citations).every((c) => c.quote === '')).toBe(true);
    expect(matchIndex.entities.some((e) => e.background)).toBe(false);
    expect(matchIndex.articles.every((a) => a.headline === '')).toBe(true);
    expect(JSON.stringify(matchIndex).length).toBeLessThan(JSON.stringify(index).length);
    expect(fitsIndex(asset.prepared(), matchIndex)).toBe(true);
  });

  it('matches every evaluation page exactly as the whole index does', () => {
    const texts = evalPages().map((file) => {
      const content = readFileSync(join(evalDir, file), 'utf8');
      if (!file.endsWith('.html')) return content;
      return extractText(new DOMParser().parseFromString(content, 'text/html').body).text;
    });
    const whole = createMatcher(index, { prepared: asset.prepared() });
    const fromAsset = createMatcher(asset.matchIndex(), { prepared: asset.prepared() });
    let found = 0;
    for (const text of texts) {
      const result = fromAsset.scan(text);
      found += result.mentions.length + result.claims.length;
      expect(JSON.parse(JSON.stringify(result))).toEqual(
        JSON.parse(JSON.stringify(whole.scan(text))),
      );
    }
    expect(found).toBeGreaterThan(0);
  });

  it('is fetched from the extension and checked against the build’s hash', async () => {
    const bytes = readCompiled('fact-index.bin');
    const fetchOk = vi.fn(async () => new Response(new Uint8Array(bytes)));
    const loaded = await fetchIndexAsset({
      getUrl: (path) => `chrome-extension://x${path}`,
      fetch: fetchOk,
      expected: meta,
    });
    expect(fetchOk).toHaveBeenCalledWith('chrome-extension://x/fact-index.bin');
    expect(loaded.hash).toBe(meta.hash);
    await expect(
      fetchIndexAsset({
        getUrl: (path) => path,
        fetch: async () => new Response(new Uint8Array(bytes)),
        expected: { ...meta, hash: '0000000000000000' },
      }),
    ).rejects.toThrow(/expects index 0000000000000000/);
    await expect(
      fetchIndexAsset({
        getUrl: (path) => path,
        fetch: async () => new Response('', { status: 404 }),
        expected: meta,
      }),
    ).rejects.toThrow(/could not be read \(404/);
  });
});

describe('card data', () => {
  it('is read when first asked for, once', () => {
    const asset = readIndexAsset(
      toBuffer(buildIndexAsset(miniIndex, prepareIndex(miniIndex), 'mini')),
      { format: ASSET_FORMAT, hash: 'mini' },
    );
    const load = vi.fn(() => asset.cards());
    const lookup = createLazyLookup(load);
    expect(load).not.toHaveBeenCalled();
    const first = miniIndex.entities[0];
    expect(lookup.entity(first?.id ?? '')?.description).toBe(first?.description);
    expect(lookup.claimsOf(first?.id ?? '')).toEqual(
      miniIndex.claims.filter((c) => c.entities.includes(first?.id ?? '')),
    );
    expect(load).toHaveBeenCalledTimes(1);
  });
});
