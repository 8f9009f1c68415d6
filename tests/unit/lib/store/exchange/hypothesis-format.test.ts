import { describe, expect, it } from 'vitest';
import { articleKey } from '../../../../../lib/store/article-key';
import { exportNotes } from '../../../../../lib/store/exchange/export-notes';
import { importNotes } from '../../../../../lib/store/exchange/import-notes';
import { byId, LATER, NOW, sampleNotes } from './sample-notes';

const PAGE = 'https://english.ahram.org.eg/News/541234.aspx';

/** An annotation as the Hypothesis API returns it and the Hypothesis client exports it. */
function hypothesisAnnotation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'Tc7nXfSbEe2l_8ffBg9cfA',
    created: '2024-05-04T10:11:12.123456+00:00',
    updated: '2024-05-05T08:00:00.000000+00:00',
    user: 'acct:someone@hypothes.is',
    uri: PAGE,
    text: 'The envoy *did* say this.',
    tags: ['hostages', 42],
    group: '__world__',
    permissions: { read: ['group:__world__'], admin: ['acct:someone@hypothes.is'] },
    target: [
      {
        source: PAGE,
        selector: [
          {
            type: 'RangeSelector',
            endOffset: 40,
            startOffset: 0,
            endContainer: '/div[1]/p[2]',
            startContainer: '/div[1]/p[2]',
          },
          { type: 'TextPositionSelector', start: 120, end: 160 },
          {
            type: 'TextQuoteSelector',
            exact: 'Hamas negotiators have submitted',
            prefix: 'Adam Boehler, ',
            suffix: ' a proposal',
          },
        ],
      },
    ],
    document: { title: ['The US and Hamas talk directly - Al-Ahram Weekly'] },
    links: { html: 'https://hypothes.is/a/Tc7nXfSbEe2l_8ffBg9cfA' },
    flagged: false,
    hidden: false,
    user_info: { display_name: 'Someone' },
    ...overrides,
  };
}

function exportFile(annotations: unknown[]): string {
  return JSON.stringify({
    export_date: '2024-06-01T12:00:00.000Z',
    export_userid: 'acct:someone@hypothes.is',
    client_version: '1.1500.0',
    annotations,
  });
}

describe('Hypothesis', () => {
  it('gives back exactly the notes it was given', () => {
    const notes = sampleNotes();
    const report = importNotes(exportNotes(notes, 'hypothesis', NOW).text, LATER);
    expect(report.format).toBe('hypothesis');
    expect(report.skipped).toEqual([]);
    expect(byId(report.notes)).toStrictEqual(byId(notes));
  });

  it('writes what the Hypothesis client exports', () => {
    const [arabic] = sampleNotes();
    const content = JSON.parse(exportNotes(sampleNotes(), 'hypothesis', NOW).text);
    expect(content).toMatchObject({
      export_date: NOW.toISOString(),
      export_userid: 'acct:reader@ahram-lens.local',
      client_version: 'ahram-lens',
    });
    expect(content.annotations).toHaveLength(5);
    expect(content.annotations.find((item: { id: string }) => item.id === arabic?.id)).toMatchObject({
      created: '2025-01-05T08:00:00.123Z',
      updated: '2025-01-07T09:15:00.000Z',
      user: 'acct:reader@ahram-lens.local',
      uri: arabic?.url,
      text: arabic?.body,
      tags: arabic?.tags,
      group: '__world__',
      permissions: { read: ['acct:reader@ahram-lens.local'] },
      target: [{ source: arabic?.url, selector: arabic?.selectors }],
      document: { title: [arabic?.articleTitle] },
      ahram_lens: { color: 'green' },
    });
  });

  it('imports a Hypothesis export with sensible defaults', () => {
    const report = importNotes(exportFile([hypothesisAnnotation()]), LATER);
    expect(report.skipped).toEqual([]);
    expect(report.notes).toStrictEqual([
      {
        id: 'Tc7nXfSbEe2l_8ffBg9cfA',
        articleKey: articleKey(PAGE),
        url: PAGE,
        articleTitle: 'The US and Hamas talk directly - Al-Ahram Weekly',
        selectors: [
          { type: 'TextPositionSelector', start: 120, end: 160 },
          {
            type: 'TextQuoteSelector',
            exact: 'Hamas negotiators have submitted',
            prefix: 'Adam Boehler, ',
            suffix: ' a proposal',
          },
        ],
        body: 'The envoy *did* say this.',
        tags: ['hostages'],
        color: 'yellow',
        createdAt: Date.parse('2024-05-04T10:11:12.123Z'),
        updatedAt: Date.parse('2024-05-05T08:00:00.000Z'),
      },
    ]);
  });

  it('skips page notes and replies, and says so', () => {
    const report = importNotes(
      exportFile([
        hypothesisAnnotation({ id: 'page-note', target: [{ source: PAGE }] }),
        hypothesisAnnotation({
          id: 'reply',
          target: [{ source: PAGE }],
          references: ['Tc7nXfSbEe2l_8ffBg9cfA'],
        }),
        hypothesisAnnotation(),
      ]),
      LATER,
    );
    expect(report.notes.map((note) => note.id)).toEqual(['Tc7nXfSbEe2l_8ffBg9cfA']);
    expect(report.skipped).toEqual([
      { item: 'annotation 1 (page-note)', reason: 'a note on the whole page, not a passage' },
      { item: 'annotation 2 (reply)', reason: 'a reply to another annotation, not a note on a passage' },
    ]);
  });

  it('accepts API search results and bare lists of annotations', () => {
    const rows = [hypothesisAnnotation(), hypothesisAnnotation({ id: 'second' })];
    expect(importNotes(JSON.stringify({ total: 2, rows }), LATER).notes).toHaveLength(2);
    const bare = importNotes(JSON.stringify(rows), LATER);
    expect(bare.format).toBe('hypothesis');
    expect(bare.notes.map((note) => note.id)).toEqual(['Tc7nXfSbEe2l_8ffBg9cfA', 'second']);
  });

  it('survives fields of the wrong type', () => {
    const report = importNotes(
      exportFile([
        hypothesisAnnotation({
          text: 5,
          tags: 'hostages',
          created: null,
          updated: 'soon',
          document: { title: 7 },
        }),
        hypothesisAnnotation({ id: 'no-address', uri: 12, target: [{ selector: [] }] }),
        hypothesisAnnotation({ id: 'huge', text: 'x'.repeat(100_001) }),
        'not an annotation',
      ]),
      LATER,
    );
    expect(report.notes).toHaveLength(1);
    expect(report.notes[0]).toMatchObject({
      body: '',
      tags: [],
      createdAt: LATER,
      updatedAt: LATER,
      articleTitle: 'english.ahram.org.eg/News/541234.aspx',
    });
    expect(report.skipped.map((item) => item.reason)).toEqual([
      'no page address',
      'the note is longer than 100,000 characters',
      'not an annotation',
    ]);
  });
});
