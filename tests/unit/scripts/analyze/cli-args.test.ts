import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../../../scripts/analyze/cli-args';

describe('parseCliArgs', () => {
  it('reads a file with its options', () => {
    expect(parseCliArgs(['article.txt', '--published', '2025-03-13', '--json'])).toEqual({
      mode: 'file',
      file: 'article.txt',
      json: true,
      publishedAt: '2025-03-13',
    });
    expect(parseCliArgs(['page.html', '--url', 'https://english.ahram.org.eg/News/1.aspx'])).toMatchObject({
      url: 'https://english.ahram.org.eg/News/1.aspx',
      json: false,
    });
  });

  it('reads the batch form and help', () => {
    expect(parseCliArgs(['--jsonl'])).toEqual({ mode: 'jsonl' });
    expect(parseCliArgs(['--help'])).toEqual({ mode: 'help' });
  });

  it.each([
    [[], /Name a file/],
    [['a.txt', 'b.txt'], /One file at a time/],
    [['a.txt', '--published', '13 March 2025'], /YYYY-MM-DD/],
    [['a.txt', '--published'], /needs a value/],
    [['--jsonl', 'a.txt'], /standard input/],
    [['a.txt', '--verbose'], /Unknown option --verbose/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
