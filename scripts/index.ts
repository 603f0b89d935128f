/**
 * index: curators' tool for the data files.
 *   npm run --silent index -- check          validate data/*.json against the seed documents
 *                                             and print a coverage report per document
 *   npm run --silent index -- add <doc.txt>  what the current index already finds in a new
 *                                             document, and a skeleton article record
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileIndex, IndexDataError } from '../utils/index/compile';
import { documentCoverage, formatCoverage, skeletonArticle } from '../utils/index/coverage';
import type { CompiledIndex } from '../utils/index/types';
import { createMatcher } from '../utils/match/matcher';
import { dataDir } from './paths';
import { readSeedDocuments } from './seed-documents';

const USAGE = 'usage: index check | index add <article.txt>';

class CliError extends Error {}

function readJson(name: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
  } catch (error) {
    throw new CliError(`cannot read data/${name}: ${(error as Error).message}`);
  }
}

function compile(documents: ReadonlyMap<string, string>): CompiledIndex {
  return compileIndex({
    articles: readJson('articles.json'),
    entities: readJson('entities.json'),
    claims: readJson('claims.json'),
    documents,
  });
}

function check(): number {
  const documents = readSeedDocuments();
  const index = compile(documents);
  const quotes = index.claims.reduce((n, c) => n + c.citations.length, 0);
  console.log(
    `ok: ${index.articles.length} articles, ${index.entities.length} entities, ${index.claims.length} claims, ${quotes} quotes; every quote verbatim with a resolving selector, every citation with its derivation, every outlet named from its record`,
  );
  const statuses = new Map<string, number>();
  for (const c of index.claims) statuses.set(c.status, (statuses.get(c.status) ?? 0) + 1);
  console.log(`claim status: ${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ')}`);
  console.log(formatCoverage(documentCoverage(index, documents)));
  return 0;
}

function add(path: string | undefined): number {
  if (!path) throw new CliError(`add needs a document\n${USAGE}`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
  if (text.includes('\u0000')) throw new CliError(`${path} is not a text file`);
  const index = compile(readSeedDocuments());
  const result = createMatcher(index).scan(text);
  const counts = new Map<string, { name: string; n: number }>();
  for (const m of result.mentions) {
    const entry = counts.get(m.entityId) ?? { name: m.entityName, n: 0 };
    entry.n++;
    counts.set(m.entityId, entry);
  }
  const lines = [
    `${basename(path)}: ${counts.size} entities, ${result.claims.length} claims found by the current index`,
  ];
  if (counts.size) lines.push('', 'Entities');
  for (const [id, { name, n }] of [...counts].sort((a, b) => b[1].n - a[1].n))
    lines.push(`  ${name} (${id}) ×${n}`);
  if (result.claims.length) lines.push('', 'Claims (score, id, sentence)');
  for (const c of result.claims)
    lines.push(
      `  [${c.score.toFixed(2)}] ${c.claimId}`,
      `      “${c.sentence.replace(/\s+/g, ' ').trim()}”`,
    );
  lines.push(
    '',
    'Skeleton article record for data/articles.json (fill in and verify every field):',
    JSON.stringify(skeletonArticle(basename(path), text), null, 2),
    '',
    'Each quote you cite from it needs "derivedFrom": null for its own reporting, or the id of the article it relays.',
  );
  console.log(lines.join('\n'));
  return 0;
}

function main(args: string[]): number {
  const [command, ...rest] = args;
  if (command === 'check' && rest.length === 0) return check();
  if (command === 'add' && rest.length <= 1) return add(rest[0]);
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

// A reader that stops early (`| head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof IndexDataError || error instanceof CliError) console.error(error.message);
  else console.error(`index: ${(error as Error).message}`);
  process.exitCode = 1;
}
