import { describe, expect, it } from 'vitest';
import {
  EXCHANGE_FORMAT_LABELS,
  EXCHANGE_FORMATS,
  type ExchangeFormat,
} from '../../../../../lib/store/exchange/exchange-format';
import { exportNotes } from '../../../../../lib/store/exchange/export-notes';
import { NOW, sampleNotes } from './sample-notes';

const EXPECTED: Record<ExchangeFormat, { fileName: string; mimeType: string }> = {
  json: { fileName: 'ahram-lens-notes-2025-03-04.json', mimeType: 'application/json' },
  markdown: { fileName: 'ahram-lens-notes-2025-03-04.md', mimeType: 'text/markdown' },
  w3c: { fileName: 'ahram-lens-notes-2025-03-04.jsonld', mimeType: 'application/ld+json' },
  hypothesis: { fileName: 'ahram-lens-hypothesis-2025-03-04.json', mimeType: 'application/json' },
};

describe('exportNotes', () => {
  it('names and types each file by format and the local date', () => {
    for (const format of EXCHANGE_FORMATS) {
      const file = exportNotes(sampleNotes(), format, NOW);
      expect({ fileName: file.fileName, mimeType: file.mimeType }).toEqual(EXPECTED[format]);
    }
  });

  it('has a label for every format', () => {
    expect(EXCHANGE_FORMATS.map((format) => EXCHANGE_FORMAT_LABELS[format])).toEqual([
      'Ahram Lens JSON',
      'Markdown',
      'W3C Web Annotation (JSON-LD)',
      'Hypothesis',
    ]);
  });

  it('writes the same text for the same notes, in whatever order and field order they come', () => {
    const notes = sampleNotes();
    const shuffled = [...notes].reverse().map((note) => Object.fromEntries(Object.entries(note).reverse()));
    for (const format of EXCHANGE_FORMATS) {
      const once = exportNotes(notes, format, NOW).text;
      expect(exportNotes(notes, format, NOW).text).toBe(once);
      expect(exportNotes(shuffled as typeof notes, format, NOW).text).toBe(once);
    }
  });

  it('writes notes by article, then oldest first', () => {
    const ids = JSON.parse(exportNotes(sampleNotes(), 'json', NOW).text).notes.map(
      (note: { id: string }) => note.id,
    );
    expect(ids).toEqual([
      '6f1c2a9e-4b7d-4e3a-9c51-0d2b8e7f6a14',
      'note-special',
      'b2a3c4d5-e6f7-4890-8abc-def012345678',
      'c3b4d5e6-f7a8-4901-9bcd-ef0123456789',
      'highlight-only',
    ]);
  });

  it('does not fail on a time outside the range of dates', () => {
    const [first] = sampleNotes();
    if (!first) throw new Error('no sample');
    for (const format of EXCHANGE_FORMATS) {
      expect(() => exportNotes([{ ...first, createdAt: 1e300 }], format, NOW)).not.toThrow();
    }
  });
});
