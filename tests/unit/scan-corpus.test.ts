/**
 * The scan command over every real saved page of tests/corpus, as a user would run it on the
 * saved file (gzipped ones included): it exits 0 with one JSON object, prints nothing on stderr,
 * and reads the page's words (a page whose parse swallowed its body would give none).
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runScan } from '../../scripts/scan-command';
import { corpusDir, corpusPages } from '../corpus/corpus';

/** Parsing a large saved page takes seconds on a busy machine. */
const PAGE_TIMEOUT_MS = 120_000;

describe('npm run scan over the corpus of real pages', () => {
  test.each(corpusPages().map((page) => `${page.part}/${page.name}`))(
    '%s is read without an error',
    async (file) => {
      let out = '';
      let err = '';
      const code = await runScan([join(corpusDir, file), '--json', '--text'], {
        out: (text) => {
          out += text;
        },
        err: (text) => {
          err += text;
        },
      });
      expect(err).toBe('');
      expect(code).toBe(0);
      const result = JSON.parse(out) as { text: string; relevance: { relevance: string } };
      expect(result.text.split(/\s+/).filter(Boolean).length).toBeGreaterThan(20);
      expect(result.relevance.relevance).toMatch(/^(on-topic|passing|unrelated)$/);
    },
    PAGE_TIMEOUT_MS,
  );
});
