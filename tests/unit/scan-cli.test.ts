import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { miniIndex } from './fixtures/mini-index';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
let dir = '';
let indexFile = '';

function scan(
  args: string[],
  input?: string | Buffer,
  stdin?: number,
  env: Record<string, string> = {},
) {
  const run = spawnSync(tsx, ['scripts/scan.ts', ...args], {
    cwd: root,
    input,
    stdio: stdin === undefined ? 'pipe' : [stdin, 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const withIndex = (...args: string[]) => [...args, '--index', indexFile];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scan-cli-'));
  chmodSync(dir, 0o755);
  indexFile = join(dir, 'index.json');
  writeFileSync(indexFile, JSON.stringify(miniIndex));
  writeFileSync(
    join(dir, 'page.html'),
    `<!doctype html><html><head><title>x</title><script>var t = "TikTok";</script></head><body>
      <p>Leaked recordings of more than 80 internal meetings show China-based <em>Byte</em> Dance staff accessed data.</p>
      <p>The <b>Project</b> Texas plan.</p></body></html>`,
  );
  writeFileSync(join(dir, 'plain.txt'), 'Bytedanse owns TikTok.');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  writeFileSync(
    join(dir, 'preload.html'),
    `<!doctype html><html><head><link rel="preload" href="/data.json" as="fetch" crossorigin>
      <link rel="preload" href="/font.woff2" as="font"></head><body><p>The Project Texas plan.</p></body></html>`,
  );
  writeFileSync(
    join(dir, 'svg-style.html'),
    `<!doctype html><html><body><header><svg width="10" height="10"><style>.a{fill:red}</style>
      <rect class="a"/></svg></header><p>The Project Texas plan.</p></body></html>`,
  );
  const utf16 = '\ufeffThe Project Texas plan.';
  writeFileSync(join(dir, 'utf16le.txt'), Buffer.from(utf16, 'utf16le'));
  writeFileSync(join(dir, 'utf16be.txt'), Buffer.from(utf16, 'utf16le').swap16());
  writeFileSync(join(dir, 'empty-index.json'), '{}');
  writeFileSync(
    join(dir, 'page.html.gz'),
    gzipSync('<!doctype html><html><body><p>The Project Texas plan.</p></body></html>'),
  );
  writeFileSync(
    join(dir, 'damaged.html.gz'),
    gzipSync('<p>The Project Texas plan.</p>').subarray(0, 20),
  );
  // 4 MB of elements nested 800,000 deep, then the text: happy-dom's own parser needed 3.4 GB.
  writeFileSync(
    join(dir, 'nested.html'),
    `<!doctype html><html><body>${'<div>'.repeat(800_000)}<p>The Project Texas plan.</p></body></html>`,
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scan command', { timeout: 120_000 }, () => {
  it('prints one JSON object for an HTML file', () => {
    const { code, stdout } = scan(withIndex(join(dir, 'page.html'), '--json'));
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.mentions.map((m: { entityId: string }) => m.entityId)).toEqual([
      'bytedance',
      'project-texas',
    ]);
    expect(result.mentions[0]).toMatchObject({
      text: 'Byte Dance',
      how: 'fuzzy',
      entityName: 'ByteDance',
    });
    expect(result.claims[0]).toMatchObject({
      claimId: 'leaked-audio-80-meetings',
      sources: ['001_40e0ef610f90da40.txt'],
    });
    expect(result.text).toBeUndefined();
  });

  it('adds the extracted text with --text and honours --strictness', () => {
    const { stdout } = scan(
      withIndex(join(dir, 'page.html'), '--json', '--text', '--strictness', 'strict'),
    );
    const result = JSON.parse(stdout);
    expect(result.text).toContain('The Project Texas plan.');
    expect(result.text).not.toContain('var t');
    expect(result.mentions.map((m: { entityId: string }) => m.entityId)).toEqual(['project-texas']);
  });

  it('reads text files and stdin, sniffing HTML', () => {
    const txt = JSON.parse(scan(withIndex(join(dir, 'plain.txt'), '--json')).stdout);
    expect(txt.mentions.map((m: { text: string }) => m.text)).toEqual(['Bytedanse', 'TikTok']);
    const piped = JSON.parse(
      scan(withIndex('-', '--json', '--text'), '<p>Tik<i>Tok</i></p>').stdout,
    );
    expect(piped.text).toBe('TikTok');
    expect(piped.mentions).toHaveLength(1);
  });

  it('prints a readable summary by default', () => {
    const { code, stdout } = scan(withIndex(join(dir, 'page.html')));
    expect(code).toBe(0);
    expect(stdout).toContain('ByteDance (bytedance) ×1 — fuzzy 1');
    expect(stdout).toContain('leaked-audio-80-meetings');
    expect(stdout).toContain('sources: 001_40e0ef610f90da40.txt');
  });

  it.each([
    [
      'a missing file',
      () => join(dir, 'nope.html'),
      /^scan: cannot read .*nope\.html: no such file\n$/,
    ],
    ['a directory', () => dir, /^scan: cannot read .*: is a directory\n$/],
    [
      'a binary file',
      () => join(dir, 'binary.txt'),
      /^scan: cannot read .*binary\.txt: looks like a binary file\n$/,
    ],
  ])('fails with one line for %s', (_label, file, message) => {
    const { code, stdout, stderr } = scan(withIndex(file()));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it.each([
    ['a relative preload link', 'preload.html'],
    ['a <style> in an inline <svg> early in the body', 'svg-style.html'],
    ['gzip', 'page.html.gz'],
  ])('reads a page with %s', (_label, file) => {
    const { code, stdout, stderr } = scan(withIndex(join(dir, file), '--json'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).mentions.map((m: { entityId: string }) => m.entityId)).toEqual([
      'project-texas',
    ]);
  });

  it('says a damaged gzip file is one, in one line', () => {
    const { code, stderr } = scan(withIndex(join(dir, 'damaged.html.gz')));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^scan: cannot read .*damaged\.html\.gz: a damaged gzip file\n$/);
  });

  it('reads a page nested 800,000 deep in bounded memory', () => {
    const { code, stdout, stderr } = scan(
      withIndex(join(dir, 'nested.html'), '--json'),
      undefined,
      undefined,
      {
        NODE_OPTIONS: '--max-old-space-size=1024',
      },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).mentions.map((m: { entityId: string }) => m.entityId)).toEqual([
      'project-texas',
    ]);
  });

  it.each(['utf16le.txt', 'utf16be.txt'])(
    'reads UTF-16 text with a byte order mark (%s)',
    (file) => {
      const { code, stdout } = scan(withIndex(join(dir, file), '--json'));
      expect(code).toBe(0);
      expect(JSON.parse(stdout).mentions).toHaveLength(1);
    },
  );

  it('says an index that is not a compiled index is not one, in one line', () => {
    const { code, stderr } = scan([
      join(dir, 'plain.txt'),
      '--index',
      join(dir, 'empty-index.json'),
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^scan: index .*empty-index\.json is not a compiled Fact Cards index.*\n$/,
    );
  });

  it('stops reading /dev/zero, as a file or as stdin, at the size limit', () => {
    const asFile = scan(withIndex('/dev/zero'));
    expect(asFile.code).toBe(1);
    expect(asFile.stderr).toMatch(/^scan: cannot read \/dev\/zero: too large \(limit 20 MB\)\n$/);
    const zero = openSync('/dev/zero', 'r');
    try {
      const piped = scan(withIndex('-'), undefined, zero);
      expect(piped.code).toBe(1);
      expect(piped.stderr).toMatch(/^scan: cannot read stdin: too large \(limit 20 MB\)\n$/);
    } finally {
      closeSync(zero);
    }
  });

  it('refuses files over 20 MB', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(21 * 1024 * 1024, 0x61));
    const { code, stderr } = scan(withIndex(big));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^scan: cannot read .*big\.txt: too large .*\n$/);
  });

  it('rejects bad flags with the usage line and exit code 2', () => {
    for (const args of [['--bogus', 'x.txt'], ['--strictness', 'extreme', 'x.txt'], []]) {
      const { code, stderr } = scan(args);
      expect(code).toBe(2);
      expect(stderr).toContain('usage: scan');
    }
  });

  it('explains how to build a missing index', () => {
    const { code, stderr } = scan([join(dir, 'plain.txt'), '--index', join(dir, 'missing.json')]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
