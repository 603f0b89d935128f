/**
 * The extension and `npm run scan` share one matcher: on the same page, the browser highlights
 * exactly the mentions and claim sentences the command-line scanner reports.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { ScanResult } from '../../utils/match/types';
import { highlighted, openFixture, writeSettings } from './page-harness';
import { snap } from './screenshots';
import { useExtensionSession } from './session';

const session = useExtensionSession();

// Every mention is marked, so the browser shows each one the scanner finds.
beforeAll(() => writeSettings(session.browser.worker, (s) => ({ ...s, markMode: 'every' })));

function scanFile(file: string): ScanResult {
  const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/scan.ts', file, '--json'], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as ScanResult;
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

test.each(['long-read.html', 'lark-report.html', 'trap-unrelated.html'])(
  '%s: the browser marks what the scanner finds',
  async (name) => {
    const expected = scanFile(join('tests', 'eval', name));
    const { page, errors } = await openFixture(
      session.browser.context,
      session.server.url(`eval/${name}`),
    );
    const painted = await highlighted(page);
    const { claim = [], ...entityKinds } = painted;
    expect(Object.values(entityKinds).flat().sort()).toEqual(
      expected.mentions.map((m) => m.text).sort(),
    );
    // A claim is painted as a marker on its sentence's last character: one per sentence found.
    expect(claim.sort()).toEqual(expected.claims.map((c) => flat(c.sentence).slice(-1)).sort());
    expect(errors).toEqual([]);
    if (name === 'long-read.html') await snap(page, 'page-long-read', { fullPage: true });
  },
);
