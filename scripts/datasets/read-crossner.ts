import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapTags } from './label-map';
import type { TaggedSentence } from './types';

export const CROSSNER_DOMAINS = ['politics', 'ai', 'literature', 'music', 'science'] as const;
export type CrossnerDomain = (typeof CROSSNER_DOMAINS)[number];
export type CrossnerSplit = 'train' | 'dev';

/** Parses CrossNER's "token TAB tag" lines, one blank line between sentences; tags mapped to PER/ORG/LOC/MISC. */
export function parseCrossner(content: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length > 0) sentences.push({ tokens, tags: mapTags(tags) });
    tokens = [];
    tags = [];
  };
  for (const line of content.split(/\r?\n/)) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const tab = line.lastIndexOf('\t');
    if (tab < 0) throw new Error(`CrossNER line without a tab: ${JSON.stringify(line)}`);
    tokens.push(line.slice(0, tab));
    tags.push(line.slice(tab + 1).trim());
  }
  flush();
  return sentences;
}

export function readCrossner(
  datasetsDir: string,
  domain: CrossnerDomain,
  split: CrossnerSplit,
): TaggedSentence[] {
  return parseCrossner(readFileSync(join(datasetsDir, 'crossner', domain, `${split}.txt`), 'utf8'));
}
