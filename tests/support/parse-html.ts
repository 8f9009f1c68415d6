import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A document parsed the way a browser parses it (jsdom uses the HTML spec's parser), scripts off. */
export function parseHtml(html: string, url = 'https://example.org/article'): Document {
  // Real pages carry CSS jsdom cannot parse; its complaints are noise here.
  const quiet = new VirtualConsole();
  return new JSDOM(html, { url, virtualConsole: quiet }).window.document;
}

export function readFixture(path: string): string {
  return readFileSync(FIXTURES_DIR + path, 'utf8');
}

export function parseFixture(path: string, url?: string): Document {
  return parseHtml(readFixture(path), url);
}
