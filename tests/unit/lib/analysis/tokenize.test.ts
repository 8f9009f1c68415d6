import { describe, expect, it } from 'vitest';
import { splitSentences, type Token, tokenize } from '../../../../lib/analysis/tokenize';

const texts = (tokens: Token[]) => tokens.map((token) => token.text);

function sentenceTexts(text: string): string[] {
  return splitSentences(text).map((sentence) => text.slice(sentence.start, sentence.end));
}

describe('tokenize', () => {
  it('gives offsets that slice back to every token', () => {
    const samples = [
      'Egypt’s President Abdel Fattah El-Sisi met U.S. envoys — “not now,” he said.',
      'قال الرئيس المصري إن الاتفاق، في القاهرة، ممكن.',
      'Emoji 😀 and\ttabs\u00a0and non-breaking spaces… done',
      'See https://english.ahram.org.eg/News/1.aspx?x=1, or mail press@example.org.',
    ];
    for (const text of samples) {
      const tokens = tokenize(text);
      expect(tokens.length).toBeGreaterThan(3);
      let previousEnd = 0;
      for (const token of tokens) {
        expect(text.slice(token.start, token.end)).toBe(token.text);
        expect(token.start).toBeGreaterThanOrEqual(previousEnd);
        expect(token.text.trim()).toBe(token.text);
        previousEnd = token.end;
      }
    }
  });

  it('keeps capitals joined by an ampersand as one name, and splits any other ampersand', () => {
    expect(texts(tokenize('AT&T, S&P 500 and Tom & Jerry; rock&roll.'))).toEqual([
      'AT&T',
      ',',
      'S&P',
      '500',
      'and',
      'Tom',
      '&',
      'Jerry',
      ';',
      'rock',
      '&',
      'roll',
      '.',
    ]);
  });

  it('splits punctuation and possessives like the training data, keeps hyphenated compounds', () => {
    expect(texts(tokenize("Egypt's US-Israeli plan, El-Sisi said."))).toEqual([
      'Egypt',
      "'s",
      'US-Israeli',
      'plan',
      ',',
      'El-Sisi',
      'said',
      '.',
    ]);
    expect(texts(tokenize('Egypt’s talks didn’t stop'))).toEqual([
      'Egypt',
      '’s',
      'talks',
      'did',
      'n’t',
      'stop',
    ]);
  });

  it('re-reads detokenised training text the way it was tokenised', () => {
    expect(texts(tokenize("Obama 's visit , do n't stop ( 1999 )"))).toEqual([
      'Obama',
      "'s",
      'visit',
      ',',
      'do',
      "n't",
      'stop',
      '(',
      '1999',
      ')',
    ]);
  });

  it('keeps abbreviations, initials, acronyms, numbers and URLs whole', () => {
    expect(
      texts(tokenize('Mr. J. Smith of the U.S. paid $1,000.50, a 3.5% rise, at No. 10 Downing St. today')),
    ).toEqual([
      'Mr.',
      'J.',
      'Smith',
      'of',
      'the',
      'U.S.',
      'paid',
      '$',
      '1,000.50',
      ',',
      'a',
      '3.5',
      '%',
      'rise',
      ',',
      'at',
      'No.',
      '10',
      'Downing',
      'St.',
      'today',
    ]);
    expect(texts(tokenize('Read https://ahram.org.eg/News/123.aspx.'))).toEqual([
      'Read',
      'https://ahram.org.eg/News/123.aspx',
      '.',
    ]);
    expect(texts(tokenize('He said no.'))).toEqual(['He', 'said', 'no', '.']);
  });

  it('separates Unicode quotes and dashes', () => {
    expect(texts(tokenize('“Peace”—now – or never'))).toEqual([
      '“',
      'Peace',
      '”',
      '—',
      'now',
      '–',
      'or',
      'never',
    ]);
  });

  it('keeps Arabic words whole and splits Arabic punctuation', () => {
    expect(texts(tokenize('مصر، السيسي؟'))).toEqual(['مصر', '،', 'السيسي', '؟']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });

  // Plain ASCII words skip the token pattern; what follows them decides whether the pattern is needed.
  it('reads words next to URL, address, acronym and clitic marks the same on the fast path', () => {
    expect(texts(tokenize('www. x and www.x.org, mail john.doe@x.org or john. Doe'))).toEqual([
      'www',
      '.',
      'x',
      'and',
      'www.x.org',
      ',',
      'mail',
      'john.doe@x.org',
      'or',
      'john',
      '.',
      'Doe',
    ]);
    expect(texts(tokenize('U.S. A1, G20; x_y a:b http://x.org “Gaza”(Rafah) it’s re-elect café'))).toEqual([
      'U.S.',
      'A1',
      ',',
      'G20',
      ';',
      'x',
      '_',
      'y',
      'a',
      ':',
      'b',
      'http://x.org',
      '“',
      'Gaza',
      '”',
      '(',
      'Rafah',
      ')',
      'it',
      '’s',
      're-elect',
      'café',
    ]);
    expect(texts(tokenize('Mr. Smith, Inc.\nNo. 10 no.'))).toEqual([
      'Mr.',
      'Smith',
      ',',
      'Inc.',
      'No.',
      '10',
      'no',
      '.',
    ]);
  });
});

describe('splitSentences', () => {
  it('does not split after titles, initials, acronyms before names, or inside decimals', () => {
    const text = 'Mr. Netanyahu met Gen. J. Smith and U.S. President Biden. Growth was 3.5 percent. It fell.';
    expect(sentenceTexts(text)).toEqual([
      'Mr. Netanyahu met Gen. J. Smith and U.S. President Biden.',
      'Growth was 3.5 percent.',
      'It fell.',
    ]);
  });

  it('ends a sentence at an abbreviation when a typical sentence start follows', () => {
    expect(sentenceTexts('He moved to the U.S. The move was quick.')).toEqual([
      'He moved to the U.S.',
      'The move was quick.',
    ]);
  });

  it('keeps closing quotes with their sentence and treats newlines as hard breaks', () => {
    const text = 'He said, “We will win.” Then he left\nCAIRO — Talks resumed';
    expect(sentenceTexts(text)).toEqual(['He said, “We will win.”', 'Then he left', 'CAIRO — Talks resumed']);
  });

  it('does not split before a lowercase continuation', () => {
    expect(sentenceTexts('Yahoo! said it would. What next?')).toEqual([
      'Yahoo! said it would.',
      'What next?',
    ]);
  });

  it('goes on after an abbreviation that a comma or a dash follows', () => {
    const text = 'The Portland, Ore., jury ruled. He flew to Independence, Mo. _ a quiet town. It rained.';
    expect(sentenceTexts(text)).toEqual([
      'The Portland, Ore., jury ruled.',
      'He flew to Independence, Mo. _ a quiet town.',
      'It rained.',
    ]);
  });

  it('covers every token exactly once with consistent token ranges', () => {
    const text = 'One. Two!\n\nThree? "Four." Five';
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    expect(sentences.map((s) => [s.tokenStart, s.tokenEnd])).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
      [6, 10],
      [10, 11],
    ]);
    for (const sentence of sentences) {
      expect(sentence.start).toBe(tokens[sentence.tokenStart]?.start);
      expect(sentence.end).toBe(tokens[sentence.tokenEnd - 1]?.end);
    }
  });
});
