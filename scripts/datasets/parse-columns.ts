import { mapTags } from './label-map';
import type { TaggedSentence } from './types';

export interface ColumnFormat {
  /** Between the token and its tag: a tab (CrossNER) or a space (Wikigold). */
  separator: string;
  /** Lines that separate sentences besides blank ones ("-DOCSTART-"). */
  isBoundary?: (line: string) => boolean;
  /** Named in errors. */
  name: string;
}

/** Parses "token SEPARATOR tag" lines, sentences split by boundary lines; tags mapped to PER/ORG/LOC/MISC BIO. */
export function parseColumns(content: string, format: ColumnFormat): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  // Articles are numbered from the first boundary line on, when the format has them.
  let document = -1;
  const flush = () => {
    if (tokens.length > 0)
      sentences.push({ tokens, tags: mapTags(tags), ...(document >= 0 ? { document } : {}) });
    tokens = [];
    tags = [];
  };
  for (const line of content.split(/\r?\n/)) {
    if (format.isBoundary?.(line)) {
      flush();
      document += 1;
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const at = line.lastIndexOf(format.separator);
    if (at < 0) throw new Error(`${format.name} line without a tag: ${JSON.stringify(line)}`);
    tokens.push(line.slice(0, at));
    tags.push(line.slice(at + 1).trim());
  }
  flush();
  return sentences;
}
