import { findActors } from './actors/find-actors';
import type { Analysis, AnalyzeOptions } from './analysis';
import { splitSentences, tokenize } from './tokenize';

/**
 * The engine: an article's text in, the analysis JSON out (lib/analysis/analysis.ts). Pure: no DOM,
 * no extension APIs, no network; the same function runs in the extension, the CLI and benchmarks.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const actors = findActors({ text, tokens, sentences });
  return {
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.publishedAt === undefined ? {} : { publishedAt: options.publishedAt }),
    actors,
    claims: [],
    dates: [],
    timeline: [],
    summary: [],
  };
}
