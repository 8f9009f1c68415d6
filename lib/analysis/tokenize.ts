/**
 * Word tokenizer and sentence splitter for English news text.
 *
 * Tokens follow the conventions of the NER training data (CrossNER, Wikigold) so that the tagger sees at run
 * time what it saw in training: punctuation is split off, hyphenated compounds stay whole ("US-Israeli",
 * "El-Sisi"), possessive and other clitics are split ("Egypt" + "'s", "do" + "n't"), acronyms and known
 * abbreviations keep their periods ("U.S.", "Mr.", "J."), numbers keep their separators ("3.5", "1,000").
 *
 * Offsets are JavaScript UTF-16 indices into the input; `end` is exclusive, so `text.slice(start, end)` is
 * always the token text.
 */

export type Token = { text: string; start: number; end: number };

/** A sentence as a character span plus the range of tokens it covers (`tokenEnd` exclusive). */
export type Sentence = { start: number; end: number; tokenStart: number; tokenEnd: number };

/** Titles and abbreviations that keep their trailing period and never end a sentence. */
const TITLE_ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Mx',
  'Dr',
  'Prof',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Cpt',
  'Sgt',
  'Cpl',
  'Adm',
  'Brig',
  'Cmdr',
  'Gov',
  'Sen',
  'Rep',
  'Rev',
  'Hon',
  'Pres',
  'Amb',
  'Supt',
  'Insp',
  'Det',
  'St',
  'Mt',
  'Ft',
  'Messrs',
  'Mme',
  'Mlle',
  'vs',
  'cf',
  'approx',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Fig',
  'fig',
  'Vol',
  'vol',
  'pp',
  'Art',
]);

/** Abbreviations that keep their period but may also end a sentence ("... Apple Inc. The company ..."). */
const FINAL_ABBREVIATIONS = new Set([
  'Inc',
  'Ltd',
  'Corp',
  'Co',
  'Bros',
  'Jr',
  'Sr',
  'etc',
  'Esq',
  'Plc',
  'plc',
]);

/** "No." is an abbreviation only before a number ("No. 10"), otherwise it is the word "No" and a full stop. */
const NUMBER_ABBREVIATIONS = new Set(['No', 'no', 'Nos', 'nos']);

const CLITICS = new Set(["'s", "'re", "'ve", "'ll", "'d", "'m"]);

// One alternative per token class; the group that matched tells the class. Order matters: JavaScript takes the
// first alternative that matches, not the longest.
const SEG = String.raw`(?:\d+(?:[.,:]\d+)+|[\p{L}\p{M}\p{N}\u200C\u200D]+)`;
const APOSTROPHE_PART = String.raw`(?:['’][\p{L}\p{M}]+)*`;
const TOKEN_PATTERN = new RegExp(
  [
    // 1 URLs and e-mail addresses; a final period or bracket belongs to the sentence, not the URL.
    String.raw`((?:https?:\/\/|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?)\]'’]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`,
    // 2 acronyms and dotted abbreviations: U.S., e.g., a.k.a., Ph.D.
    String.raw`(\p{L}{1,2}\.(?:\p{L}\.)+)`,
    // 3 a clitic standing alone, as in detokenised training text ("Egypt 's")
    String.raw`(['’](?:[sSdDmM]|re|ve|ll|RE|VE|LL)(?![\p{L}\p{N}]))`,
    // 4 words, numbers, hyphenated compounds, and capitals joined by an ampersand (AT&T, S&P, B&SR)
    `(${SEG}${APOSTROPHE_PART}(?:(?:[-‐‑]|&(?<=\\p{Lu}&)(?=\\p{Lu}))${SEG}${APOSTROPHE_PART})*)`,
    // 5 runs that read as one symbol: ellipses, double dashes, repeated ?!
    String.raw`(\.{2,}|-{2,}|[?!]{2,})`,
    // 6 anything else: one code point (so surrogate pairs stay whole)
    '([^])',
  ].join('|'),
  'uy',
);

const GROUP_WORD = 4;

function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isUppercaseLetterCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isDigitAfterSpaces(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
}

function pushToken(tokens: Token[], text: string, start: number, end: number): void {
  tokens.push({ text: text.slice(start, end), start, end });
}

/**
 * Splits a matched word into the word and a trailing clitic ("Egypt's" → "Egypt" "'s", "don't" → "do"
 * "n't") and attaches a following abbreviation period. Returns the end of what was consumed.
 */
function pushWord(tokens: Token[], text: string, start: number, end: number): number {
  const length = end - start;
  // Clitics: only the ASCII and typographic apostrophes, only at the end of a word of two or more letters.
  // Every clitic has an apostrophe two or three characters from the end: most words are let through
  // without building any substring.
  if (
    length >= 3 &&
    (isApostropheCode(text.charCodeAt(end - 2)) || isApostropheCode(text.charCodeAt(end - 3)))
  ) {
    const tail3 = text.slice(end - 3, end).toLowerCase();
    if ((tail3 === "n't" || tail3 === 'n’t') && length > 3) {
      pushToken(tokens, text, start, end - 3);
      pushToken(tokens, text, end - 3, end);
      return end;
    }
    for (const cliticLength of CLITIC_LENGTHS) {
      if (length <= cliticLength) continue;
      const tail = text
        .slice(end - cliticLength, end)
        .replace('’', "'")
        .toLowerCase();
      if (CLITICS.has(tail)) {
        pushToken(tokens, text, start, end - cliticLength);
        pushToken(tokens, text, end - cliticLength, end);
        return end;
      }
    }
  }
  if (text.charCodeAt(end) === 46 /* . */) {
    const word = text.slice(start, end);
    const keepsPeriod =
      (length === 1 && isUppercaseLetterCode(text.charCodeAt(start))) ||
      TITLE_ABBREVIATIONS.has(word) ||
      FINAL_ABBREVIATIONS.has(word) ||
      (NUMBER_ABBREVIATIONS.has(word) && isDigitAfterSpaces(text, end + 1));
    // "..." after a word is an ellipsis, not an abbreviation period.
    if (keepsPeriod && text.charCodeAt(end + 1) !== 46) {
      pushToken(tokens, text, start, end + 1);
      return end + 1;
    }
  }
  pushToken(tokens, text, start, end);
  return end;
}

const CLITIC_LENGTHS = [2, 3] as const;

function isApostropheCode(code: number): boolean {
  return code === 39 /* ' */ || code === 0x2019 /* ’ */;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = TOKEN_PATTERN;
  let position = 0;
  const length = text.length;
  while (position < length) {
    const code = text.charCodeAt(position);
    if (isSpaceCode(code)) {
      position++;
      continue;
    }
    // Most tokens are plain ASCII words: those are taken without running the pattern (see plainWordEnd).
    if (isAsciiLetterCode(code)) {
      const end = plainWordEnd(text, position);
      if (end > 0) {
        position = pushWord(tokens, text, position, end);
        continue;
      }
    }
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (match === null) break; // unreachable: the last alternative matches any code point
    const end = position + match[0].length;
    if (match[GROUP_WORD] !== undefined) {
      position = pushWord(tokens, text, position, end);
      continue;
    }
    // URLs, acronyms, stand-alone clitics and punctuation are taken as matched.
    pushToken(tokens, text, position, end);
    position = end;
  }
  return tokens;
}

function isAsciiLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiAlphanumericCode(code: number): boolean {
  return isAsciiLetterCode(code) || (code >= 48 && code <= 57);
}

/**
 * The end of the word starting at `start` (an ASCII letter) when the token pattern would match exactly that
 * word, or -1 when the pattern must decide. The word is the run of ASCII letters and digits from `start`;
 * the pattern matches just that run when what follows cannot extend it under any alternative: the end of
 * the text, a space, one of , ; ! ? " ( ) “ ”, or a period before a space. None of these is a letter, digit,
 * mark, apostrophe or hyphen (words, clitics, compounds) or continues a URL or an e-mail address; a period
 * followed by a letter ("U.S.", "www.x.org", "john.doe@x.org") is left to the pattern.
 */
function plainWordEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && isAsciiAlphanumericCode(text.charCodeAt(end))) end++;
  if (end === text.length) return end;
  const next = text.charCodeAt(end);
  if (isSpaceCode(next)) return end;
  switch (next) {
    case 44: // ,
    case 59: // ;
    case 33: // !
    case 63: // ?
    case 34: // "
    case 40: // (
    case 41: // )
    case 0x201c: // “
    case 0x201d: // ”
      return end;
    case 46: // . (the period itself is pushWord's to attach or not)
      return end + 1 === text.length || isSpaceCode(text.charCodeAt(end + 1)) ? end : -1;
    default:
      return -1;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Sentence splitting

const TERMINAL_PUNCTUATION = new Set(['.', '!', '?', '…', '...', '?!', '!?', '؟', '。', '!!', '??']);
const CLOSING_PUNCTUATION = new Set(['"', '”', "'", '’', ')', ']', '»', '›']);
/**
 * Marks no sentence opens with: after a full stop they show it was an abbreviation's ("Portland,
 * Ore., jury", "Independence, Mo., on March 12", "INDEPENDENCE, Mo. _ The North Atlantic …", a
 * wire dateline's dash), so the sentence goes on.
 */
const CONTINUING_PUNCTUATION = new Set([',', ';', ':', '،', '؛', '—', '–', '--', '_']);

/** First chars of the terminal punctuation: a number compare rules out most tokens before the string lookup. */
const TERMINAL_FIRST_CODES = new Set([...TERMINAL_PUNCTUATION].map((mark) => mark.charCodeAt(0)));

function isTerminalPunctuation(tokenText: string): boolean {
  return TERMINAL_FIRST_CODES.has(tokenText.charCodeAt(0)) && TERMINAL_PUNCTUATION.has(tokenText);
}

/**
 * Capitalised words that usually start a sentence. After an abbreviation that can also end a sentence
 * ("U.S.", "Inc."), a capitalised name most likely continues it ("U.S. President"), but one of these most
 * likely starts the next sentence.
 */
const SENTENCE_STARTERS = new Set([
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'You',
  'This',
  'That',
  'These',
  'Those',
  'There',
  'In',
  'On',
  'At',
  'But',
  'And',
  'However',
  'Meanwhile',
  'Its',
  'His',
  'Her',
  'Their',
  'Our',
  'After',
  'Before',
  'As',
  'If',
  'When',
  'While',
  'Since',
  'Last',
  'Earlier',
  'Later',
  'According',
]);

function isLowercaseStart(tokenText: string): boolean {
  const first = tokenText.charAt(0);
  return first !== first.toUpperCase() && first === first.toLowerCase();
}

function isAbbreviationToken(tokenText: string): boolean {
  return tokenText.length > 1 && tokenText.endsWith('.') && tokenText !== '...';
}

/** Whether an abbreviation such as "U.S." or "Inc." ends the sentence, given the next token. */
function abbreviationEndsSentence(tokenText: string, next: Token | undefined): boolean {
  if (next === undefined) return true;
  const word = tokenText.slice(0, -1);
  if (TITLE_ABBREVIATIONS.has(word) || NUMBER_ABBREVIATIONS.has(word)) return false;
  // A single capital letter and a period is an initial: "J. Smith".
  if (word.length === 1 && isUppercaseLetterCode(word.charCodeAt(0))) return false;
  return SENTENCE_STARTERS.has(next.text);
}

function gapHasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/**
 * Splits text into sentences. Newlines are hard breaks (paragraphs in extracted article text); otherwise a
 * sentence ends at terminal punctuation (plus closing quotes or brackets right after it) unless the next
 * word starts in lowercase or a mark no sentence opens with follows (a comma, a dash), and at an
 * abbreviation only when the next word typically starts a sentence.
 */
export function splitSentences(text: string, tokens: readonly Token[] = tokenize(text)): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = 0;
  const close = (tokenEnd: number) => {
    const first = tokens[sentenceStart];
    const last = tokens[tokenEnd - 1];
    if (first !== undefined && last !== undefined && tokenEnd > sentenceStart) {
      sentences.push({ start: first.start, end: last.end, tokenStart: sentenceStart, tokenEnd });
    }
    sentenceStart = tokenEnd;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (next === undefined) break;
    if (gapHasNewline(text, token.end, next.start)) {
      close(i + 1);
      continue;
    }
    if (isTerminalPunctuation(token.text)) {
      // Swallow closing quotes and brackets that touch the punctuation: 'he said." Next'.
      let last = i;
      let after: Token | undefined = next;
      let previousEnd = token.end;
      while (after !== undefined && after.start === previousEnd && CLOSING_PUNCTUATION.has(after.text)) {
        last++;
        previousEnd = after.end;
        after = tokens[last + 1];
      }
      if (after === undefined || !(isLowercaseStart(after.text) || CONTINUING_PUNCTUATION.has(after.text))) {
        close(last + 1);
        i = last;
      }
      continue;
    }
    if (isAbbreviationToken(token.text) && abbreviationEndsSentence(token.text, next)) close(i + 1);
  }
  close(tokens.length);
  return sentences;
}
