import type { Actor, Claim, Span } from '../analysis';
import { isPrintFooter } from '../print-footer';
import type { Sentence, Token } from '../tokenize';
import stopwords from './stopwords.json';

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

interface Candidate {
  span: Span;
  index: number;
  terms: Map<string, number>;
  norm: number;
  score: number;
}

/**
 * 3–5 whole sentences, in reading order, that tell the story: chosen by position (news puts the
 * point first), centrality (how much a sentence shares with the rest), and salience (the article's
 * main actors and attributed claims), without repeating one another. Never the print footer, a
 * label line or a fragment.
 */
export function summarize(input: SummaryInput): Span[] {
  const candidates = candidatesOf(input);
  if (candidates.length === 0) return [];
  const wanted = summaryLength(input.tokens.length, candidates.length);
  scoreCandidates(candidates, input);
  const chosen: Candidate[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= wanted) break;
    if (chosen.some((picked) => cosine(picked, candidate) > REDUNDANCY_LIMIT)) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.index - b.index).map((candidate) => candidate.span);
}

function summaryLength(tokenCount: number, available: number): number {
  const length = tokenCount < 700 ? 3 : tokenCount < 1500 ? 4 : 5;
  return Math.min(length, available);
}

function candidatesOf({ text, tokens, sentences }: SummaryInput): Candidate[] {
  const candidates: Candidate[] = [];
  sentences.forEach((sentence, index) => {
    const words = tokens
      .slice(sentence.tokenStart, sentence.tokenEnd)
      .filter((token) => /\p{L}/u.test(token.text));
    if (words.length < MIN_WORDS || words.length > MAX_WORDS) return;
    const first = tokens[sentence.tokenStart] as Token;
    const last = tokens[sentence.tokenEnd - 1] as Token;
    // A whole sentence ends with its punctuation (a closing quote may follow it).
    if (!/[.!?]['"’”]?$/.test(text.slice(last.start, last.end + 1).trim()) && !/[.!?]/.test(last.text))
      return;
    if (isPrintFooter(text, first.start)) return;
    const terms = new Map<string, number>();
    for (const word of words) {
      const term = word.text.toLowerCase();
      if (!STOPWORDS.has(term)) terms.set(term, (terms.get(term) ?? 0) + 1);
    }
    candidates.push({
      span: { start: first.start, end: last.end },
      index,
      terms,
      norm: norm(terms),
      score: 0,
    });
  });
  return candidates;
}

function scoreCandidates(candidates: Candidate[], { actors, claims }: SummaryInput): void {
  const mentionCounts = new Map(actors.map((actor) => [actor, actor.mentions.length]));
  const topCount = Math.max(1, ...mentionCounts.values());
  // Similarity is symmetric: each pair is computed once.
  const centrality = candidates.map(() => 0);
  for (let a = 0; a < candidates.length; a += 1) {
    for (let b = a + 1; b < candidates.length; b += 1) {
      const similarity = cosine(candidates[a] as Candidate, candidates[b] as Candidate);
      centrality[a] = (centrality[a] ?? 0) + similarity;
      centrality[b] = (centrality[b] ?? 0) + similarity;
    }
  }
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

function cosine(a: Candidate, b: Candidate): number {
  const [small, large] = a.terms.size <= b.terms.size ? [a.terms, b.terms] : [b.terms, a.terms];
  let dot = 0;
  for (const [term, count] of small) dot += count * (large.get(term) ?? 0);
  return dot === 0 ? 0 : dot / (a.norm * b.norm);
}

function norm(vector: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const count of vector.values()) sum += count * count;
  return Math.sqrt(sum);
}
