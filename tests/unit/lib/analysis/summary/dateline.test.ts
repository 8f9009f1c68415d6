import { describe, expect, it } from 'vitest';
import { afterDateline } from '../../../../../lib/analysis/summary/dateline';

const storyOf = (sentence: string) => sentence.slice(afterDateline(sentence, 0));

describe('afterDateline', () => {
  it.each([
    ['(CNN) -- Rescue teams reached the hut on Sunday.', 'Rescue teams reached the hut on Sunday.'],
    ['WASHINGTON (Reuters) - The Senate passed the bill.', 'The Senate passed the bill.'],
    ['CAIRO, March 13 (AP) — Talks resumed in the capital.', 'Talks resumed in the capital.'],
    ['LONDON, England (CNN) -- A storm hit the coast.', 'A storm hit the coast.'],
    ['NEW YORK — Shares fell on Monday.', 'Shares fell on Monday.'],
    ['AL-ARISH – Aid lorries waited at the crossing.', 'Aid lorries waited at the crossing.'],
    ['Washington (CNN) -- The Senate passed the bill.', 'The Senate passed the bill.'],
    ['Hong Kong (CNN)Protesters filled the streets.', 'Protesters filled the streets.'],
    ['(CNN)"We are safe," the hikers said.', '"We are safe," the hikers said.'],
    ['INDEPENDENCE, Mo. _ NATO took in three members.', 'NATO took in three members.'],
  ])('starts "%s" after its dateline', (sentence, story) => {
    expect(storyOf(sentence)).toBe(story);
  });

  it.each([
    'Egypt — and its neighbours — want calm.',
    'The talks - held in Doha - ended on Monday.',
    'Hamas said the offer was late.',
    '— a dash opens this line.',
    '(Reuters) reported the deal first.',
    'Cairo - the capital - was calm.',
  ])('leaves "%s" whole', (sentence) => {
    expect(storyOf(sentence)).toBe(sentence);
  });

  it('reads from the given offset', () => {
    const text = 'Headline\n\nBEIRUT (AFP) - Fighting eased.';
    const start = text.indexOf('BEIRUT');
    expect(text.slice(afterDateline(text, start))).toBe('Fighting eased.');
  });
});
