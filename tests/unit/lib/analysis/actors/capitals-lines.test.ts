import { describe, expect, it } from 'vitest';
import { inReadingCase } from '../../../../../lib/analysis/actors/capitals-lines';
import { findKnownMentions } from '../../../../../lib/analysis/actors/known-mentions';
import { analyze } from '../../../../../lib/analysis/analyze';
import { splitSentences, tokenize } from '../../../../../lib/analysis/tokenize';

function reading(text: string) {
  const tokens = tokenize(text);
  return inReadingCase(
    { text, tokens, sentences: splitSentences(text, tokens) },
    findKnownMentions(text, tokens),
  );
}

/** A wire story written for this test in the agencies' format: headline in capitals, dateline, body. */
const WIRE_STORY = [
  'TENNIS - SAMPRAS BEATS IVANISEVIC IN STUTTGART FINAL .',
  'STUTTGART , Germany 1996-10-27',
  "Top seed Pete Sampras of the United States beat Croatia 's Goran Ivanisevic 6-3 7-6 in the final on Sunday .",
].join('\n\n');

describe('inReadingCase', () => {
  it('reads a headline in capitals as the article writes its words', () => {
    const { text } = reading(WIRE_STORY);
    expect(text.split('\n\n')[0]).toBe('Tennis - Sampras beats Ivanisevic in Stuttgart final .');
  });

  it('gives known names a capital, keeps known acronyms, and lower-cases words it knows nothing of', () => {
    const { text } = reading(
      'TALKS - NATO AND PORTUGAL WELCOME THE ACCORD .\n\nThe talks went on, the minister said.',
    );
    expect(text).toBe(
      'Talks - NATO and Portugal welcome the accord .\n\nThe talks went on, the minister said.',
    );
  });

  it('lower-cases a single capital and a word the article capitalises only to open a sentence', () => {
    const { text } = reading(
      'CRICKET - ENGLAND V PAKISTAN TEST SCOREBOARD .\n\nScoreboard on the first day of the test between England and Pakistan :',
    );
    expect(text.split('\n\n')[0]).toBe('Cricket - England v Pakistan test scoreboard .');
  });

  it('finds the place a dateline names, before a date or a state', () => {
    for (const [line, place] of [
      ['STUTTGART , Germany 1996-10-27', 'STUTTGART'],
      ['AL-AIN , United Arab Emirates 1996-12-06', 'AL-AIN'],
      ['NEW YORK 1996-08-22', 'NEW YORK'],
      ['CAIRO, March 13 - Egypt said on Thursday it would host the talks.', 'CAIRO'],
      ['WASHINGTON (Reuters) - The Senate voted on Tuesday.', 'WASHINGTON'],
    ] as const) {
      const text = `${line}\n\nThe match was played on Sunday.`;
      const result = reading(text);
      expect(result.datelinePlaces.map((span) => text.slice(span.start, span.end))).toEqual([place]);
      expect(result.text.slice(0, place.length)).not.toBe(place);
    }
  });

  it('takes a list of names in capitals for no dateline', () => {
    const text = 'AOL, Red Hat, Sun Microsystems and Oracle use the library.';
    expect(reading(text).datelinePlaces).toEqual([]);
  });

  it('changes only case, so every offset holds for the original text', () => {
    const original = reading(WIRE_STORY);
    expect(original.text).toHaveLength(WIRE_STORY.length);
    expect(original.text.toLowerCase()).toBe(WIRE_STORY.toLowerCase());
    const tokens = tokenize(WIRE_STORY);
    expect(original.tokens.map(({ start, end }) => [start, end])).toEqual(
      tokens.map(({ start, end }) => [start, end]),
    );
  });

  it('leaves an article without capital lines as it is, acronyms in sentences too', () => {
    const text = 'The UN and NATO met in Cairo. Egypt said the talks would go on.';
    const result = reading(text);
    expect(result.text).toBe(text);
    expect(result.datelinePlaces).toEqual([]);
  });
});

describe('actors of a wire story', () => {
  it('takes the headline’s names into the body’s actors and the dateline’s place as a place', () => {
    const actors = analyze(WIRE_STORY).actors;
    const mentionsOf = (name: string) =>
      actors
        .find((actor) => actor.name === name)
        ?.mentions.map((mention) => WIRE_STORY.slice(mention.start, mention.end));
    expect(mentionsOf('Pete Sampras')).toEqual(['SAMPRAS', 'Pete Sampras']);
    expect(mentionsOf('Goran Ivanisevic')).toEqual(['IVANISEVIC', 'Goran Ivanisevic']);
    const stuttgart = actors.find((actor) => actor.name === 'Stuttgart');
    expect(stuttgart?.kind).toBe('place');
    expect(stuttgart?.mentions).toHaveLength(2);
    // No heading word made into an actor of its own.
    expect(actors.map((actor) => actor.name)).not.toContain('TENNIS');
  });
});
