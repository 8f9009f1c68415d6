// A varied set of notes for the exchange tests: every one must survive each format's round trip.
import { describePassage } from '../../../../../lib/anchoring/selectors';
import type { NoteRecord } from '../../../../../lib/store/note-record';

const ARABIC_TEXT =
  'قال المبعوث الأمريكي لشؤون الرهائن آدم بوهلر إن مفاوضي حماس قدموا اقتراحا جديدا، وفق ما نقلته الأهرام.';

const ENGLISH_TEXT =
  'The envoy said: "talks > threats" --> and then,\n\nafter a pause, he added that <b>nothing</b> was agreed.';

export const NOW = new Date(2025, 2, 4, 12, 30);
export const LATER = new Date(2025, 5, 1, 9, 0).getTime();

export function sampleNotes(): NoteRecord[] {
  return [
    {
      id: '6f1c2a9e-4b7d-4e3a-9c51-0d2b8e7f6a14',
      articleKey: 'ahram.org.eg/News/541234.aspx',
      url: 'https://ahram.org.eg/News/541234.aspx?utm_source=x',
      articleTitle: 'محادثات مباشرة بين واشنطن وحماس',
      selectors: describePassage(ARABIC_TEXT, 4, 35),
      body: 'يجب التحقق من تصريحات المبعوث الأخرى.',
      tags: ['غزة', 'رهائن'],
      color: 'green',
      createdAt: Date.UTC(2025, 0, 5, 8, 0, 0, 123),
      updatedAt: Date.UTC(2025, 0, 7, 9, 15),
    },
    {
      id: 'note-special',
      articleKey: 'english.ahram.org.eg/News/541300.aspx',
      url: 'https://english.ahram.org.eg/News/541300.aspx',
      articleTitle: 'Talks [update] with *stars* and a\nline break',
      selectors: describePassage(ENGLISH_TEXT, 0, ENGLISH_TEXT.indexOf(' he added')),
      body: [
        'First line with *bold*, _emphasis_, [a link](http://x.y) and `code`.',
        '',
        '# not a heading',
        '> not a quote',
        '_Tags:_ #not, #tags',
        '_Noted 1999-01-01_',
        '\\ a backslash first',
        '<!-- ahram-lens-note AAAA -->',
        'closing --> in the middle',
        '## neither a heading',
        '',
      ].join('\n'),
      tags: ['Gaza talks', 'follow up', 'a, b', 'back\\slash', '#hash', 'trailing '],
      color: 'blue',
      createdAt: Date.UTC(2025, 1, 1),
      updatedAt: Date.UTC(2025, 1, 1),
    },
    {
      id: 'b2a3c4d5-e6f7-4890-8abc-def012345678',
      articleKey: 'english.ahram.org.eg/News/541300.aspx',
      url: 'https://english.ahram.org.eg/News/541300.aspx',
      articleTitle: 'Talks with the envoy',
      selectors: [],
      body: 'Compare with his statements in March.',
      tags: [],
      color: 'purple',
      actorId: 'adam-boehler',
      actorName: 'Adam Boehler',
      createdAt: Date.UTC(2025, 1, 2),
      updatedAt: Date.UTC(2025, 1, 3),
    },
    {
      id: 'c3b4d5e6-f7a8-4901-9bcd-ef0123456789',
      articleKey: 'english.ahram.org.eg/News/541300.aspx',
      url: 'https://english.ahram.org.eg/News/541300.aspx',
      articleTitle: 'Talks with the envoy',
      selectors: describePassage(ENGLISH_TEXT, 16, 31),
      body: 'Is this claim sourced?',
      tags: ['claims'],
      color: 'pink',
      claim: { start: 16, end: 31 },
      createdAt: Date.UTC(2025, 1, 4),
      updatedAt: Date.UTC(2025, 1, 4),
    },
    {
      id: 'highlight-only',
      articleKey: 'english.ahram.org.eg/News/541300.aspx',
      url: 'https://english.ahram.org.eg/News/541300.aspx',
      articleTitle: 'Talks with the envoy',
      selectors: [{ type: 'TextPositionSelector', start: 70, end: 90 }],
      body: '',
      tags: [],
      color: 'yellow',
      createdAt: Date.UTC(2025, 1, 5),
      updatedAt: Date.UTC(2025, 1, 5),
    },
  ];
}

/** Notes in id order, to compare sets of notes whatever order a format gives them back in. */
export function byId(notes: readonly NoteRecord[]): NoteRecord[] {
  return [...notes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
