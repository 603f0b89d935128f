/**
 * scan: runs the matcher over an HTML or text file (or stdin) and prints what it recognises, as
 * the extension would mark it: the page's chrome told from its main text and its relevance to
 * the story decided first (`--everything` shows all that was found, as the popup's button does).
 *   npm run --silent scan -- page.html [--json] [--text] [--everything] [--strictness strict|balanced|loose]
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { CompiledIndex } from '../utils/index/types';
import { createMatcher } from '../utils/match/matcher';
import type { ScanResult, Strictness } from '../utils/match/types';
import type { RelevanceDecision } from '../utils/relevance/decide';
import { explainRelevance } from '../utils/relevance/explain';
import { type PageBlock, scanPage } from '../utils/relevance/page-pass';
import { htmlBlocks, textBlocks } from './html-page';
import { compiledIndexFile } from './paths';

const USAGE =
  'usage: scan <file.html|file.txt|-> [--json] [--text] [--everything] [--strictness strict|balanced|loose] [--index index.json]';
const MAX_BYTES = 20 * 1024 * 1024;
const STRICTNESS = new Set<Strictness>(['strict', 'balanced', 'loose']);

interface Options {
  input: string;
  json: boolean;
  withText: boolean;
  everything: boolean;
  strictness: Strictness;
  indexPath: string;
}

class UsageError extends Error {}
class ScanError extends Error {}

function parseArgs(args: string[]): Options {
  const options: Partial<Options> = {
    json: false,
    withText: false,
    everything: false,
    strictness: 'balanced',
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--json') options.json = true;
    else if (flag === '--text') options.withText = true;
    else if (flag === '--everything') options.everything = true;
    else if (flag === '--strictness') {
      const v = value();
      if (!STRICTNESS.has(v as Strictness)) throw new UsageError(`unknown strictness “${v}”`);
      options.strictness = v as Strictness;
    } else if (flag === '--index') options.indexPath = value();
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (options.input !== undefined) throw new UsageError('only one input file');
    else options.input = arg;
  }
  if (options.input === undefined) throw new UsageError('no input file');
  return { indexPath: compiledIndexFile, ...options } as Options;
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message;
}

function readInput(input: string): Buffer {
  const name = input === '-' ? 'stdin' : input;
  try {
    if (input === '-') return readFileSync(0);
    const stat = statSync(input);
    if (stat.isDirectory()) throw new ScanError(`cannot read ${name}: is a directory`);
    if (stat.size > MAX_BYTES)
      throw new ScanError(
        `cannot read ${name}: too large (${(stat.size / 2 ** 20).toFixed(1)} MB, limit 20 MB)`,
      );
    return readFileSync(input);
  } catch (error) {
    if (error instanceof ScanError) throw error;
    throw new ScanError(`cannot read ${name}: ${describeError(error)}`);
  }
}

function decodeText(bytes: Buffer, name: string): string {
  if (bytes.length > MAX_BYTES) throw new ScanError(`cannot read ${name}: too large (limit 20 MB)`);
  if (bytes.includes(0)) throw new ScanError(`cannot read ${name}: looks like a binary file`);
  const text = new TextDecoder('utf-8').decode(bytes);
  let invalid = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) invalid++;
  if (invalid > 8 && invalid > text.length / 100)
    throw new ScanError(`cannot read ${name}: not UTF-8 text`);
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

const HTML_START =
  /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|p|div|article|section|main)\b/i;

function looksLikeHtml(input: string, content: string): boolean {
  const ext = extname(input).toLowerCase();
  if (ext === '.html' || ext === '.htm') return true;
  if (ext === '.txt') return false;
  return HTML_START.test(content.slice(0, 4096));
}

/** What the page shows, its offsets into the page's text (its blocks joined by blank lines). */
function pageResult(
  index: CompiledIndex,
  blocks: PageBlock[],
  strictness: Strictness,
  everything: boolean,
): { text: string; result: ScanResult; decision: RelevanceDecision } {
  const page = scanPage(index, blocks, createMatcher(index, { strictness }), everything);
  const result: ScanResult = { mentions: [], claims: [] };
  let base = 0;
  blocks.forEach((block, i) => {
    // The page's results are this call's own: moved to the page's offsets in place.
    for (const match of [...(page.shown[i]?.mentions ?? []), ...(page.shown[i]?.claims ?? [])]) {
      match.start += base;
      match.end += base;
    }
    result.mentions.push(...(page.shown[i]?.mentions ?? []));
    result.claims.push(...(page.shown[i]?.claims ?? []));
    base += block.text.length + 2;
  });
  return { text: blocks.map((b) => b.text).join('\n\n'), result, decision: page.decision };
}

function loadIndex(path: string): CompiledIndex {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && path === compiledIndexFile)
      throw new ScanError(
        'no compiled index at data/compiled/index.json; run `npm run build:index`',
      );
    throw new ScanError(`cannot read index ${path}: ${describeError(error)}`);
  }
  try {
    return JSON.parse(raw) as CompiledIndex;
  } catch {
    throw new ScanError(`index ${path} is not valid JSON; run \`npm run build:index\``);
  }
}

function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function summary(name: string, text: string, result: ScanResult): string {
  const words = text.split(/\s+/).filter(Boolean).length;
  const byEntity = new Map<string, ScanResult['mentions']>();
  for (const m of result.mentions)
    byEntity.set(m.entityId, [...(byEntity.get(m.entityId) ?? []), m]);
  const lines = [
    `${name}: ${words} words, ${result.mentions.length} mentions of ${byEntity.size} entities, ${result.claims.length} claims`,
  ];
  if (byEntity.size > 0) lines.push('', 'Entities');
  const ranked = [...byEntity.values()].sort((a, b) => b.length - a.length);
  for (const mentions of ranked) {
    const first = mentions[0] as ScanResult['mentions'][number];
    const hows = new Map<string, number>();
    for (const m of mentions) hows.set(m.how, (hows.get(m.how) ?? 0) + 1);
    const how = [...hows].map(([h, n]) => `${h} ${n}`).join(', ');
    const variants = [
      ...new Set(
        mentions
          .filter((m) => m.how === 'fuzzy')
          .map((m) => `“${m.text}” ${Math.round(m.score * 100)}%`),
      ),
    ];
    lines.push(
      `  ${first.entityName} (${first.entityId}) ×${mentions.length} — ${how}${variants.length ? `; ${variants.join(', ')}` : ''}`,
    );
  }
  if (result.claims.length > 0) lines.push('', 'Claims');
  for (const claim of result.claims) {
    lines.push(`  [${claim.score.toFixed(2)}] ${claim.claimId}`);
    lines.push(`      “${excerpt(claim.sentence)}”`);
    lines.push(`      shares: ${claim.shared.join(', ')}`);
    lines.push(`      sources: ${claim.sources.join(', ')}`);
  }
  return lines.join('\n');
}

async function main(args: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (args.includes('--help') || args.includes('-h')) {
      console.log(USAGE);
      return 0;
    }
    console.error(`scan: ${error.message}\n${USAGE}`);
    return 2;
  }
  const name = options.input === '-' ? 'stdin' : options.input;
  const content = decodeText(readInput(options.input), name);
  const index = loadIndex(options.indexPath);
  const blocks = looksLikeHtml(options.input, content)
    ? await htmlBlocks(content)
    : textBlocks(content);
  const { text, result, decision } = pageResult(
    index,
    blocks,
    options.strictness,
    options.everything,
  );
  const relevance = {
    relevance: decision.relevance,
    why: explainRelevance(decision, index.story?.name ?? 'index’s story'),
  };
  if (options.json) {
    const output = options.withText ? { ...result, relevance, text } : { ...result, relevance };
    process.stdout.write(`${JSON.stringify(output)}\n`);
  } else {
    console.log(summary(name, text, result));
    console.log(`\n${relevance.why}`);
    if (options.withText) console.log(`\nText\n${text}`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`scan: ${error instanceof ScanError ? error.message : (error as Error).message}`);
    process.exitCode = 1;
  },
);
