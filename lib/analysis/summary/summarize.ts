import type { Actor, Claim, Span } from '../analysis';
import { isPrintFooter } from '../print-footer';
import type { Sentence, Token } from '../tokenize';
import { centralities } from './centrality';
import stopwords from './stopwords.json';
import { cosine, TermIds, type TermVector, termVector } from './term-vector';

interface SummaryInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  actors: readonly Actor[];
  claims: readonly Claim[];
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
/** How much the opening of a news story weighs: the lead is usually its best summary. */
const POSITION_WEIGHT = 0.6;
const CENTRALITY_WEIGHT = 0.25;
const SALIENCE_WEIGHT = 0.15;
/** A candidate that repeats a chosen sentence this much (cosine) adds nothing. */
const REDUNDANCY_LIMIT = 0.5;
const LETTER = /\p{L}/u;
const SENTENCE_END = /[.!?]['"’”]?$/;
const TERMINAL = /[.!?]/;

interface Candidate {
  span: Span;
  index: number;
  terms: TermVector;
  score: number;
}

/**
 * Three whole sentences, in reading order, that tell the story: the lead, then the two best of
 * the rest by position (news puts the point first), centrality (how much a sentence shares with the
 * rest), and salience (the article's main actors and attributed claims), without repeating one
 * another. Never the print footer, a label line or a fragment.
 */
export function summarize(input: SummaryInput): Span[] {
  const termIds = new TermIds();
  const candidates = candidatesOf(input, termIds);
  if (candidates.length === 0) return [];
  scoreCandidates(candidates, input, termIds.size);
  // News puts its point first: the lead (the first whole sentence) always opens the summary.
  const [lead, ...rest] = candidates as [Candidate, ...Candidate[]];
  const chosen: Candidate[] = [lead];
  for (const candidate of rest.sort((a, b) => b.score - a.score)) {
    if (chosen.length >= SUMMARY_SENTENCES) break;
    if (chosen.some((picked) => cosine(picked.terms, candidate.terms) > REDUNDANCY_LIMIT)) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.index - b.index).map((candidate) => candidate.span);
}

function candidatesOf({ text, tokens, sentences }: SummaryInput, termIds: TermIds): Candidate[] {
  const candidates: Candidate[] = [];
  // The term id of each word as written (-1 for a stopword): news repeats its words, so most words are one
  // lookup instead of lower-casing and two.
  const termOfWord = new Map<string, number>();
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as Sentence;
    const words: Token[] = [];
    for (let at = sentence.tokenStart; at < sentence.tokenEnd; at++) {
      const token = tokens[at] as Token;
      if (hasLetter(token.text)) words.push(token);
    }
    if (words.length < MIN_WORDS || words.length > MAX_WORDS) continue;
    const first = tokens[sentence.tokenStart] as Token;
    const last = tokens[sentence.tokenEnd - 1] as Token;
    // A whole sentence ends with its punctuation (a closing quote may follow it).
    if (!SENTENCE_END.test(text.slice(last.start, last.end + 1).trim()) && !TERMINAL.test(last.text))
      continue;
    if (isPrintFooter(text, first.start)) continue;
    const terms: number[] = [];
    for (const word of words) {
      let id = termOfWord.get(word.text);
      if (id === undefined) {
        const term = word.text.toLowerCase();
        id = STOPWORDS.has(term) ? -1 : termIds.idOf(term);
        termOfWord.set(word.text, id);
      }
      if (id >= 0) terms.push(id);
    }
    candidates.push({
      span: { start: first.start, end: last.end },
      index,
      terms: termVector(terms),
      score: 0,
    });
  }
  return candidates;
}

/** Whether a token has a letter; most start with an ASCII one, which spares the regex. */
function hasLetter(word: string): boolean {
  const code = word.charCodeAt(0) | 0x20; // ASCII upper case folded onto lower case
  return (code >= 97 && code <= 122) || LETTER.test(word);
}

function scoreCandidates(candidates: Candidate[], { actors, claims }: SummaryInput, termCount: number): void {
  const mentionCounts = new Map(actors.map((actor) => [actor, actor.mentions.length]));
  const topCount = Math.max(1, ...mentionCounts.values());
  const centrality = centralities(
    candidates.map((candidate) => candidate.terms),
    termCount,
  );
  const topCentrality = Math.max(1e-9, ...centrality);
  candidates.forEach((candidate, order) => {
    const { start, end } = candidate.span;
    const inside = (span: Span) => start <= span.start && span.end <= end;
    let salience = 0;
    for (const actor of actors) {
      if (actor.mentions.some(inside)) salience += (mentionCounts.get(actor) ?? 0) / topCount;
    }
    if (claims.some((claim) => claim.kind === 'attributed' && claim.source?.actorId && claim.start === start))
      salience += 0.5;
    const position = 1 / (1 + order * 0.5);
    candidate.score =
      POSITION_WEIGHT * position +
      CENTRALITY_WEIGHT * ((centrality[order] ?? 0) / topCentrality) +
      SALIENCE_WEIGHT * Math.min(1, salience / 2);
  });
}
