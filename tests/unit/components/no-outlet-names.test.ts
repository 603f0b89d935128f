/** Adding an outlet is a data change: no component or page-side code spells an outlet's name. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { literalOutletNames, outletNames } from '../../../utils/index/outlet-names';
import type { ArticleInput, EntityInput } from '../../../utils/index/schema';

const readData = <T>(name: string): T =>
  JSON.parse(readFileSync(resolve('data', name), 'utf8')) as T;

function sources(dir: string): string[] {
  return readdirSync(resolve(dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(tsx?|css)$/.test(entry.name) ? [path] : [];
  });
}

test('components, the page code and the citation code name no outlet', () => {
  const entities = readData<EntityInput[]>('entities.json').map((e) => ({
    ...e,
    aliases: e.aliases ?? [],
  }));
  const names = outletNames(readData<ArticleInput[]>('articles.json'), entities);
  expect(names.map((n) => n.text)).toContain('BuzzFeed News');
  const found = ['components', 'utils/page', 'utils/citation', 'entrypoints'].flatMap((dir) =>
    sources(dir).flatMap((path) =>
      literalOutletNames(readFileSync(path, 'utf8'), names).map((n) => `${path}: ${n.text}`),
    ),
  );
  expect(found).toEqual([]);
});
