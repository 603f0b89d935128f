/**
 * scan: runs the matcher over an HTML or text file (or stdin) and prints what it recognises, as
 * the extension would mark it: the page's chrome told from its main text and its relevance to
 * the story decided first (`--everything` shows all that was found, as the popup's button does).
 *   npm run --silent scan -- page.html [--json] [--text] [--everything] [--strictness strict|balanced|loose]
 */
import { runScan } from './scan-command';
import { ScanError } from './scan-input';

runScan(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`scan: ${error instanceof ScanError ? error.message : (error as Error).message}`);
    // Exits at once: a FIFO nobody writes to may still hold a thread in open().
    process.exit(1);
  },
);
