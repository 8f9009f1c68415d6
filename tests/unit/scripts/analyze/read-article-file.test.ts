import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, looksLikeHtml, readArticleFile } from '../../../../scripts/analyze/read-article-file';
import { FIXTURES_DIR, readFixture } from '../../../support/parse-html';

const dir = mkdtempSync(join(tmpdir(), 'ahram-lens-cli-'));

function fileWith(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('readArticleFile', () => {
  it('reads plain text as it is', () => {
    const input = readArticleFile(`${FIXTURES_DIR}seed/article.txt`);
    expect(input.fromHtml).toBe(false);
    expect(input.text).toBe(readFixture('seed/article.txt'));
  });

  it('locates the article in a saved Ahram page, with its title and date', () => {
    const input = readArticleFile(`${FIXTURES_DIR}seed/seed-page.html`);
    expect(input.fromHtml).toBe(true);
    expect(input.title).toBe('The US and Hamas talk directly');
    expect(input.publishedAt).toBe('2025-03-13');
    expect(input.text).toBe(readFixture('seed/article.txt').replace(/\nShort link:$/, ''));
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.txt'), /no such file/],
    ['a folder', () => dir, /is a folder/],
    ['an empty file', () => fileWith('empty.txt', '  \n'), /is empty/],
    [
      'a file that is not UTF-8',
      () => fileWith('latin1.txt', Buffer.from([0x43, 0x61, 0x69, 0x72, 0xe9, 0x0a])),
      /not UTF-8/,
    ],
    [
      'a page that is not an article',
      () => fileWith('front.html', readFixture('ahram/section-front.html')),
      /no article/i,
    ],
  ])('refuses %s with a clear message', (_, path, message) => {
    expect(() => readArticleFile(path())).toThrow(InputError);
    expect(() => readArticleFile(path())).toThrow(message);
  });
});

describe('looksLikeHtml', () => {
  it('knows HTML by its name or its first tag', () => {
    expect(looksLikeHtml('page.htm', 'anything')).toBe(true);
    expect(looksLikeHtml('page', '  <!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('notes.txt', 'The <b> tag is bold.')).toBe(false);
  });
});
