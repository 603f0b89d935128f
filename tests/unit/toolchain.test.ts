/** What `npm test` and `npm ci` do on the README's Node 20: no second index build, no engine warnings. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
/** npm's own range rules (the package ships no types). */
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string): boolean;
  validRange(range: string): string | null;
};
const scripts: Record<string, string> = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8'),
).scripts;

/** Every script `npm run <name>` ends up running, in order, including itself. */
function expand(name: string): string[] {
  const body = scripts[name] ?? '';
  const runs = [...body.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1] as string);
  return [name, ...runs.flatMap(expand)];
}

/** Every installed package.json (nested ones too). */
function* packages(dir: string): Generator<{ name: string; engines?: { node?: string } }> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (entry.startsWith('@')) {
      yield* packages(path);
      continue;
    }
    const manifest = join(path, 'package.json');
    if (existsSync(manifest)) yield JSON.parse(readFileSync(manifest, 'utf8'));
    yield* packages(join(path, 'node_modules'));
  }
}

describe('toolchain', () => {
  test('`npm test` compiles the index once', () => {
    expect(expand('test').filter((name) => name === 'build:index')).toHaveLength(1);
  });

  test('every installed package supports Node 20 (npm warns of none)', () => {
    const node20 = '20.19.0';
    const unsupported = [...packages(join(root, 'node_modules'))]
      .filter((p) => p.engines?.node && semver.validRange(p.engines.node))
      .filter((p) => !semver.satisfies(node20, p.engines?.node as string))
      .map((p) => `${p.name} (${p.engines?.node})`);
    expect(unsupported).toEqual([]);
  });
});
