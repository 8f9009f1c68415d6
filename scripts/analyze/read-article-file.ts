import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { locateArticle } from '../../lib/locator/locate-article';

export interface ArticleInput {
  text: string;
  title?: string;
  publishedAt?: string;
  /** True when the file was HTML and `text` was extracted from it. */
  fromHtml: boolean;
}

/** A problem with the input the user can fix; printed as it is, without a stack trace. */
export class InputError extends Error {}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

export function readArticleFile(path: string, url?: string): ArticleInput {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(code ?? error);
    throw new InputError(`Cannot read ${path}: ${why}.`);
  }
  let content: string;
  try {
    content = STRICT_UTF8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(`${path} is not UTF-8 text. Convert it first, e.g. iconv -f windows-1256 -t utf-8.`);
  }
  if (content.trim() === '') throw new InputError(`${path} is empty.`);
  return looksLikeHtml(path, content) ? readHtml(path, content, url) : { text: content, fromHtml: false };
}

export function looksLikeHtml(path: string, content: string): boolean {
  return /\.x?html?$/i.test(path) || /^\s*(<!doctype html|<html[\s>])/i.test(content);
}

function readHtml(path: string, html: string, url?: string): ArticleInput {
  // Saved Ahram pages get the Ahram adapter, as they would in the browser on the site itself.
  const address =
    url ??
    (/ahram\.org\.eg/i.test(html)
      ? `https://english.ahram.org.eg/${basename(path)}`
      : pathToFileURL(path).href);
  const doc = new JSDOM(html, { url: address, virtualConsole: new VirtualConsole() }).window.document;
  const located = locateArticle(doc, address);
  if (located.kind === 'not-an-article') throw new InputError(`${path}: ${located.reason}`);
  return {
    text: located.text,
    fromHtml: true,
    ...(located.title === undefined ? {} : { title: located.title }),
    ...(located.publishedAt === undefined ? {} : { publishedAt: located.publishedAt }),
  };
}
