import { describe, expect, it } from 'vitest';
import { withoutCommonOpeners } from '../../../../../lib/analysis/actors/sentence-openers';
import { repairedBy } from './support/tagger-reading';

/** The names as written after the repair, given the tagger's reading. */
const repaired = repairedBy(withoutCommonOpeners);

describe('withoutCommonOpeners', () => {
  it('drops a sentence’s first word the article also writes in lower case', () => {
    expect(repaired('Shares rose on Sunday. He sold his shares.', [['Shares', 'PER']])).toEqual([]);
  });

  it('cuts such a word off the front of a name, after a quotation mark too', () => {
    const text = 'However, “Boycott Sawiris” groups were launched. Many would boycott the firm.';
    expect(repaired(text, [['Boycott Sawiris', 'PER']])).toEqual(['Sawiris PER']);
  });

  it('keeps a first word the article never writes in lower case, and given names', () => {
    expect(repaired('Orascom rose. Its shares rose.', [['Orascom', 'ORG']])).toEqual(['Orascom ORG']);
    expect(repaired('Bill Clinton spoke about the bill.', [['Bill Clinton', 'PER']])).toEqual([
      'Bill Clinton PER',
    ]);
  });

  it('leaves names inside a sentence alone', () => {
    expect(repaired('He met Shares Group officials; shares fell.', [['Shares Group', 'ORG']])).toEqual([
      'Shares Group ORG',
    ]);
  });
});
