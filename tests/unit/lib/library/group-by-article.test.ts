import { describe, expect, it } from 'vitest';
import { groupByArticle } from '../../../../lib/library/group-by-article';
import { libraryEntries } from '../../../../lib/library/library-entry';
import { ARTICLES, MARCH_10, NOTES, note } from './library-fixtures';

describe('groupByArticle', () => {
  it('puts the article with the newest note first, and its notes newest first', () => {
    const groups = groupByArticle(libraryEntries({ notes: NOTES, articles: ARTICLES }));
    expect(groups.map((group) => group.article.key)).toEqual([
      'weekly.ahram.org.eg/News/2.aspx',
      'english.ahram.org.eg/News/1.aspx',
    ]);
    expect(groups[1]?.entries.map((entry) => entry.note.id)).toEqual(['boehler', 'ceasefire', 'orphan']);
  });

  it('orders by creation, not by the last edit', () => {
    const notes = [
      note({ id: 'old-but-edited', createdAt: MARCH_10, updatedAt: MARCH_10 + 10_000 }),
      note({ id: 'new', createdAt: MARCH_10 + 1, updatedAt: MARCH_10 + 1 }),
    ];
    const [group] = groupByArticle(libraryEntries({ notes, articles: [] }));
    expect(group?.entries.map((entry) => entry.note.id)).toEqual(['new', 'old-but-edited']);
  });

  it('gives nothing for no notes', () => {
    expect(groupByArticle([])).toEqual([]);
  });
});
