import type { Span } from '../analysis';
import { isPageFurniture } from '../page-furniture';
import type { Sentence, Token } from '../tokenize';
import { afterDateline } from './dateline';
import stopwords from './stopwords.json';
import { cosine, TermIds, type TermVector, termVector } from './term-vector';

interface SummaryInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
}

const STOPWORDS: ReadonlySet<string> = new Set(stopwords.words);
/** Shorter than this is a label or a fragment more often than a sentence ("Photo: Reuters."). */
const MIN_WORDS = 5;
const MAX_WORDS = 70;
/**
 * Three sentences: what a reader takes in at a glance in the popup, and the length news summaries
 * are usually held to. Longer summaries were measured to match editors' summaries less well
 * (npm run bench:summary: more words, lower ROUGE F1 on the development pages).
 */
const SUMMARY_SENTENCES = 3;
/** A sentence that repeats a chosen one this much (cosine of their content words) adds nothing. */
const REDUNDANCY_LIMIT = 0.8;
const LETTER = /\p{L}/u;
/** How a whole sentence ends: its punctuation, then any closing quotes and brackets ('setback.”', "setback.''"). */
const SENTENCE_END = /[.!?…]['"’”»)\]]*$/;
const CLOSING_MARK = /['"’”»)\]]/;
/** Enough of a sentence's end to hold its punctuation and the closing marks after it. */
const END_CHARS = 8;

interface Candidate {
  span: Span;
  terms: TermVector;
}

/**
 * Three whole sentences, in reading order, that tell the story: the first three of the article that
 * are sentences of the story (never the print footer, a site's prompt, a label or a fragment), a
 * sentence that repeats one already chosen passed over for the next.
 *
 * Why the opening and nothing cleverer: news is written with its point first, and every choice we
 * measured that let centrality (what a sentence shares with the rest) or the main actors' salience
 * pick later sentences matched editors' summaries less well than the opening did (npm run
 * bench:summary, development pages: ROUGE-1 F1 25.1 with them vs 29.0 without, and 65.8 vs 79.9
 * where the editor copied the opening); the literature on news summaries finds the same of
 * unsupervised centrality (TextRank below LEAD-3 on CNN/DailyMail). What the summary adds over a
 * plain LEAD-3 is that it takes sentences only: photo credits, datelines, bylines and prompts that
 * open a page are not part of it, nor the dateline that opens a wire story's first sentence.
 */
export function summarize(input: SummaryInput): Span[] {
  const chosen: Candidate[] = [];
  for (const candidate of candidatesOf(input)) {
    if (chosen.length >= SUMMARY_SENTENCES) break;
    if (chosen.some((picked) => cosine(picked.terms, candidate.terms) > REDUNDANCY_LIMIT)) continue;
    chosen.push(candidate);
  }
  return chosen.map((candidate) => candidate.span);
}

/** The article's story sentences in reading order, lazily: a summary reads only the opening. */
function* candidatesOf({ text, tokens, sentences }: SummaryInput): Generator<Candidate> {
  const termIds = new TermIds();
  for (const sentence of sentences) {
    const words: Token[] = [];
    for (let at = sentence.tokenStart; at < sentence.tokenEnd; at++) {
      const token = tokens[at] as Token;
      if (hasLetter(token.text)) words.push(token);
    }
    if (words.length < MIN_WORDS || words.length > MAX_WORDS) continue;
    const first = tokens[sentence.tokenStart] as Token;
    const last = tokens[sentence.tokenEnd - 1] as Token;
    // A whole sentence ends with its punctuation; closing quotes may follow, the last one perhaps
    // left out of the sentence's tokens.
    const after = text.charAt(last.end);
    const end = text.slice(Math.max(first.start, last.end - END_CHARS), last.end);
    if (!SENTENCE_END.test(CLOSING_MARK.test(after) ? end + after : end)) continue;
    if (isPageFurniture(text, first.start)) continue;
    const terms: number[] = [];
    for (const word of words) {
      const term = word.text.toLowerCase();
      if (!STOPWORDS.has(term)) terms.push(termIds.idOf(term));
    }
    yield { span: { start: afterDateline(text, first.start), end: last.end }, terms: termVector(terms) };
  }
}

/** Whether a token has a letter; most start with an ASCII one, which spares the regex. */
function hasLetter(word: string): boolean {
  const code = word.charCodeAt(0) | 0x20; // ASCII upper case folded onto lower case
  return (code >= 97 && code <= 122) || LETTER.test(word);
}
