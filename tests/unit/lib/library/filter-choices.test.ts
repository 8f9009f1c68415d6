import { describe, expect, it } from 'vitest';
import { filterChoices } from '../../../../lib/library/filter-choices';
import { libraryEntries } from '../../../../lib/library/library-entry';
import { ARTICLES, NOTES, note } from './library-fixtures';

describe('filterChoices', () => {
  const choices = filterChoices(libraryEntries({ notes: NOTES, articles: ARTICLES }));

  it('offers the actors of the notes and of their articles, with how many notes each would show', () => {
    expect(choices.actors).toEqual([
      { value: 'adam boehler', label: 'Adam Boehler', count: 3 },
      { value: 'hamas', label: 'Hamas', count: 3 },
    ]);
  });

  it('offers each tag once whatever its case, with its notes counted once', () => {
    const entries = libraryEntries({
      notes: [note({ id: 'a', tags: ['Leaks', 'leaks'] }), note({ id: 'b', tags: ['LEAKS'] })],
      articles: [],
    });
    expect(filterChoices(entries).tags).toEqual([{ value: 'leaks', label: 'Leaks', count: 2 }]);
    expect(choices.tags.map((tag) => tag.label)).toEqual(['Hostages', 'leaks', 'سياسة']);
  });

  it('offers the sites and counts the orphans', () => {
    expect(choices.sites).toEqual([
      { value: 'english.ahram.org.eg', label: 'english.ahram.org.eg', count: 3 },
      { value: 'weekly.ahram.org.eg', label: 'weekly.ahram.org.eg', count: 1 },
    ]);
    expect(choices.orphans).toBe(1);
  });
});
