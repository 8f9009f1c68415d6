import { lowerBound } from '../../util/lower-bound';
import { isCapitalised } from '../actors/token-lookup';
import type { Actor, ActorKind, Claim } from '../analysis';
import { isPageFurniture } from '../page-furniture';
import type { Sentence, Token } from '../tokenize';
import {
  byFirstWord,
  CUE_BELIEF,
  CUE_FLAGS,
  CUE_HEDGE,
  CUE_OPENER,
  CUE_SPEECH,
  HEDGES,
  SOURCE_OPENERS,
  UNNAMED_SOURCE_NOUNS,
} from './claim-cues';

const HEDGES_BY_FIRST_WORD = byFirstWord(HEDGES);
const OPENERS_BY_FIRST_WORD = byFirstWord(SOURCE_OPENERS);

interface TokenizedText {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
}

/** Where the source is written, as a token range [first, end), and the cue's. */
interface Attribution {
  cue: { first: number; end: number };
  source: { first: number; end: number };
}

const PUNCTUATION = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”', '‘', '’', "'", '.', '?', '!']);
const CLAUSE_WORDS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'although',
  'though',
  'because',
  'if',
  'when',
  'as',
  'since',
  'by',
  'of',
  'in',
  'on',
  'at',
  'with',
  'from',
  'to',
  'for',
  'about',
  'against',
  'than',
  'where',
  'whether',
]);
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'also',
  'not',
  'never',
  'still',
  'already',
  'repeatedly',
  'publicly',
  'privately',
  'reportedly',
  'once',
  'again',
  'now',
  'did',
  'does',
  'do',
  'been',
  'be',
]);
const LEADING_CONNECTIVES = new Set(['but', 'and', 'however', 'yet', 'so', 'also', 'meanwhile', 'still']);
const NOT_A_SUBJECT = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'there']);
/** Verbs that are also adjectives ("alleged hired thugs"): a verb only when a clause follows. */
const ADJECTIVE_LIKE = new Set(['alleged']);
/** Verbs that are also nouns ("the reports", "his claims"): a verb only when a clause follows. */
const NOUN_LIKE = new Set([
  'report',
  'reports',
  'claim',
  'claims',
  'state',
  'states',
  'note',
  'notes',
  'estimate',
  'estimates',
  'fear',
  'fears',
  'doubt',
  'doubts',
  'hope',
  'hopes',
  'thought',
  'caution',
  'pledge',
  'pledges',
  'vow',
  'vows',
  'expected',
]);
const QUANTIFIERS = new Set([
  'many',
  'some',
  'most',
  'several',
  'few',
  'other',
  'western',
  'arab',
  'israeli',
  'local',
  'foreign',
]);
const MAX_SOURCE_TOKENS = 10;
const SOURCE_KIND_RANK: Record<ActorKind, number> = {
  person: 0,
  organization: 1,
  state: 2,
  place: 3,
  other: 4,
};
const PRONOUNS = new Set(['he', 'she']);
/** Pronouns that name a source but never link to one actor. */
const SUBJECT_PRONOUNS = new Set(['they', 'we', 'i']);
/** Words after "appear" that make it a verb of showing up, not of seeming (findHedge). */
const PLACES_OF_APPEARING = new Set(['in', 'on', 'before', 'at']);
/** "is said to", "are believed to": a hedge without a source. */
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
/** Words after a cue that may be a noun which show it is a verb ("observers caution against …"). */
const VERB_PREPOSITIONS = new Set(['against', 'of']);
/** What follows "for many observers" when they are the source ("… it is", "…, the"). */
const AFTER_UNNAMED_SOURCE = new Set(['it', ',']);

/**
 * The sentences a careful reader wants flagged: content attributed to a source ("according to X",
 * "X said", "X feels that", "news leaks saying that") and assertions marked uncertain ("reportedly",
 * "appears to"). One claim per sentence, spanning the sentence; the source is linked to its actor
 * where it names one.
 */
export function findClaims({ text, tokens, sentences }: TokenizedText, actors: readonly Actor[]): Claim[] {
  const claims: Claim[] = [];
  // Only attributed claims need the mentions in text order: built on the first one.
  let mentions: PlacedMention[] | undefined;
  for (const sentence of sentences) {
    const first = sentence.tokenStart;
    const end = sentence.tokenEnd;
    if (end <= first || isPageFurniture(text, (tokens[first] as Token).start)) continue;
    const words: string[] = [];
    const cues = new Uint8Array(end - first);
    for (let index = first; index < end; index++) {
      const written = (tokens[index] as Token).text;
      const word = written.toLowerCase();
      // Capitalised inside a sentence, a cue word is a name's ("the United States"), not a verb.
      const namesWord = index > first && word !== written && isCapitalised(written);
      cues[index - first] = namesWord ? 0 : (CUE_FLAGS.get(word) ?? 0);
      words.push(word);
    }
    const span = { start: (tokens[first] as Token).start, end: (tokens[end - 1] as Token).end };
    const attribution = findAttribution(words, cues, tokens, first);
    if (attribution) {
      const source = {
        start: (tokens[attribution.source.first] as Token).start,
        end: (tokens[attribution.source.end - 1] as Token).end,
      };
      const sourceText = text.slice(source.start, source.end);
      mentions ??= placedMentions(actors);
      const actorId = sourceActor(source, sourceText, mentions);
      claims.push({
        ...span,
        kind: 'attributed',
        cue: text.slice(
          (tokens[attribution.cue.first] as Token).start,
          (tokens[attribution.cue.end - 1] as Token).end,
        ),
        source: actorId ? { text: sourceText, actorId } : { text: sourceText },
      });
      continue;
    }
    const hedge = findHedge(words, cues);
    if (hedge) {
      claims.push({
        ...span,
        kind: 'hedged',
        cue: text.slice(
          (tokens[first + hedge.first] as Token).start,
          (tokens[first + hedge.end - 1] as Token).end,
        ),
      });
    }
  }
  return claims;
}

/** `cues` are the CUE_FLAGS of the words: the scans below skip words that start no cue. */
function findAttribution(
  words: readonly string[],
  cues: Uint8Array,
  tokens: readonly Token[],
  offset: number,
): Attribution | null {
  // "According to X, …"
  for (let index = 0; index < words.length; index += 1) {
    if (((cues[index] as number) & CUE_OPENER) === 0) continue;
    const opener = sequenceAt(OPENERS_BY_FIRST_WORD, words, index);
    if (!opener) continue;
    const sourceFirst = index + opener.length;
    let sourceEnd = sourceFirst;
    while (
      sourceEnd < words.length &&
      !PUNCTUATION.has(words[sourceEnd] as string) &&
      sourceEnd - sourceFirst < MAX_SOURCE_TOKENS
    ) {
      sourceEnd += 1;
    }
    if (sourceEnd > sourceFirst) {
      return {
        cue: absolute(index, sourceFirst, offset),
        source: absolute(sourceFirst, sourceEnd, offset),
      };
    }
  }
  // "for many observers it is …"
  for (let index = 0; index + 2 < words.length; index += 1) {
    if (words[index] !== 'for') continue;
    let noun = index + 1;
    while (noun < words.length && QUANTIFIERS.has(words[noun] as string)) noun += 1;
    if (
      noun > index + 1 &&
      UNNAMED_SOURCE_NOUNS.has(words[noun] ?? '') &&
      AFTER_UNNAMED_SOURCE.has(words[noun + 1] ?? '')
    ) {
      return {
        cue: absolute(index, index + 1, offset),
        source: absolute(index + 1, noun + 1, offset),
      };
    }
  }
  // "X said …", "X feels that …", "news leaks saying that …", "…, said X."
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as string;
    const speech = ((cues[index] as number) & CUE_SPEECH) !== 0;
    const belief = ((cues[index] as number) & CUE_BELIEF) !== 0;
    if (!speech && !belief) continue;
    // "is said to", "are believed to": a hedge without a source, not an attribution.
    if (PASSIVE_AUXILIARIES.has(words[index - 1] ?? '') && words[index + 1] === 'to') continue;
    const followedByClause =
      words[index + 1] === 'that' || (speech && PUNCTUATION.has(words[index + 1] ?? '.'));
    if (belief && words[index + 1] !== 'that') continue;
    if (NOUN_LIKE.has(word) && !followedByClause && !VERB_PREPOSITIONS.has(words[index + 1] ?? '')) continue;
    if (ADJECTIVE_LIKE.has(word) && !followedByClause) continue;
    const subject = subjectBefore(words, tokens, offset, index);
    if (subject)
      return {
        cue: absolute(index, index + 1, offset),
        source: absolute(subject.first, subject.end, offset),
      };
    if (speech) {
      const inverted = subjectAfter(words, tokens, offset, index);
      if (inverted)
        return {
          cue: absolute(index, index + 1, offset),
          source: absolute(inverted.first, inverted.end, offset),
        };
    }
  }
  return null;
}

/** The noun phrase a verb's subject is written as, back to the clause's start. */
function subjectBefore(
  words: readonly string[],
  tokens: readonly Token[],
  offset: number,
  verb: number,
): { first: number; end: number } | null {
  let end = verb;
  while (
    end > 0 &&
    (BETWEEN_SUBJECT_AND_VERB.has(words[end - 1] as string) || isAdverb(words[end - 1] as string))
  )
    end -= 1;
  end = beforeAppositive(words, end);
  let first = end;
  while (first > 0) {
    const word = words[first - 1] as string;
    if (PUNCTUATION.has(word) || CLAUSE_WORDS.has(word)) break;
    first -= 1;
  }
  while (first < end && LEADING_CONNECTIVES.has(words[first] as string)) first += 1;
  if (end - first === 0 || end - first > MAX_SOURCE_TOKENS) return null;
  if (end - first === 1 && NOT_A_SUBJECT.has(words[first] as string)) return null;
  // A subject names someone: a capitalised word, a pronoun, or a noun such as "observers".
  for (let index = first; index < end; index++) {
    const word = words[index] as string;
    if (
      startsWithCapital(tokens, offset + index) ||
      UNNAMED_SOURCE_NOUNS.has(word) ||
      PRONOUNS.has(word) ||
      SUBJECT_PRONOUNS.has(word)
    )
      return { first, end };
  }
  return null;
}

/** The longest appositive between a subject and its verb ("Kareema, Professor of Shariaa at Al-Azhar, said"). */
const MAX_APPOSITIVE_TOKENS = 15;

/**
 * Where the subject ends when an appositive stands between it and the verb: "X, a professor at
 * Al-Azhar, said …" is said by X. `end` is where the words before the verb end.
 */
function beforeAppositive(words: readonly string[], end: number): number {
  if (words[end - 1] !== ',') return end;
  for (let comma = end - 2; comma > 0 && end - comma <= MAX_APPOSITIVE_TOKENS; comma -= 1) {
    const word = words[comma] as string;
    if (word === ',') return comma > 0 && !PUNCTUATION.has(words[comma - 1] as string) ? comma : end;
    if (PUNCTUATION.has(word)) return end;
  }
  return end;
}

/** "…, said Muslim Brotherhood Secretary General Mahmoud Hussein." */
function subjectAfter(
  words: readonly string[],
  tokens: readonly Token[],
  offset: number,
  verb: number,
): { first: number; end: number } | null {
  const before = words[verb - 1] ?? '';
  if (!PUNCTUATION.has(before)) return null;
  const first = verb + 1;
  // "…, said that …" opens what was said, not who said it.
  if (words[first] === 'that') return null;
  let end = first;
  while (end < words.length && !PUNCTUATION.has(words[end] as string) && end - first < MAX_SOURCE_TOKENS)
    end += 1;
  for (let index = first; index < end; index++)
    if (startsWithCapital(tokens, offset + index)) return { first, end };
  return null;
}

function findHedge(words: readonly string[], cues: Uint8Array): { first: number; end: number } | null {
  for (let index = 0; index < words.length; index += 1) {
    if (((cues[index] as number) & CUE_HEDGE) === 0) continue;
    const hedge = sequenceAt(HEDGES_BY_FIRST_WORD, words, index);
    if (!hedge) continue;
    // "appears in print", "appeared in court": a verb of showing up, not of seeming.
    if (
      hedge.length === 1 &&
      hedge[0]?.startsWith('appear') &&
      PLACES_OF_APPEARING.has(words[index + 1] ?? '')
    )
      continue;
    return { first: index, end: index + hedge.length };
  }
  return null;
}

/** The first of the word sequences opened by the word at `index` that the words there match. */
function sequenceAt(
  sequencesByFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>,
  words: readonly string[],
  index: number,
): readonly string[] | undefined {
  const sequences = sequencesByFirstWord.get(words[index] as string);
  if (sequences === undefined) return undefined;
  for (const sequence of sequences) if (matchesAt(words, index, sequence)) return sequence;
  return undefined;
}

function matchesAt(words: readonly string[], index: number, sequence: readonly string[]): boolean {
  for (let offset = 0; offset < sequence.length; offset++)
    if (words[index + offset] !== sequence[offset]) return false;
  return true;
}

const UPPER_CASE_START = /^\p{Lu}/u;

function startsWithCapital(tokens: readonly Token[], index: number): boolean {
  return UPPER_CASE_START.test((tokens[index] as Token).text);
}

function isAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly');
}

/** A token range of a sentence's words as a range of the article's tokens. */
function absolute(first: number, end: number, offset: number): { first: number; end: number } {
  return { first: first + offset, end: end + offset };
}

type PlacedMention = { start: number; end: number; actor: Actor };

/** Every mention of every actor, in text order, with its actor. */
function placedMentions(actors: readonly Actor[]): PlacedMention[] {
  const placed: PlacedMention[] = [];
  for (const actor of actors) {
    for (const mention of actor.mentions) placed.push({ start: mention.start, end: mention.end, actor });
  }
  return placed.sort((a, b) => a.start - b.start);
}

/** The actor a source names: the most specific actor mentioned in it; "he"/"she": the last person before. */
function sourceActor(
  source: { start: number; end: number },
  sourceText: string,
  mentions: readonly PlacedMention[],
): string | undefined {
  // Mentions are in text order: the search starts at the first one at or after the source.
  const from = lowerBound(mentions, (mention) => mention.start < source.start);
  const inside: PlacedMention[] = [];
  for (let index = from; index < mentions.length; index++) {
    const mention = mentions[index] as PlacedMention;
    if (mention.start >= source.end) break;
    if (mention.end <= source.end) inside.push(mention);
  }
  if (inside.length > 0) {
    const best = inside.reduce((a, b) =>
      SOURCE_KIND_RANK[b.actor.kind] <= SOURCE_KIND_RANK[a.actor.kind] ? b : a,
    );
    return best.actor.id;
  }
  if (PRONOUNS.has(sourceText.toLowerCase())) {
    for (let index = from - 1; index >= 0; index--) {
      const mention = mentions[index] as PlacedMention;
      if (mention.end <= source.start && mention.actor.kind === 'person') return mention.actor.id;
    }
  }
  return undefined;
}
