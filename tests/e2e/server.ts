/** Serves the fixture pages on 127.0.0.1 (content scripts do not run on file:// pages). */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const fixturesDir = resolve('tests/e2e/fixtures');
/** The matcher's evaluation pages, served under /eval/ so the browser can be compared with `scan`. */
const evalDir = resolve('tests/eval');
/** The corpus of saved pages, under /corpus/; `x.html` is served from `x.html.gz` when gzipped. */
const corpusDir = resolve('tests/corpus');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export interface FixtureServer {
  url(path: string): string;
  close(): Promise<void>;
}

/** Pages named `*.csp.html` are served with a strict Content-Security-Policy header. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const [root, rest] = path.startsWith('/eval/')
      ? [evalDir, path.slice('/eval'.length)]
      : path.startsWith('/corpus/')
        ? [corpusDir, path.slice('/corpus'.length)]
        : [fixturesDir, path];
    const file = join(root, rest === '/' ? 'index.html' : rest);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body =
        root === corpusDir && file.endsWith('.html')
          ? await readFile(file).catch(async () => gunzipSync(await readFile(`${file}.gz`)))
          : await readFile(file);
      const headers: Record<string, string> = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      };
      if (file.endsWith('.csp.html')) {
        headers['content-security-policy'] =
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'";
      }
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
