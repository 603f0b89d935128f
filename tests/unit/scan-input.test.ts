/** The scanner's input and summary, in process: bounded reads, error lines, a one-pass summary. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput, ScanError } from '../../scripts/scan-input';
import { summary } from '../../scripts/scan-summary';
import type { ScanResult } from '../../utils/match/types';

type FoundMention = ScanResult['mentions'][number];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scan-input-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInput', () => {
  it('gives up on a FIFO nobody writes to, with one line', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const read = readInput(fifo, { waitMs: 300 });
    await expect(read).rejects.toThrow(ScanError);
    await expect(read).rejects.toThrow(/^cannot read .*fifo: nothing arrived for 0 s$/);
  });

  it('says "permission denied" for a file it may not read, wherever the checkout is', async () => {
    // Root may read anything, so the refusal the file system would give is made here.
    const denied = Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' });
    const open = () =>
      new Readable({
        read() {
          this.destroy(denied);
        },
      });
    const file = join(dir, 'locked.txt');
    execFileSync('touch', [file]);
    await expect(readInput(file, { open })).rejects.toThrow(
      /^cannot read .*locked\.txt: permission denied$/,
    );
  });

  it('stops a stream at the size limit without reading it all', async () => {
    let served = 0;
    const endless = new Readable({
      read() {
        served += 1 << 20;
        this.push(Buffer.alloc(1 << 20, 0x61));
      },
    });
    await expect(readInput('-', { stdin: endless })).rejects.toThrow(/too large/);
    expect(served).toBeLessThan(40 << 20);
  });
});

describe('summary', () => {
  it('groups 200,000 mentions in one pass', () => {
    const mention = (i: number): FoundMention =>
      ({
        entityId: `e${i % 5}`,
        entityName: `E${i % 5}`,
        alias: 'x',
        text: 'x',
        start: i * 2,
        end: i * 2 + 1,
        how: 'exact',
        score: 1,
      }) as FoundMention;
    const result = {
      mentions: Array.from({ length: 200_000 }, (_, i) => mention(i)),
      claims: [],
    } as unknown as ScanResult;
    const text = summary('dense.txt', 'x '.repeat(200_000), result);
    expect(text).toContain('200000 mentions of 5 entities');
    expect(text).toContain('E0 (e0) ×40000 — exact 40000');
  });
});
