import { describe, expect, it } from 'vitest';
import { roleAt, titleBefore } from '../../../../../lib/analysis/actors/roles';
import { tokenIndexAt } from '../../../../../lib/analysis/actors/token-lookup';
import { tokenize } from '../../../../../lib/analysis/tokenize';

/** The role the sentence gives `name`, the whole sentence being the clause. */
function roleOf(sentence: string, name: string): string | undefined {
  const tokens = tokenize(sentence);
  const start = sentence.indexOf(name);
  const first = tokenIndexAt(tokens, start);
  const end = tokenIndexAt(tokens, start + name.length - 1) + 1;
  return roleAt(sentence, tokens, { first, end }, { first: 0, end: tokens.length });
}

describe('roles from the article', () => {
  it.each([
    [
      'According to US Special Envoy for Hostage Affairs Adam Boehler, talks went on.',
      'Adam Boehler',
      'US Special Envoy for Hostage Affairs',
    ],
    [
      'Nevertheless, Israeli Prime Minister Benjamin Netanyahu said nothing.',
      'Benjamin Netanyahu',
      'Israeli Prime Minister',
    ],
    ["Egypt's foreign minister Badr Abdelatty met him.", 'Badr Abdelatty', "Egypt's foreign minister"],
    ['Republican John McCain spoke.', 'John McCain', 'Republican'],
    [
      'said Muslim Brotherhood Secretary General Mahmoud Hussein.',
      'Mahmoud Hussein',
      'Muslim Brotherhood Secretary General',
    ],
    [
      'the release of the last hostage — Edan Alexander, a dual national who served in the army — and others',
      'Edan Alexander',
      'last hostage; dual national who served in the army',
    ],
  ])('%s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });

  it.each([
    ['But Trump left early.', 'Trump'],
    ['Mr Smith arrived.', 'Smith'],
    ['Talks with Hamas, Fatah and others went on.', 'Hamas'],
  ])('finds no role in %j', (sentence, name) => {
    expect(roleOf(sentence, name)).toBeUndefined();
  });

  it('does not take "According to" into a title', () => {
    const sentence = 'According to President Trump, it worked.';
    const tokens = tokenize(sentence);
    expect(titleBefore(sentence, tokens, tokenIndexAt(tokens, sentence.indexOf('Trump')), 0)).toBe(
      'President',
    );
  });
});
