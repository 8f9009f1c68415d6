import { describe, expect, it } from 'vitest';
import { actorKey, libraryEntries, quoteOf, siteOf } from '../../../../lib/library/library-entry';
import { ARTICLES, NOTES, note } from './library-fixtures';

describe('libraryEntries', () => {
  const entries = libraryEntries({ notes: NOTES, articles: ARTICLES });
  const byId = (id: string) => entries.find((entry) => entry.note.id === id);

  it('takes the article from its visit record when there is one', () => {
    expect(byId('ceasefire')?.article).toEqual({
      key: 'english.ahram.org.eg/News/1.aspx',
      title: 'The US and Hamas talk directly (updated)',
      url: 'https://english.ahram.org.eg/News/1.aspx',
      site: 'english.ahram.org.eg',
      lastVisitedAt: ARTICLES[0]?.lastVisitedAt,
      publishedAt: '2025-03-13',
    });
  });

  it("falls back to the note's own title and address when no visit was recorded", () => {
    const [entry] = libraryEntries({ notes: NOTES, articles: [] });
    expect(entry?.article).toEqual({
      key: 'english.ahram.org.eg/News/1.aspx',
      title: 'The US and Hamas talk directly',
      url: 'https://english.ahram.org.eg/News/1.aspx',
      site: 'english.ahram.org.eg',
    });
    expect(entry?.orphan).toBe(false);
  });

  it("marks as orphans the notes its article's last visit did not find, and only those", () => {
    expect(entries.filter((entry) => entry.orphan).map((entry) => entry.note.id)).toEqual(['orphan']);
  });

  it("knows a note's actor and its article's actors, one name per actor id", () => {
    // The note calls him "Adam Boehler", the article "Boehler": the note's name wins for the id.
    expect([...(byId('ceasefire')?.actors ?? [])]).toEqual([
      ['adam boehler', 'Adam Boehler'],
      ['hamas', 'Hamas'],
    ]);
    expect([...(byId('arabic')?.actors ?? [])]).toEqual([]);
  });

  it('keeps a named actor without an id', () => {
    const [entry] = libraryEntries({
      notes: [note({ id: 'x', selectors: [], actorName: 'Mahmoud Abbas' })],
      articles: [],
    });
    expect([...(entry?.actors ?? [])]).toEqual([[actorKey('Mahmoud Abbas'), 'Mahmoud Abbas']]);
  });
});

describe('quoteOf and siteOf', () => {
  it('read the quote selector, and the host without "www."', () => {
    expect(quoteOf(note({ id: 'q' }))).toBe('a five-to-ten-year ceasefire');
    expect(quoteOf(note({ id: 'q', selectors: [] }))).toBe('');
    expect(siteOf('https://www.Ahram.org.eg/x')).toBe('ahram.org.eg');
    expect(siteOf('not a url')).toBe('');
  });
});

describe('the title of an article without a visit record', () => {
  it('is the one its notes agree on, preferring a real title to an address', () => {
    const entries = libraryEntries({
      notes: [
        note({ id: 'written', articleTitle: 'The US and Hamas talk directly', createdAt: 1 }),
        note({ id: 'imported', articleTitle: 'english.ahram.org.eg/News/1.aspx', createdAt: 2 }),
      ],
      articles: [],
    });
    expect(entries.map((entry) => entry.article.title)).toEqual([
      'The US and Hamas talk directly',
      'The US and Hamas talk directly',
    ]);
  });
});
