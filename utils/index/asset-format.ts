/**
 * The container of the index asset the build makes (scripts/build-index.ts) and the extension
 * fetches: a fixed preamble, a JSON header naming the asset's format version, the content hash of
 * the index it was made from and its sections, then the sections' bytes. The container knows
 * nothing of what a section holds: each entry names its encoding (today every section is JSON
 * text), and a section is decoded only when first read, so a page pays only for what it uses.
 */

/** "FCIX": what the asset's first four bytes say. */
const MAGIC = 0x58494346;
/** Bumped whenever the container or a section's layout changes. */
export const ASSET_FORMAT = 1;
/** Sections start at multiples of this, so typed arrays can view them in place. */
const ALIGN = 8;

export type SectionEncoding = 'json';

export interface SectionEntry {
  name: string;
  encoding: SectionEncoding;
  /** Byte offset from the start of the asset. */
  offset: number;
  length: number;
}

export interface AssetHeader {
  format: number;
  /** Content hash of the index the asset was made from (see `indexHash`). */
  hash: string;
  sections: SectionEntry[];
}

/** What a build expects of the asset it ships: a content script built for one index refuses another. */
export interface AssetExpectation {
  format: number;
  hash: string;
}

/** The asset is not the one this code was built for, or it is not an index asset at all. */
export class AssetMismatchError extends Error {
  override name = 'AssetMismatchError';
}

export interface AssetSectionInput {
  name: string;
  encoding: SectionEncoding;
  bytes: Uint8Array;
}

const pad = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

/** Lays sections out after the header, each aligned for typed-array views. */
export function encodeAsset(hash: string, sections: readonly AssetSectionInput[]): Uint8Array {
  const encoder = new TextEncoder();
  // The header holds offsets, which depend on its own length: lay out until it stops growing.
  let headerBytes = new Uint8Array(0);
  let entries: SectionEntry[] = [];
  for (let guess = 0; ; ) {
    let offset = pad(8 + guess);
    entries = sections.map(({ name, encoding, bytes }) => {
      const entry = { name, encoding, offset, length: bytes.length };
      offset = pad(offset + bytes.length);
      return entry;
    });
    const header: AssetHeader = { format: ASSET_FORMAT, hash, sections: entries };
    headerBytes = encoder.encode(JSON.stringify(header));
    if (headerBytes.length <= guess) break;
    guess = headerBytes.length + 16;
  }
  const last = entries[entries.length - 1];
  const out = new Uint8Array(last ? pad(last.offset + last.length) : pad(8 + headerBytes.length));
  // The header is padded with spaces up to the first section: JSON ignores them.
  out.fill(0x20, 8, entries[0]?.offset ?? out.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, (entries[0]?.offset ?? out.length) - 8, true);
  out.set(headerBytes, 8);
  sections.forEach((section, i) => {
    out.set(section.bytes, (entries[i] as SectionEntry).offset);
  });
  return out;
}

export interface DecodedAsset {
  header: AssetHeader;
  buffer: ArrayBuffer;
  has(name: string): boolean;
  /** A section's bytes, viewed in place. */
  bytes(name: string): Uint8Array;
  /** A JSON section, parsed. */
  json<T>(name: string): T;
}

/**
 * Reads the header and checks it against what the build expects; sections are read when asked.
 * Throws `AssetMismatchError` saying what differs when the asset is of another index or format.
 */
export function decodeAsset(buffer: ArrayBuffer, expected: AssetExpectation): DecodedAsset {
  const view = new DataView(buffer);
  if (buffer.byteLength < 8 || view.getUint32(0, true) !== MAGIC) {
    throw new AssetMismatchError('Fact Cards: the index asset is not an index asset (bad magic).');
  }
  const headerLength = view.getUint32(4, true);
  let header: AssetHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, headerLength)));
  } catch {
    throw new AssetMismatchError('Fact Cards: the index asset has an unreadable header.');
  }
  if (header.format !== expected.format) {
    throw new AssetMismatchError(
      `Fact Cards: the index asset has format ${header.format}, this build reads format ${expected.format}: rebuild the extension (npm run build).`,
    );
  }
  if (header.hash !== expected.hash) {
    throw new AssetMismatchError(
      `Fact Cards: the index asset was made from index ${header.hash}, this build expects index ${expected.hash}: the asset and the scripts come from different builds (npm run build).`,
    );
  }
  const entry = (name: string): SectionEntry => {
    const found = header.sections.find((s) => s.name === name);
    if (!found || found.offset + found.length > buffer.byteLength) {
      throw new AssetMismatchError(`Fact Cards: the index asset has no section "${name}".`);
    }
    return found;
  };
  return {
    header,
    buffer,
    has: (name) => header.sections.some((s) => s.name === name),
    bytes(name) {
      const { offset, length } = entry(name);
      return new Uint8Array(buffer, offset, length);
    },
    json<T>(name: string): T {
      return JSON.parse(new TextDecoder().decode(this.bytes(name))) as T;
    },
  };
}
