import type { ArticleRecord, NoteRecord } from '../../../../lib/store/note-record';

// Notes and articles the library tests share: two articles, one of them visited, an Arabic note,
// a note on an actor, and an orphan.

const DAY = 24 * 60 * 60 * 1000;
export const MARCH_10 = new Date(2025, 2, 10, 9, 0).getTime();

export function note(overrides: Partial<NoteRecord> & { id: string }): NoteRecord {
  return {
    articleKey: 'english.ahram.org.eg/News/1.aspx',
    url: 'https://english.ahram.org.eg/News/1.aspx',
    articleTitle: 'The US and Hamas talk directly',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'a five-to-ten-year ceasefire', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 10, end: 38 },
    ],
    body: 'Check this.',
    tags: [],
    color: 'yellow',
    createdAt: MARCH_10,
    updatedAt: MARCH_10,
    ...overrides,
  };
}

export const NOTES: NoteRecord[] = [
  note({ id: 'ceasefire', body: 'Compare with the Axios report.', tags: ['Hostages', 'leaks'] }),
  note({
    id: 'boehler',
    selectors: [],
    actorId: 'adam-boehler',
    actorName: 'Adam Boehler',
    body: 'Envoy since January.',
    createdAt: MARCH_10 + DAY,
    updatedAt: MARCH_10 + DAY,
  }),
  note({
    id: 'orphan',
    body: 'Was in the second paragraph.',
    tags: ['leaks'],
    createdAt: MARCH_10 - DAY,
    updatedAt: MARCH_10 - DAY,
  }),
  note({
    id: 'arabic',
    articleKey: 'weekly.ahram.org.eg/News/2.aspx',
    url: 'https://weekly.ahram.org.eg/News/2.aspx',
    articleTitle: 'مفاوضات القاهرة',
    selectors: [{ type: 'TextQuoteSelector', exact: 'قال أحمد أبو الغيط', prefix: '', suffix: '' }],
    body: 'تصريح مُهِمّ عن المكتبة',
    tags: ['سياسة'],
    color: 'green',
    createdAt: MARCH_10 + 2 * DAY,
    updatedAt: MARCH_10 + 3 * DAY,
  }),
];

export const ARTICLES: ArticleRecord[] = [
  {
    key: 'english.ahram.org.eg/News/1.aspx',
    url: 'https://english.ahram.org.eg/News/1.aspx',
    title: 'The US and Hamas talk directly (updated)',
    publishedAt: '2025-03-13',
    lastVisitedAt: MARCH_10 + 5 * DAY,
    actorIds: ['adam-boehler', 'hamas'],
    actorNames: { 'adam-boehler': 'Boehler', hamas: 'Hamas' },
    unanchoredNoteIds: ['orphan'],
  },
];
