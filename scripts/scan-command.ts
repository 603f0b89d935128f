/**
 * The scan command (scripts/scan.ts runs it): reads an HTML or text file, or stdin, and prints
 * what the extension would mark there, with the page's relevance to the story.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { CompiledIndex } from '../utils/index/types';
import { createMatcher } from '../utils/match/matcher';
import type { ScanResult, Strictness } from '../utils/match/types';
import type { RelevanceDecision } from '../utils/relevance/decide';
import { explainRelevance } from '../utils/relevance/explain';
import { type PageBlock, scanPage } from '../utils/relevance/page-pass';
import { htmlBlocks, textBlocks } from './html-page';
import { compiledIndexFile } from './paths';
import { decodeText, describeError, gunzipInput, readInput, ScanError } from './scan-input';
import { summary } from './scan-summary';

const USAGE =
  'usage: scan <file.html|file.txt|-> [--json] [--text] [--everything] [--strictness strict|balanced|loose] [--index index.json]';
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

const HTML_START =
  /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|p|div|article|section|main)\b/i;

function looksLikeHtml(input: string, content: string): boolean {
  const ext = extname(input.replace(/\.gz$/i, '')).toLowerCase();
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
  let index: unknown;
  try {
    index = JSON.parse(raw);
  } catch {
    throw new ScanError(`index ${path} is not valid JSON; run \`npm run build:index\``);
  }
  const shape = index as Partial<Record<keyof CompiledIndex, unknown>> | null;
  if (
    typeof shape !== 'object' ||
    shape === null ||
    !Array.isArray(shape.entities) ||
    !Array.isArray(shape.claims) ||
    !Array.isArray(shape.articles)
  ) {
    throw new ScanError(
      `index ${path} is not a compiled Fact Cards index (no entities, claims and articles); run \`npm run build:index\``,
    );
  }
  return index as CompiledIndex;
}

export interface ScanOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Runs the command; its exit code. Unreadable input or index throws a ScanError. */
export async function runScan(args: string[], io: ScanOutput): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (args.includes('--help') || args.includes('-h')) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    io.err(`scan: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  const name = options.input === '-' ? 'stdin' : options.input;
  const content = decodeText(gunzipInput(await readInput(options.input), name), name);
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
    io.out(`${JSON.stringify(output)}\n`);
  } else {
    io.out(`${summary(name, text, result)}\n\n${relevance.why}\n`);
    if (options.withText) io.out(`\nText\n${text}\n`);
  }
  return 0;
}
