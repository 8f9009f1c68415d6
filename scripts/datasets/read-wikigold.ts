import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseColumns } from './parse-columns';
import type { TaggedSentence } from './types';

/**
 * Parses Wikigold's "token SPACE IOB1-tag" lines (blank line between sentences, "-DOCSTART-" lines between
 * articles); IOB1 is converted to BIO by `mapTags`.
 */
export function parseWikigold(content: string): TaggedSentence[] {
  return parseColumns(content, {
    separator: ' ',
    isBoundary: (line) => line.startsWith('-DOCSTART-'),
    name: 'Wikigold',
  });
}

export function readWikigold(datasetsDir: string): TaggedSentence[] {
  return parseWikigold(readFileSync(join(datasetsDir, 'wikigold', 'wikigold.conll.txt'), 'utf8'));
}
