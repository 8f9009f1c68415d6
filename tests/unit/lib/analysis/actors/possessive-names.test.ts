import { describe, expect, it } from 'vitest';
import { withPossessiveNames } from '../../../../../lib/analysis/actors/possessive-names';
import { SpanSearch } from '../../../../../lib/analysis/actors/span-search';
import { tokenize } from '../../../../../lib/analysis/tokenize';
import { asWritten, repairedBy, taggerReading } from './support/tagger-reading';

const repaired = repairedBy(withPossessiveNames);

describe('withPossessiveNames', () => {
  it("joins an owner, its possessive and a place's or a business's head word into one name of the head's kind", () => {
    const text =
      "Walmart owns Sam's Club near Fisherman’s Terminal, and a choir sang at St Paul's Cathedral.";
    expect(
      repaired(text, [
        ['Walmart', 'PER'],
        ['Sam', 'PER'],
        ['Club', 'MISC'],
        // The tagger may take the mark into the owner.
        ['Fisherman’s', 'LOC'],
        ['St Paul', 'LOC'],
        ['Cathedral', 'LOC'],
      ]),
    ).toEqual(['Walmart PER', "Sam's Club ORG", 'Fisherman’s Terminal LOC', "St Paul's Cathedral LOC"]);
  });

  it("leaves an owner's bodies, longer names, spaced marks and known owners as they are", () => {
    const text =
      "Smith's Office denied it; Sam's Club Card holders and Sam 's Club members met at Israel's Island.";
    const entities = taggerReading(text, [
      ['Smith', 'PER'],
      ['Office', 'ORG'],
      ['Sam', 'PER'],
      ['Club', 'ORG'],
      ['Sam', 'PER'],
      ['Club', 'ORG'],
      ['Israel', 'LOC'],
    ]);
    const israel = entities[6] as { start: number; end: number };
    expect(
      asWritten(text, withPossessiveNames(text, tokenize(text), entities, new SpanSearch([israel]))),
    ).toEqual(['Smith PER', 'Office ORG', 'Sam PER', 'Club ORG', 'Sam PER', 'Club ORG', 'Israel LOC']);
  });
});
