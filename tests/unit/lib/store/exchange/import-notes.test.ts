import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../../lib/store/exchange/exchange-format';
import { exportNotes } from '../../../../../lib/store/exchange/export-notes';
import { importNotes } from '../../../../../lib/store/exchange/import-notes';
import { LATER, NOW, sampleNotes } from './sample-notes';

function importError(text: string): ImportError {
  try {
    importNotes(text, LATER);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('importNotes', () => {
  it('tells the format from the content, not the name', () => {
    for (const format of ['json', 'markdown', 'w3c', 'hypothesis'] as const) {
      const report = importNotes(exportNotes(sampleNotes(), format, NOW).text, LATER);
      expect(report.format).toBe(format);
      expect(report.notes).toHaveLength(5);
    }
  });

  it('reads a file that starts with a byte-order mark', () => {
    const text = `\uFEFF${exportNotes(sampleNotes(), 'json', NOW).text}`;
    expect(importNotes(text, LATER).notes).toHaveLength(5);
  });

  it('refuses an empty file', () => {
    expect(importError('').message).toBe('The file is empty.');
    expect(importError('  \n\t ').message).toBe('The file is empty.');
  });

  it('refuses text that is neither JSON nor our Markdown', () => {
    expect(importError('Just some words I wrote.').message).toMatch(
      /not JSON, and it is not Markdown exported by Ahram Lens/,
    );
  });

  it('refuses damaged JSON, and says it is damaged', () => {
    expect(importError('{"format": "ahram-lens-notes", "version": 1, "notes": [').message).toMatch(
      /looks like JSON but is damaged/,
    );
  });

  it('refuses JSON of another shape', () => {
    for (const text of ['{"hello": "world"}', '42', '"notes"', 'null', '[1, 2, 3]']) {
      expect(importError(text).message).toMatch(/not one Ahram Lens can import/);
    }
    expect(importError('[]').message).toMatch(/empty list/);
  });

  it('refuses a file from a newer Ahram Lens', () => {
    const text = JSON.stringify({ format: 'ahram-lens-notes', version: 99, notes: [] });
    expect(importError(text).message).toMatch(
      /^This file was made by a newer Ahram Lens \(format version 99\)/,
    );
  });

  it('imports an export of no notes as no notes', () => {
    const report = importNotes(exportNotes([], 'json', NOW).text, LATER);
    expect(report).toEqual({ format: 'json', notes: [], skipped: [] });
    expect(importNotes(exportNotes([], 'w3c', NOW).text, LATER).notes).toEqual([]);
  });
});
