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
const MIN_WORDS = 8;
const MAX_WORDS = 70;
/** How much the opening of a news story weighs: the lead is usually its best summary. */
const POSITION_WEIGHT = 0.45;
const CENTRALITY_WEIGHT = 0.35;
const SALIENCE_WEIGHT = 0.2;
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
 * 3–5 whole sentences, in reading order, that tell the story: chosen by position (news puts the
 * point first), centrality (how much a sentence shares with the rest), and salience (the article's
 * main actors and attributed claims), without repeating one another. Never the print footer, a
 * label line or a fragment.
 */
export function summarize(input: SummaryInput): Span[] {
  const termIds = new TermIds();
  const candidates = candidatesOf(input, termIds);
  if (candidates.length === 0) return [];
  const wanted = summaryLength(input.tokens.length, candidates.length);
  scoreCandidates(candidates, input, termIds.size);
  const chosen: Candidate[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= wanted) break;
    if (chosen.some((picked) => cosine(picked.terms, candidate.terms) > REDUNDANCY_LIMIT)) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.index - b.index).map((candidate) => candidate.span);
}

function summaryLength(tokenCount: number, available: number): number {
  const length = tokenCount < 700 ? 3 : tokenCount < 1500 ? 4 : 5;
  return Math.min(length, available);
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
