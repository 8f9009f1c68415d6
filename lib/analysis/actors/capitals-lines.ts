import { isMonthName } from '../calendar-words';
import type { Sentence, Token } from '../tokenize';
import type { TokenizedText } from './find-actors';
import type { KnownMention } from './known-mentions';
import type { TaggedEntity } from './merge-mentions';
import { replacedBy } from './replaced-spans';

/** The article in reading case, and the places its datelines name. */
export interface ReadingCase extends TokenizedText {
  /** Offsets of each dateline's place ("STUTTGART" of "STUTTGART , Germany 1996-10-27"). */
  datelinePlaces: { start: number; end: number }[];
}

/** A dateline names its place in at most this many words ("AL-AIN", "NEW YORK", "RIO DE JANEIRO"). */
const MAX_DATELINE_WORDS = 3;
/** Known names this short in capitals are acronyms ("UN", "NATO", "OPEC") and stay as written. */
const MAX_ACRONYM_LETTERS = 4;
/** How far after a dateline's comma its date may come: ", United Arab Emirates 1996-12-06". */
const DATE_REACH = 5;
const LOWER_CASE = /\p{Ll}/u;

/**
 * The article as the tagger should read it: lines written in capitals (wire headlines, "SOCCER -
 * PORTUGAL HOLD BRAZIL TO GOALLESS DRAW IN LISBON") and the capital words of a dateline ("STUTTGART
 * , Germany 1996-10-27") in the case the article writes their words elsewhere.
 *
 * Why: the tagger learned names from their capitals, so a whole line of them reads to it as one long
 * name (that headline came out as a single MISC span, which hid the two states in it). Each word of
 * such a line takes: a known name's capital first letter (acronyms as written); for a dateline's
 * words, a capital first letter, since a dateline names a place; else the form the article gives the
 * same word in its ordinary sentences ("Sampras", "beats"); else lower case. A headline's first word
 * takes a capital, as any sentence's does. Only letters' case changes, never the length,
 * so every offset holds for the original text and mentions found in the reading are mentions of it.
 */
export function inReadingCase(input: TokenizedText, known: readonly KnownMention[]): ReadingCase {
  const { text, tokens, sentences } = input;
  const segments = capitalSegments(input);
  if (segments.length === 0) return { ...input, datelinePlaces: [] };
  const inSegment = new Uint8Array(tokens.length);
  for (const segment of segments) inSegment.fill(1, segment.first, segment.end);
  const inKnownName = knownNameTokens(tokens, known);
  const written = writtenForms(input, inSegment, segments, inKnownName);
  const recased = tokens.slice();
  const pieces: string[] = [];
  let copiedUpTo = 0;
  for (const segment of segments) {
    for (let index = segment.first; index < segment.end; index++) {
      const token = tokens[index] as Token;
      let form: string;
      // A single capital is a word ("V" of "ENGLAND V PAKISTAN", "A"), but "I" and initials stay.
      if (isSingleCapital(token.text)) {
        if (token.text === 'I' || inKnownName[index]) continue;
        form = token.text.toLowerCase();
      } else if (!isInCapitals(token.text)) continue;
      else if (inKnownName[index])
        form = letterCount(token.text) <= MAX_ACRONYM_LETTERS ? token.text : titleCase(token.text);
      else if (segment.dateline) form = titleCase(token.text);
      else form = written.get(token.text.toLowerCase()) ?? token.text.toLowerCase();
      // A headline opens with a capital, as any sentence does.
      if (index === segment.first) form = capitalised(form);
      // A letter whose other case is longer ("İ") would move every offset after it: leave the word.
      if (form === token.text || form.length !== token.text.length) continue;
      pieces.push(text.slice(copiedUpTo, token.start), form);
      copiedUpTo = token.end;
      recased[index] = { ...token, text: form };
    }
  }
  pieces.push(text.slice(copiedUpTo));
  const datelinePlaces = segments
    .filter((segment) => segment.dateline)
    .map((segment) => ({
      start: (tokens[segment.first] as Token).start,
      end: (tokens[segment.end - 1] as Token).end,
    }));
  return { text: pieces.join(''), tokens: recased, sentences, datelinePlaces };
}

/** A dateline names a place, whatever the tagger made of its words. */
export function withDatelinePlaces(
  spans: readonly TaggedEntity[],
  places: readonly { start: number; end: number }[],
): TaggedEntity[] {
  return replacedBy(
    spans,
    places.map((place) => ({ ...place, type: 'LOC' as const })),
  );
}

interface CapitalSegment {
  /** First token, and the token after the last. */
  first: number;
  end: number;
  dateline: boolean;
}

/** The lines without a lower-case letter, and the capital words that open a dateline. */
function capitalSegments({ text, tokens, sentences }: TokenizedText): CapitalSegment[] {
  const segments: CapitalSegment[] = [];
  for (const sentence of sentences) {
    if (sentence.tokenEnd <= sentence.tokenStart) continue;
    // The opening run of words in capitals.
    let run = sentence.tokenStart;
    while (
      run < sentence.tokenEnd &&
      run - sentence.tokenStart < MAX_DATELINE_WORDS &&
      isInCapitals((tokens[run] as Token).text)
    )
      run++;
    // A dateline: its place, then a date or ", State" ("STUTTGART , Germany 1996-10-27", "CAIRO , March 13").
    const dateline =
      run > sentence.tokenStart && run < sentence.tokenEnd && startsDate(tokens, run, sentence.tokenEnd);
    if (dateline) segments.push({ first: sentence.tokenStart, end: run, dateline });
    // A line without a lower-case letter: the rest of it, after any dateline.
    if (!hasLowerCaseWord(tokens, sentence) && hasTwoCapitals(text.slice(sentence.start, sentence.end)))
      segments.push({ first: dateline ? run : sentence.tokenStart, end: sentence.tokenEnd, dateline: false });
  }
  return segments;
}

/**
 * Whether what follows a dateline's place begins at token `index`: a date ("1996-10-27"), the news
 * agency ("(Reuters)"), or a state or country and then a date (", Germany 1996-10-27", ", March 13").
 * A list of names in capitals ("AOL, Red Hat, Sun …") has no date and is no dateline.
 */
function startsDate(tokens: readonly Token[], index: number, end: number): boolean {
  const word = (tokens[index] as Token).text;
  if (/^\d/.test(word)) return true;
  if (word === '(') return tokens[index + 2]?.text === ')' && isCapitalWord(tokens[index + 1]?.text);
  if (word !== ',') return false;
  for (let at = index + 1; at < Math.min(end, index + 1 + DATE_REACH); at++) {
    const next = (tokens[at] as Token).text;
    if (/^\d/.test(next) || isMonthName(next)) return true;
  }
  return false;
}

function isCapitalWord(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word);
}

/**
 * How the article writes each word in its ordinary sentences, by the word in lower case: the form
 * met most often inside a sentence (not opening one, where any word takes a capital: "Scoreboard on
 * the first day …" says nothing of "SCOREBOARD"), else a dateline's place with its capital first
 * letter ("STUTTGART" of a headline).
 */
function writtenForms(
  { tokens, sentences }: TokenizedText,
  inSegment: Uint8Array,
  segments: readonly CapitalSegment[],
  inKnownName: Uint8Array,
): Map<string, string> {
  const inside = new FormCounts();
  const datelines = new FormCounts();
  // Only the words a headline needs are looked for, and a word of another length is passed over
  // without lower-casing it: most of an article's words are not in its headlines.
  const wanted = new Set<string>();
  const wantedLengths = new Set<number>();
  for (const segment of segments) {
    for (let index = segment.first; index < segment.end; index++) {
      const word = (tokens[index] as Token).text;
      if (segment.dateline) datelines.add(titleCase(word));
      else if (!inKnownName[index] && isInCapitals(word)) {
        wanted.add(word.toLowerCase());
        wantedLengths.add(word.length);
      }
    }
  }
  if (wanted.size === 0) return datelines.mostFrequent();
  for (const sentence of sentences) {
    for (let index = sentence.tokenStart + 1; index < sentence.tokenEnd; index++) {
      const word = (tokens[index] as Token).text;
      if (inSegment[index] || !wantedLengths.has(word.length) || !wanted.has(word.toLowerCase())) continue;
      inside.add(word);
    }
  }
  const forms = datelines.mostFrequent();
  for (const [key, form] of inside.mostFrequent()) forms.set(key, form);
  return forms;
}

class FormCounts {
  private readonly counts = new Map<string, Map<string, number>>();

  add(word: string): void {
    const key = word.toLowerCase();
    const forms = this.counts.get(key) ?? new Map<string, number>();
    forms.set(word, (forms.get(word) ?? 0) + 1);
    this.counts.set(key, forms);
  }

  mostFrequent(): Map<string, string> {
    const result = new Map<string, string>();
    for (const [key, forms] of this.counts) {
      let best = '';
      let bestCount = 0;
      for (const [form, count] of forms) if (count > bestCount) [best, bestCount] = [form, count];
      result.set(key, best);
    }
    return result;
  }
}

/** Which tokens lie inside a name the knowledge base knows. */
function knownNameTokens(tokens: readonly Token[], known: readonly KnownMention[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  let index = 0;
  for (const mention of [...known].sort((a, b) => a.start - b.start)) {
    while (index < tokens.length && (tokens[index] as Token).end <= mention.start) index++;
    for (let at = index; at < tokens.length && (tokens[at] as Token).start < mention.end; at++)
      inside[at] = 1;
  }
  return inside;
}

/** A word of two or more letters, every one a capital ("LISBON", "AL-AIN", "PANDORA'S"). */
function isInCapitals(word: string): boolean {
  return !hasLowerCase(word) && letterCount(word) >= 2;
}

function isSingleCapital(word: string): boolean {
  return word.length === 1 && word !== word.toLowerCase();
}

/** Whether a sentence has a lower-case letter; ordinary sentences tell at their first or second word. */
function hasLowerCaseWord(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++)
    if (hasLowerCase((tokens[index] as Token).text)) return true;
  return false;
}

/** Most words are ASCII: their letters decide without a Unicode search. */
function hasLowerCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
    if (code > 127) return LOWER_CASE.test(word);
  }
  return false;
}

function letterCount(word: string): number {
  let count = 0;
  for (const character of word) if (character.toLowerCase() !== character.toUpperCase()) count++;
  return count;
}

function hasTwoCapitals(words: string): boolean {
  let count = 0;
  for (const character of words) if (character !== character.toLowerCase() && ++count >= 2) return true;
  return false;
}

function capitalised(word: string): string {
  return word.replace(/\p{L}/u, (letter) => letter.toUpperCase());
}

/** "AL-AIN" → "Al-Ain", "PANDORA'S" → "Pandora's": a capital opens the word and each hyphened part. */
function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|-)(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
