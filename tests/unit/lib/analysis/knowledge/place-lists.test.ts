import { describe, expect, it } from 'vitest';
import cityNames from '../../../../../lib/analysis/knowledge/city-names.json';
import regionNames from '../../../../../lib/analysis/knowledge/region-names.json';

const lists = { 'city-names.json': cityNames, 'region-names.json': regionNames };

describe.each(Object.entries(lists))('%s', (_file, list) => {
  it('names its source and lists capitalised names once each, sorted', () => {
    expect(list.source).toMatch(/\w+/);
    expect(list.names.length).toBeGreaterThan(1000);
    expect(new Set(list.names).size).toBe(list.names.length);
    expect([...list.names].sort()).toEqual(list.names);
    for (const name of list.names) expect(name).toMatch(/^\p{Lu}[\p{L}' .-]+$/u);
  });
});

describe('region-names.json', () => {
  it('has the regions of several continents, written with and without accents', () => {
    for (const name of ['Guangdong', 'Queensland', 'Alexandria', 'North Sinai', 'Bayern', 'Paraná', 'Parana'])
      expect(regionNames.names).toContain(name);
  });

  it('leaves out everyday words and compass points', () => {
    for (const word of ['Central', 'Eastern', 'Store']) expect(regionNames.names).not.toContain(word);
  });
});
