import { describe, expect, it } from 'vitest';
import type { KnownMention } from '../../../../../lib/analysis/actors/known-mentions';
import { mergeMentions, type TaggedEntity } from '../../../../../lib/analysis/actors/merge-mentions';
import { tokenize } from '../../../../../lib/analysis/tokenize';
import { taggerReading } from './support/tagger-reading';

/** The names (as written) and types mergeMentions keeps when the knowledge base knows none of them. */
function unknownNames(text: string, names: [string, TaggedEntity['type']][]): string[] {
  const { unknown } = mergeMentions(text, tokenize(text), [], taggerReading(text, names));
  return unknown.map((mention) => `${text.slice(mention.start, mention.end)} ${mention.type}`);
}

/** The knowledge base's mention of a state at the first place `name` is written in `text`. */
function knownState(text: string, name: string, actorId: string): KnownMention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, actorId, kind: 'state', form: 'name', candidates: [] };
}

describe('mergeMentions: given names', () => {
  it('gives a person the given names the tagger left before the name', () => {
    const text = 'Ahmed Kareema, a professor of Islamic law, said so.';
    expect(unknownNames(text, [['Kareema', 'PER']])).toEqual(['Ahmed Kareema PER']);
  });

  it('leaves letters for a seat or an honour out of a person’s name, and drops them alone', () => {
    const text = 'Jane Smith MP and John Doe QC spoke ; a Social Credit MLA agreed.';
    expect(
      unknownNames(text, [
        ['Jane Smith MP', 'PER'],
        ['John Doe QC', 'PER'],
        ['MLA', 'ORG'],
      ]),
    ).toEqual(['Jane Smith PER', 'John Doe PER']);
  });

  it('drops a title the tagger took alone for a name: a member of a legislature, a state office', () => {
    const text =
      'Congressman Robert Mrazek and former State Representative Carol Braun met the Comptroller .';
    expect(
      unknownNames(text, [
        ['Congressman', 'PER'],
        ['Robert Mrazek', 'PER'],
        ['State Representative', 'ORG'],
        ['Carol Braun', 'PER'],
        ['Comptroller', 'PER'],
      ]),
    ).toEqual(['Robert Mrazek PER', 'Carol Braun PER']);
  });

  it('leaves a title the tagger ran into a person’s name out of it, written short or long', () => {
    const text = 'Prof David Epstein , the Reverend Al Sharpton and Datuk Wilfred Tangau signed.';
    expect(
      unknownNames(text, [
        ['Prof David Epstein', 'PER'],
        ['Reverend Al Sharpton', 'PER'],
        ['Datuk Wilfred Tangau', 'PER'],
      ]),
    ).toEqual(['David Epstein PER', 'Al Sharpton PER', 'Wilfred Tangau PER']);
  });

  it('reads a given name before a short name of another type as a person, but not before a body or a place', () => {
    const text = 'said Mohamed El-Kassas , then Ahmed Orabi Square and Christian Democratic Union .';
    expect(
      unknownNames(text, [
        ['El-Kassas', 'MISC'],
        ['Orabi Square', 'LOC'],
        ['Democratic Union', 'ORG'],
      ]),
    ).toEqual(['Mohamed El-Kassas PER', 'Orabi Square LOC', 'Democratic Union ORG']);
  });

  it('takes every given name before the name, and stops at a word that is none', () => {
    const text = 'Yesterday Mohamed Ahmed Kareema spoke.';
    expect(unknownNames(text, [['Kareema', 'PER']])).toEqual(['Mohamed Ahmed Kareema PER']);
  });

  it('leaves a given name across punctuation or a line break out', () => {
    expect(unknownNames('He thanked Ahmed, Kareema and others.', [['Kareema', 'PER']])).toEqual([
      'Kareema PER',
    ]);
    expect(unknownNames('Ahmed\nKareema spoke.', [['Kareema', 'PER']])).toEqual(['Kareema PER']);
  });

  it('reads a given name taken alone for an organisation as the start of a person’s name', () => {
    const text = 'In October, Theresa May met him.';
    expect(unknownNames(text, [['Theresa', 'ORG']])).toEqual(['Theresa May PER']);
  });

  it('leaves an organisation or a place that only starts with a given name as it is', () => {
    const text = 'Students of Mohamed Ali University met in Adam Town.';
    expect(
      unknownNames(text, [
        ['Mohamed Ali University', 'ORG'],
        ['Adam Town', 'LOC'],
      ]),
    ).toEqual(['Mohamed Ali University ORG', 'Adam Town LOC']);
  });

  it('reads no person inside a body named after one ("Talaat Moustafa Group")', () => {
    const text = 'Shares of Talaat Moustafa Group fell.';
    expect(unknownNames(text, [['Talaat Moustafa Group', 'ORG']])).toEqual(['Talaat Moustafa Group ORG']);
  });
});

describe('mergeMentions: words that are no actor', () => {
  it('drops a religion, a school of thought or an acronym the tagger took for a name', () => {
    const text =
      'The most influential political Islam group said Salafi preachers agreed, GDP rose, and Eastern European states waited.';
    expect(
      unknownNames(text, [
        ['Islam', 'PER'],
        ['Salafi', 'PER'],
        ['GDP', 'ORG'],
        ['Eastern', 'ORG'],
      ]),
    ).toEqual([]);
  });

  it('drops months cut short, feasts and words that open a sentence but name nothing', () => {
    const text = 'Sept. came ; Nov brought Easter . Neither side agreed .';
    expect(
      unknownNames(text, [
        ['Sept.', 'ORG'],
        ['Nov', 'PER'],
        ['Easter', 'PER'],
        ['Neither', 'PER'],
      ]),
    ).toEqual([]);
  });

  it('leaves a small word the tagger ran into the end of a name out of it', () => {
    const text = 'The Center for Health and Human Rights at Harvard spoke .';
    expect(unknownNames(text, [['Human Rights at', 'ORG']])).toEqual(['Human Rights ORG']);
  });

  it('drops a single letter or a measure the tagger took for a name', () => {
    const text = 'An alliance with the PML ( N ) and PML ( Q ) followed ; 4K at 60FPS needs 12GB and a GPU .';
    expect(
      unknownNames(text, [
        ['PML', 'ORG'],
        ['N', 'ORG'],
        ['Q', 'ORG'],
        ['4K', 'ORG'],
        ['60FPS', 'ORG'],
        ['12GB', 'ORG'],
        ['GPU', 'ORG'],
      ]),
    ).toEqual(['PML ORG']);
  });

  it('drops a span all in lower case, keeping names with a capital, a digit or no case', () => {
    const text = 'A social liberal party , the 6PR station , Fatah and حماس met .';
    expect(
      unknownNames(text, [
        ['liberal', 'ORG'],
        ['6PR', 'ORG'],
        ['Fatah', 'ORG'],
        ['حماس', 'ORG'],
      ]),
    ).toEqual(['6PR ORG', 'Fatah ORG', 'حماس ORG']);
  });

  it('leaves a weekday run into the end of a name out of it, and a title alone out altogether', () => {
    const text = 'First published in Al-Sharq Al-Awsat Wednesday ; the Supreme Guide decides .';
    expect(
      unknownNames(text, [
        ['Al-Sharq Al-Awsat Wednesday', 'ORG'],
        ['Supreme Guide', 'ORG'],
      ]),
    ).toEqual(['Al-Sharq Al-Awsat ORG']);
  });

  it('keeps the longer names that hold such a word', () => {
    const text = 'The Muslim Brotherhood and Islamic Jihad spoke.';
    expect(
      unknownNames(text, [
        ['Muslim Brotherhood', 'ORG'],
        ['Islamic Jihad', 'ORG'],
      ]),
    ).toEqual(['Muslim Brotherhood ORG', 'Islamic Jihad ORG']);
  });
});

describe('mergeMentions: longer names around known ones', () => {
  it('lets a body’s name stand over the known name inside it, a leading "National" included', () => {
    const text = 'The ruling National Democratic Party is strong.';
    const tokens = tokenize(text);
    const start = text.indexOf('Democratic Party');
    const known: KnownMention[] = [
      {
        start,
        end: start + 'Democratic Party'.length,
        actorId: 'democratic-party',
        kind: 'organization',
        form: 'name',
        candidates: [],
      },
    ];
    const merged = mergeMentions(
      text,
      tokens,
      known,
      taggerReading(text, [['National Democratic Party', 'ORG']]),
    );
    expect(merged.known).toEqual([]);
    expect(merged.unknown.map((mention) => text.slice(mention.start, mention.end))).toEqual([
      'National Democratic Party',
    ]);
  });

  it('lets an event named in full hold the known names in it, but not a description', () => {
    const text = 'After the Gulf War came the invasion of oil-rich Kuwait by Iraq .';
    const tokens = tokenize(text);
    const known = [
      knownState(text, 'Gulf', 'gulf'),
      knownState(text, 'Kuwait', 'kuwait'),
      knownState(text, 'Iraq', 'iraq'),
    ];
    const merged = mergeMentions(
      text,
      tokens,
      known,
      taggerReading(text, [
        ['Gulf War', 'MISC'],
        ['invasion of oil-rich Kuwait by Iraq', 'MISC'],
      ]),
    );
    expect(merged.known.map((mention) => mention.actorId)).toEqual(['kuwait', 'iraq']);
    expect(merged.unknown).toEqual([]);
  });

  it('reads a body opened by a state’s acronym as the state and the body, but keeps a full name whole', () => {
    const text = 'The U.S. Justice Department , US Airways and Kuwait Petroleum Corporation agreed .';
    const tokens = tokenize(text);
    const known = [
      knownState(text, 'U.S.', 'us'),
      knownState(text, 'US', 'us'),
      knownState(text, 'Kuwait', 'kuwait'),
    ];
    const merged = mergeMentions(
      text,
      tokens,
      known,
      taggerReading(text, [
        ['U.S. Justice Department', 'ORG'],
        ['US Airways', 'ORG'],
        ['Kuwait Petroleum Corporation', 'ORG'],
      ]),
    );
    expect(merged.known.map((mention) => text.slice(mention.start, mention.end))).toEqual(['U.S.']);
    expect(merged.unknown.map((mention) => text.slice(mention.start, mention.end))).toEqual([
      'Justice Department',
      'US Airways',
      'Kuwait Petroleum Corporation',
    ]);
  });
});
