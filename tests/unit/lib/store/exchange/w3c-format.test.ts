import { describe, expect, it } from 'vitest';
import { articleKey } from '../../../../../lib/store/article-key';
import { ImportError } from '../../../../../lib/store/exchange/exchange-format';
import { exportNotes } from '../../../../../lib/store/exchange/export-notes';
import { importNotes } from '../../../../../lib/store/exchange/import-notes';
import { byId, LATER, NOW, sampleNotes } from './sample-notes';

/** The TextQuoteSelector example of the Web Annotation Data Model (W3C Recommendation, §4.2.4). */
const SPEC_EXAMPLE = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/anno23',
  type: 'Annotation',
  body: 'http://example.org/comment1',
  target: {
    source: 'http://example.org/page1',
    selector: {
      type: 'TextQuoteSelector',
      exact: 'anotation',
      prefix: 'this is an ',
      suffix: ' that has some',
    },
  },
};

function annotation(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'Annotation',
    id: 'https://annotations.example/a/1',
    created: '2024-11-02T10:00:00Z',
    body: [
      { type: 'TextualBody', value: 'Worth checking.', format: 'text/plain' },
      { type: 'TextualBody', value: 'Gaza talks', purpose: 'tagging' },
    ],
    target: {
      source: 'https://www.ahram.org.eg/News/77.aspx?utm_campaign=z',
      selector: [
        { type: 'CssSelector', value: '#story > p:nth-child(2)' },
        { type: 'TextPositionSelector', start: 10, end: 20 },
      ],
    },
    ...overrides,
  };
}

describe('W3C Web Annotation', () => {
  it('gives back exactly the notes it was given', () => {
    const notes = sampleNotes();
    const report = importNotes(exportNotes(notes, 'w3c', NOW).text, LATER);
    expect(report.format).toBe('w3c');
    expect(report.skipped).toEqual([]);
    expect(byId(report.notes)).toStrictEqual(byId(notes));
  });

  it('writes an AnnotationCollection of conformant annotations', () => {
    const [arabic, special, actor] = sampleNotes();
    const collection = JSON.parse(exportNotes(sampleNotes(), 'w3c', NOW).text);
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 5,
      first: { type: 'AnnotationPage' },
    });
    const items: Record<string, unknown>[] = collection.first.items;
    expect(items).toHaveLength(5);
    const first = items.find((item) => item.id === `urn:uuid:${arabic?.id}`);
    expect(first).toMatchObject({
      type: 'Annotation',
      motivation: 'commenting',
      created: '2025-01-05T08:00:00.123Z',
      modified: '2025-01-07T09:15:00.000Z',
      body: [
        { type: 'TextualBody', value: arabic?.body, format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: 'غزة', purpose: 'tagging' },
        { type: 'TextualBody', value: 'رهائن', purpose: 'tagging' },
      ],
      target: { source: arabic?.url, selector: arabic?.selectors },
      ahramLens: { color: 'green', articleTitle: arabic?.articleTitle, articleKey: arabic?.articleKey },
    });
    // Ids that are not UUIDs still become IRIs.
    expect(items.some((item) => item.id === `urn:ahram-lens:note:${special?.id}`)).toBe(true);
    const onActor = items.find((item) => item.id === `urn:uuid:${actor?.id}`);
    expect(onActor?.target).toEqual({ source: actor?.url });
    expect(items.find((item) => item.id === 'urn:ahram-lens:note:highlight-only')).toMatchObject({
      motivation: 'highlighting',
    });
  });

  it('imports the specification’s example with sensible defaults', () => {
    const report = importNotes(JSON.stringify(SPEC_EXAMPLE), LATER);
    expect(report.skipped).toEqual([]);
    expect(report.notes).toStrictEqual([
      {
        id: 'http://example.org/anno23',
        articleKey: articleKey('http://example.org/page1'),
        url: 'http://example.org/page1',
        articleTitle: 'example.org/page1',
        selectors: [
          { type: 'TextQuoteSelector', exact: 'anotation', prefix: 'this is an ', suffix: ' that has some' },
        ],
        body: '',
        tags: [],
        color: 'yellow',
        createdAt: LATER,
        updatedAt: LATER,
      },
    ]);
  });

  it('reads bodies, tags, titles and times from another tool, and ignores selectors it cannot use', () => {
    const report = importNotes(
      JSON.stringify(annotation({ target: { ...(annotation({}).target as object), 'dc:title': 'الأهرام' } })),
      LATER,
    );
    expect(report.notes[0]).toMatchObject({
      id: 'https://annotations.example/a/1',
      articleKey: 'ahram.org.eg/News/77.aspx',
      articleTitle: 'الأهرام',
      selectors: [{ type: 'TextPositionSelector', start: 10, end: 20 }],
      body: 'Worth checking.',
      tags: ['Gaza talks'],
      createdAt: Date.parse('2024-11-02T10:00:00Z'),
      updatedAt: Date.parse('2024-11-02T10:00:00Z'),
    });
  });

  it('accepts a list of annotations and an AnnotationPage', () => {
    const list = [annotation({}), annotation({ id: 'https://annotations.example/a/2' })];
    expect(importNotes(JSON.stringify(list), LATER).notes).toHaveLength(2);
    const page = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: list };
    expect(importNotes(JSON.stringify(page), LATER).notes.map((note) => note.id)).toEqual([
      'https://annotations.example/a/1',
      'https://annotations.example/a/2',
    ]);
  });

  it('skips an annotation without a text selector, and one that is not an annotation', () => {
    const list = [
      annotation({ target: { source: 'https://x.org/a', selector: { type: 'RangeSelector' } } }),
      annotation({ id: 'https://annotations.example/a/2' }),
      { type: 'Person', name: 'Someone' },
      annotation({
        id: 'https://annotations.example/a/3',
        created: 'last week',
        target: 'https://x.org/page',
      }),
    ];
    const report = importNotes(JSON.stringify(list), LATER);
    expect(report.notes.map((note) => note.id)).toEqual(['https://annotations.example/a/2']);
    expect(report.skipped).toEqual([
      { item: 'annotation 1 (https://annotations.example/a/1)', reason: 'no text selector' },
      { item: 'annotation 3', reason: 'not an annotation' },
      { item: 'annotation 4 (https://annotations.example/a/3)', reason: 'no text selector' },
    ]);
  });

  it('falls back to now for a date it cannot read, and to yellow for a colour it does not know', () => {
    const report = importNotes(
      JSON.stringify(annotation({ created: 'not a date', modified: 12, ahramLens: { color: 'black' } })),
      LATER,
    );
    expect(report.notes[0]).toMatchObject({ createdAt: LATER, updatedAt: LATER, color: 'yellow' });
  });

  it('gives an annotation without an id the same id every time, so importing again finds the same note', () => {
    const text = JSON.stringify(annotation({ id: undefined }));
    const first = importNotes(text, LATER).notes[0]?.id;
    expect(first).toMatch(/^imported-[0-9a-f]{16}$/);
    expect(importNotes(text, LATER + 1000).notes[0]?.id).toBe(first);
    const other = JSON.stringify(annotation({ id: undefined, created: '2024-11-03T10:00:00Z' }));
    expect(importNotes(other, LATER).notes[0]?.id).not.toBe(first);
  });

  it('keeps the first of two annotations with the same id', () => {
    const list = [annotation({}), annotation({ body: 'a second copy' })];
    const report = importNotes(JSON.stringify(list), LATER);
    expect(report.notes.map((note) => note.body)).toEqual(['Worth checking.']);
    expect(report.skipped[0]?.reason).toBe('the same note twice in this file');
  });

  it('refuses a collection whose annotations are only linked to', () => {
    const collection = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: 'https://x.org/page1',
    };
    expect(() => importNotes(JSON.stringify(collection), LATER)).toThrow(ImportError);
    expect(() => importNotes(JSON.stringify(collection), LATER)).toThrow(/only links to its annotations/);
  });
});
