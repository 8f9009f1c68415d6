import { lowerBound } from '../../util/lower-bound';
import type { Actor, Span } from '../analysis';
import type { Token } from '../tokenize';

const LINKING = new Set([
  'in',
  'since',
  'on',
  'during',
  'until',
  'by',
  'from',
  'of',
  'at',
  'before',
  'after',
]);
const CLAUSE_BREAK = new Set([
  ',',
  ';',
  ':',
  '—',
  '–',
  '(',
  ')',
  '.',
  '?',
  '!',
  'and',
  'but',
  'while',
  'which',
  'who',
  'that',
]);
const MAX_LABEL_WORDS = 6;

/**
 * A short label for the event a date belongs to, from the words of its clause:
 * "the Oslo Agreement in the 1990s" → "Oslo Agreement" (a name just before the date);
 * "Donald Trump took office in January" → "Donald Trump took office" (an actor and its verb).
 * Undefined when the clause names no event.
 */
export function eventLabel(
  text: string,
  tokens: readonly Token[],
  dateTokens: { first: number; end: number },
  actors: readonly Actor[],
): string | undefined {
  let index = dateTokens.first - 1;
  if (LINKING.has(tokens[index]?.text.toLowerCase() ?? '')) index -= 1;
  while (index >= 0 && /^\p{P}+$/u.test(tokens[index]?.text ?? '')) index -= 1;
  // A capitalised name right before the date: "the Oslo Agreement in the 1990s".
  let nameFirst = index + 1;
  while (nameFirst - 1 >= 0 && /^\p{Lu}/u.test(tokens[nameFirst - 1]?.text ?? '')) nameFirst -= 1;
  if (nameFirst <= index && index - nameFirst < MAX_LABEL_WORDS) {
    return text.slice((tokens[nameFirst] as Token).start, (tokens[index] as Token).end);
  }
  // An actor as the subject of the words before the date: "Donald Trump took office".
  let clauseFirst = index;
  while (clauseFirst > 0 && !CLAUSE_BREAK.has(tokens[clauseFirst - 1]?.text.toLowerCase() ?? '.'))
    clauseFirst -= 1;
  const clause: Span = { start: tokens[clauseFirst]?.start ?? 0, end: tokens[index]?.end ?? 0 };
  const subject = lastMentionIn(actors, clause);
  // A name inside a compound ("Hamas" of "US-Hamas talks") is a modifier, not the clause's subject.
  if (!subject || index < 0 || text[subject.start - 1] === '-') return undefined;
  // Tokens are in text order, so the words between the subject and the date are one run of them.
  const verbWords: Token[] = [];
  const verbFirst = lowerBound(tokens, (token) => token.start < subject.end);
  for (let at = verbFirst; at < tokens.length && (tokens[at] as Token).end <= clause.end; at++)
    verbWords.push(tokens[at] as Token);
  if (verbWords.length === 0 || verbWords.length > MAX_LABEL_WORDS) return undefined;
  return `${text.slice(subject.start, subject.end)} ${verbWords.map((token) => token.text).join(' ')}`;
}

function lastMentionIn(actors: readonly Actor[], clause: Span): Span | undefined {
  let last: Span | undefined;
  for (const actor of actors) {
    if (actor.kind !== 'person' && actor.kind !== 'organization' && actor.kind !== 'state') continue;
    for (const mention of actor.mentions) {
      if (mention.start >= clause.start && mention.end <= clause.end && (!last || mention.start > last.start))
        last = mention;
    }
  }
  return last;
}
