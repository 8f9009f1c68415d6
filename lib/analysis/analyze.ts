import { findActors } from './actors/find-actors';
import type { Analysis, AnalyzeOptions } from './analysis';
import { findClaims } from './claims/find-claims';
import { findDates } from './dates';
import { summarize } from './summary/summarize';
import { buildTimeline } from './timeline/build-timeline';
import { splitSentences, tokenize } from './tokenize';

/**
 * The engine: an article's text in, the analysis JSON out (lib/analysis/analysis.ts). Pure: no DOM,
 * no extension APIs, no network; the same function runs in the extension, the CLI and benchmarks.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const tokenized = { text, tokens, sentences };
  const actors = findActors(tokenized);
  const claims = findClaims(tokenized, actors);
  const summary = summarize(tokenized);
  const dates = findDates(text, options.publishedAt);
  const timeline = buildTimeline({
    ...tokenized,
    actors,
    dates,
    ...(options.publishedAt === undefined ? {} : { publishedAt: options.publishedAt }),
  });
  return {
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.publishedAt === undefined ? {} : { publishedAt: options.publishedAt }),
    actors,
    claims,
    dates,
    timeline,
    summary,
  };
}
