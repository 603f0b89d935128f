/**
 * scan: runs the matcher over an HTML or text file (or stdin) and prints what it recognises.
 *   npm run --silent scan -- page.html [--json] [--text] [--strictness strict|balanced|loose]
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { CompiledIndex } from '../utils/index/types';
import { createMatcher } from '../utils/match/matcher';
import type { Strictness } from '../utils/match/types';
import { compiledIndexFile } from './paths';
import { htmlText } from './scan-html';
import { decodeText, describeError, readInput, ScanError } from './scan-input';
import { summary } from './scan-summary';

const USAGE =
  'usage: scan <file.html|file.txt|-> [--json] [--text] [--strictness strict|balanced|loose] [--index index.json]';
const STRICTNESS = new Set<Strictness>(['strict', 'balanced', 'loose']);

interface Options {
  input: string;
  json: boolean;
  withText: boolean;
  strictness: Strictness;
  indexPath: string;
}

class UsageError extends Error {}

function parseArgs(args: string[]): Options {
  const options: Partial<Options> = { json: false, withText: false, strictness: 'balanced' };
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
  const ext = extname(input).toLowerCase();
  if (ext === '.html' || ext === '.htm') return true;
  if (ext === '.txt') return false;
  return HTML_START.test(content.slice(0, 4096));
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
  if (!isCompiledIndex(index)) {
    throw new ScanError(
      `index ${path} is not a compiled Fact Cards index (no entities, claims and articles); run \`npm run build:index\``,
    );
  }
  return index;
}

function isCompiledIndex(value: unknown): value is CompiledIndex {
  const index = value as Partial<Record<keyof CompiledIndex, unknown>> | null;
  return (
    typeof index === 'object' &&
    index !== null &&
    Array.isArray(index.entities) &&
    Array.isArray(index.claims) &&
    Array.isArray(index.articles)
  );
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
  const content = decodeText(await readInput(options.input), name);
  const index = loadIndex(options.indexPath);
  const text = looksLikeHtml(options.input, content) ? htmlText(content) : content;
  const result = createMatcher(index, { strictness: options.strictness }).scan(text);
  if (options.json) {
    const output = options.withText ? { ...result, text } : result;
    process.stdout.write(`${JSON.stringify(output)}\n`);
  } else {
    console.log(summary(name, text, result));
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
    // Exits at once: a FIFO nobody writes to still holds a thread blocked in open().
    process.exit(1);
  },
);
