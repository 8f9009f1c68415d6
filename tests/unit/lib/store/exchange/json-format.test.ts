import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../../lib/store/exchange/exchange-format';
import { exportNotes } from '../../../../../lib/store/exchange/export-notes';
import { importNotes } from '../../../../../lib/store/exchange/import-notes';
import { byId, LATER, NOW, sampleNotes } from './sample-notes';

function fileWith(notes: unknown[], version: unknown = 1): string {
  return JSON.stringify({ format: 'ahram-lens-notes', version, exportedAt: NOW.toISOString(), notes });
}

describe('Ahram Lens JSON', () => {
  it('gives back exactly the notes it was given', () => {
    const notes = sampleNotes();
    const report = importNotes(exportNotes(notes, 'json', NOW).text, LATER);
    expect(report.format).toBe('json');
    expect(report.skipped).toEqual([]);
    expect(byId(report.notes)).toStrictEqual(byId(notes));
  });

  it('writes a versioned document', () => {
    const parsed = JSON.parse(exportNotes(sampleNotes(), 'json', NOW).text);
    expect(parsed).toMatchObject({ format: 'ahram-lens-notes', version: 1, exportedAt: NOW.toISOString() });
    expect(parsed.notes).toHaveLength(5);
  });

  it('refuses a file from a newer version', () => {
    expect(() => importNotes(fileWith(sampleNotes(), 2), LATER)).toThrow(ImportError);
    expect(() => importNotes(fileWith(sampleNotes(), 2), LATER)).toThrow(/made by a newer Ahram Lens/);
  });

  it('refuses a file without a usable version or list of notes', () => {
    expect(() => importNotes(fileWith(sampleNotes(), 'one'), LATER)).toThrow(/no valid format version/);
    expect(() => importNotes(JSON.stringify({ format: 'ahram-lens-notes', version: 1 }), LATER)).toThrow(
      /no list of notes/,
    );
  });

  it('keeps the good notes and says why it left out a bad one', () => {
    const [first, second, third] = sampleNotes();
    const text = fileWith([first, { ...second, color: 'black' }, 'not a note', third]);
    const report = importNotes(text, LATER);
    expect(report.notes.map((note) => note.id)).toEqual([first?.id, third?.id]);
    expect(report.skipped).toEqual([
      { item: 'note 2 (note-special)', reason: 'unknown colour' },
      { item: 'note 3', reason: 'not an object' },
    ]);
  });

  it('keeps the first of two notes with the same id', () => {
    const [first] = sampleNotes();
    if (!first) throw new Error('no sample');
    const report = importNotes(fileWith([first, { ...first, body: 'a later copy' }]), LATER);
    expect(report.notes).toHaveLength(1);
    expect(report.notes[0]?.body).toBe(first.body);
    expect(report.skipped).toEqual([
      { item: `note 2 (${first.id})`, reason: 'the same note twice in this file' },
    ]);
  });

  it('leaves out a note too long to be a note, and stray fields of the others', () => {
    const [first, second] = sampleNotes();
    const report = importNotes(
      fileWith([
        { ...first, body: 'x'.repeat(100_001) },
        { ...second, extra: 1 },
      ]),
      LATER,
    );
    expect(report.skipped[0]?.reason).toMatch(/longer than 100,000 characters/);
    expect(report.notes).toHaveLength(1);
    expect(report.notes[0]).not.toHaveProperty('extra');
  });

  it('refuses non-finite times rather than inventing them', () => {
    const [first] = sampleNotes();
    const report = importNotes(fileWith([{ ...first, createdAt: 'yesterday' }]), LATER);
    expect(report.notes).toEqual([]);
    expect(report.skipped[0]?.reason).toBe('bad times');
  });
});
