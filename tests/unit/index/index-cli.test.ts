/** `npm run index -- check|add`: the curators' tool, run as a curator would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
let dir = '';

function index(args: string[]) {
  const run = spawnSync(tsx, ['scripts/index.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'index-cli-'));
  writeFileSync(
    join(dir, 'new.txt'),
    'TikTok data reached China\n\nLeaked audio from more than 80 internal TikTok meetings shows that China-based ByteDance employees repeatedly accessed nonpublic data about US TikTok users, BuzzFeed News reported.\n',
  );
  writeFileSync(join(dir, 'binary.txt'), 'a\u0000b');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each case starts tsx and compiles the index: slow on a loaded machine, never a hang.
describe('index', { timeout: 120_000 }, () => {
  test('check validates the data and reports coverage per document', () => {
    const run = index(['check']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ok: 5 articles, \d+ entities, \d+ claims, \d+ quotes;/);
    expect(run.stdout).toMatch(
      /001_40e0ef610f90da40\.txt buzzfeed-audio \(BuzzFeed News; synonym-spun\): \d+ claims, \d+ quotes \(\d+ own, 0 relayed, \d+ dated\), \d+% of the text quoted; unverified: url/,
    );
    expect(run.stdout).toMatch(
      /002_e8e945add41886bf\.txt borncity-audio .*original\): .* [1-9]\d* relayed/,
    );
  });

  test('add shows what the index already finds, and a skeleton record', () => {
    const run = index(['add', join(dir, 'new.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ByteDance (bytedance)');
    expect(run.stdout).toMatch(/\[0\.\d\d\] bf-leaked-audio-china-accessed-us-data/);
    const json = run.stdout.slice(run.stdout.indexOf('{'), run.stdout.lastIndexOf('}') + 1);
    expect(JSON.parse(json)).toMatchObject({
      id: 'tiktok-data-reached-china',
      document: 'new.txt',
      headline: 'TikTok data reached China',
      verified: [],
    });
  });

  test('bad input gets a clear message', () => {
    expect(index([]).code).toBe(2);
    const missing = index(['add', join(dir, 'absent.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^cannot read .*absent\.txt/);
    const binary = index(['add', join(dir, 'binary.txt')]);
    expect(binary.stderr).toMatch(/is not a text file/);
  });
});
