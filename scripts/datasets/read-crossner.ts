import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseColumns } from './parse-columns';
import type { TaggedSentence } from './types';

export const CROSSNER_DOMAINS = ['politics', 'ai', 'literature', 'music', 'science'] as const;
export type CrossnerDomain = (typeof CROSSNER_DOMAINS)[number];
export type CrossnerSplit = 'train' | 'dev';

/** Parses CrossNER's "token TAB tag" lines, one blank line between sentences; tags mapped to PER/ORG/LOC/MISC. */
export function parseCrossner(content: string): TaggedSentence[] {
  return parseColumns(content, { separator: '\t', name: 'CrossNER' });
}

export function readCrossner(
  datasetsDir: string,
  domain: CrossnerDomain,
  split: CrossnerSplit,
): TaggedSentence[] {
  return parseCrossner(readFileSync(join(datasetsDir, 'crossner', domain, `${split}.txt`), 'utf8'));
}
