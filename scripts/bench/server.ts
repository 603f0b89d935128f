/** The browser benchmarks' page server: generated pages by path, and the repo's files under /repo/. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface BenchServer {
  base: string;
  /** Serves `body` as HTML at `path`. */
  add(path: string, body: string): void;
  /** The URL of a repo file. */
  repoUrl(path: string): string;
  close(): void;
}

export async function startBenchServer(root = process.cwd()): Promise<BenchServer> {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = pages.get(path);
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] as string }).end(page);
      return;
    }
    if (path.startsWith('/repo/')) {
      const file = join(root, normalize(path.slice('/repo/'.length)).replace(/^(\.\.[/\\])+/, ''));
      if (file.startsWith(root) && existsSync(file)) {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    add: (path, body) => pages.set(path, body),
    repoUrl: (path) => `${base}/repo/${path}`,
    close: () => server.close(),
  };
}
