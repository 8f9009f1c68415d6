import { describe, expect, it } from 'vitest';
import { findKnownMentions } from '../../../../../lib/analysis/actors/known-mentions';
import { tokenize } from '../../../../../lib/analysis/tokenize';

function known(text: string) {
  return findKnownMentions(text, tokenize(text)).map((mention) => ({
    text: text.slice(mention.start, mention.end),
    actorId: mention.actorId,
    form: mention.form,
  }));
}

describe('findKnownMentions', () => {
  it('finds names, aliases, metonyms and demonyms, longest first', () => {
    expect(known('Tel Aviv feels that Washington should have asked the Israeli military first.')).toEqual([
      { text: 'Tel Aviv', actorId: 'israel', form: 'metonym' },
      { text: 'Washington', actorId: 'united-states', form: 'metonym' },
      { text: 'Israeli military', actorId: 'israel-defense-forces', form: 'alias' },
    ]);
  });

  it('finds a person by a titled form, and leaves the title out of the mention', () => {
    expect(known('Crown Prince Mohammed bin Salman met President Sisi and the General Assembly.')).toEqual([
      { text: 'Mohammed bin Salman', actorId: 'mohammed-bin-salman', form: 'alias' },
      { text: 'Sisi', actorId: 'abdel-fattah-el-sisi', form: 'alias' },
      { text: 'General Assembly', actorId: 'un-general-assembly', form: 'alias' },
    ]);
  });

  it('knows the companies and platforms of business and technology news', () => {
    expect(
      known(
        'Microsoft and Nvidia gained ; Eni runs Zohr and Banque Misr lent to Talaat Moustafa Group .',
      ).map((mention) => mention.actorId),
    ).toEqual(['microsoft', 'nvidia', 'eni', 'banque-misr', 'talaat-moustafa-group']);
  });

  it('knows transliteration variants and possessives', () => {
    const found = known('Sisi met El-Sisi’s aides; Al-Sisi then left. Hamas’ leaders agreed.');
    expect(found.map((mention) => mention.actorId)).toEqual([
      'abdel-fattah-el-sisi',
      'abdel-fattah-el-sisi',
      'abdel-fattah-el-sisi',
      'hamas',
    ]);
  });

  it('finds a name however its hyphens fall, and with the Arabic article in lower case', () => {
    const text = 'President Abdel Fattah el-Sisi met Abdel-Fattah al-Burhan; el-Sisi said al-Burhan agreed.';
    expect(known(text).map((mention) => [mention.text, mention.actorId])).toEqual([
      ['Abdel Fattah el-Sisi', 'abdel-fattah-el-sisi'],
      ['Abdel-Fattah al-Burhan', 'abdel-fattah-al-burhan'],
      ['el-Sisi', 'abdel-fattah-el-sisi'],
      ['al-Burhan', 'abdel-fattah-al-burhan'],
    ]);
  });

  it('takes a lower-case "al" or "el" only as the article of a capitalised name', () => {
    expect(known('The el-nino season and al sisi (sic) came.')).toEqual([]);
  });

  it('reads both states in a hyphenated compound it does not know whole', () => {
    expect(known('a dual US-Israel national').map((mention) => [mention.text, mention.actorId])).toEqual([
      ['US', 'united-states'],
      ['Israel', 'israel'],
    ]);
  });

  it('takes acronyms only in capitals, and names only capitalised', () => {
    expect(known('They told us it is the US who decides, not china.')).toEqual([
      { text: 'US', actorId: 'united-states', form: 'alias' },
    ]);
  });

  it('reads a capital after "in" as the city, elsewhere as its state', () => {
    expect(known('Cairo rejected the plan announced in Cairo.').map((mention) => mention.actorId)).toEqual([
      'egypt',
      'cairo',
    ]);
  });
});
