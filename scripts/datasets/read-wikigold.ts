import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapTags } from './label-map';
import type { TaggedSentence } from './types';

/**
 * Parses Wikigold's "token SPACE IOB1-tag" lines (blank line between sentences, "-DOCSTART-" lines between
 * articles); IOB1 is converted to BIO by `mapTags`.
 */
export function parseWikigold(content: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length > 0) sentences.push({ tokens, tags: mapTags(tags) });
    tokens = [];
    tags = [];
  };
  for (const line of content.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    const space = line.lastIndexOf(' ');
    if (space < 0) throw new Error(`Wikigold line without a tag: ${JSON.stringify(line)}`);
    tokens.push(line.slice(0, space));
    tags.push(line.slice(space + 1).trim());
  }
  flush();
  return sentences;
}

export function readWikigold(datasetsDir: string): TaggedSentence[] {
  return parseWikigold(readFileSync(join(datasetsDir, 'wikigold', 'wikigold.conll.txt'), 'utf8'));
}
