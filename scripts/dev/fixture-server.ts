import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A page the server answers with: a file on disk, or HTML held in memory (tests edit pages live). */
export type PageSource = { file: string } | { html: string };

export interface FixtureServer {
  port: number;
  /** Serve `source` at `urlPath` (replacing what was there). */
  route(urlPath: string, source: PageSource): void;
  close(): Promise<void>;
}

/**
 * Serves fixture pages on loopback only. The browser reaches it under the real host names through
 * --host-resolver-rules, so the extension's production match patterns are the ones exercised.
 * Anything not routed is a 404: the fixtures' ads and stylesheets point at hosts we never reach.
 */
export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const routes = new Map<string, PageSource>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://fixture').pathname);
    const source = routes.get(path);
    if (!source) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not a fixture.');
      return;
    }
    const body = 'html' in source ? Promise.resolve(source.html) : readFile(source.file, 'utf8');
    body.then(
      (html) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
      (error: unknown) => response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error)),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    route: (urlPath, source) => routes.set(urlPath, source),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
