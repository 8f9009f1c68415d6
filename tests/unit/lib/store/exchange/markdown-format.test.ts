import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../../lib/store/exchange/exchange-format';
import { exportNotes } from '../../../../../lib/store/exchange/export-notes';
import { importNotes } from '../../../../../lib/store/exchange/import-notes';
import { byId, LATER, NOW, sampleNotes } from './sample-notes';

function markdown(): string {
  return exportNotes(sampleNotes(), 'markdown', NOW).text;
}

describe('Markdown', () => {
  it('gives back exactly the notes it was given', () => {
    const notes = sampleNotes();
    const report = importNotes(exportNotes(notes, 'markdown', NOW).text, LATER);
    expect(report.format).toBe('markdown');
    expect(report.skipped).toEqual([]);
    expect(byId(report.notes)).toStrictEqual(byId(notes));
  });

  it('reads as notes grouped by article, with quotes, text, tags and dates', () => {
    const text = markdown();
    expect(text).toContain(
      '## [محادثات مباشرة بين واشنطن وحماس](<https://ahram.org.eg/News/541234.aspx?utm_source=x>)',
    );
    expect(text).toContain(
      '## [Talks \\[update\\] with *stars* and a line break](<https://english.ahram.org.eg/News/541300.aspx>)',
    );
    // One heading per article, not per note.
    expect(text.match(/^## /gm)).toHaveLength(2);
    expect(text).toContain(
      '\n> The envoy said: "talks > threats" --> and then,\n>\n> after a pause,\n\nFirst line',
    );
    expect(text).toContain('\nيجب التحقق من تصريحات المبعوث الأخرى.\n');
    expect(text).toContain('_Tags:_ #غزة, #رهائن');
    expect(text).toContain('_Tags:_ #Gaza talks, #follow up, #a\\, b, #back\\\\slash, ##hash, #trailing\\ ');
    expect(text).toContain('_On Adam Boehler_');
    expect(text).toMatch(/_Noted 2025-01-0\d, edited 2025-01-0\d_/);
  });

  it('keeps a body from passing for structure', () => {
    const lines = markdown().split('\n');
    expect(lines.filter((line) => line.startsWith('<!-- ahram-lens-note '))).toHaveLength(5);
    expect(lines.filter((line) => line.startsWith('#'))).toEqual([
      '# Ahram Lens notes',
      expect.stringMatching(/^## \[/),
      expect.stringMatching(/^## \[/),
    ]);
    expect(lines).toContain('\\# not a heading');
    expect(lines).toContain('\\> not a quote');
    expect(lines).toContain('\\<!-- ahram-lens-note AAAA -->');
    expect(lines).toContain('\\_Tags:_ #not, #tags');
    expect(lines).toContain('\\\\ a backslash first');
    // The hidden lines hold base64, which has no "-" to close the comment early.
    for (const line of lines.filter((item) => item.startsWith('<!-- ahram-lens-note '))) {
      expect(line).toMatch(/^<!-- ahram-lens-note [A-Za-z0-9+/=]+ -->$/);
    }
  });

  it('imports what the reader changed in the text', () => {
    const edited = markdown()
      .replace('يجب التحقق من تصريحات المبعوث الأخرى.', 'نص جديد\nعلى سطرين')
      .replace('_Tags:_ #غزة, #رهائن', '_Tags:_ #مصر,#new tag ')
      .replace('Is this claim sourced?\n\n_Tags:_ #claims\n', 'Is this claim sourced?\n\n');
    const notes = importNotes(edited, LATER).notes;
    const arabic = notes.find((note) => note.id === '6f1c2a9e-4b7d-4e3a-9c51-0d2b8e7f6a14');
    expect(arabic?.body).toBe('نص جديد\nعلى سطرين');
    expect(arabic?.tags).toEqual(['مصر', 'new tag']);
    expect(notes.find((note) => note.id === 'c3b4d5e6-f7a8-4901-9bcd-ef0123456789')?.tags).toEqual([]);
  });

  it('reads a file saved with Windows line endings', () => {
    const notes = sampleNotes();
    const text = exportNotes(notes, 'markdown', NOW).text.replace(/\n/g, '\r\n');
    expect(byId(importNotes(text, LATER).notes)).toStrictEqual(byId(notes));
  });

  it('drops a quote the reader deleted, and keeps the note by its position', () => {
    const text = markdown().replace(/^> .*\n/m, '');
    const report = importNotes(text, LATER);
    expect(report.skipped).toEqual([]);
    const arabic = report.notes.find((note) => note.id === '6f1c2a9e-4b7d-4e3a-9c51-0d2b8e7f6a14');
    expect(arabic?.selectors).toEqual([{ type: 'TextPositionSelector', start: 4, end: 35 }]);
    expect(arabic?.body).toBe('يجب التحقق من تصريحات المبعوث الأخرى.');
  });

  it('sets aside a note whose hidden line was damaged', () => {
    const text = markdown().replace(/^(<!-- ahram-lens-note )[A-Za-z0-9+/=]{12}/m, '$1%%%%');
    const report = importNotes(text, LATER);
    expect(report.notes).toHaveLength(4);
    expect(report.skipped).toEqual([
      { item: 'note 1', reason: 'its hidden ahram-lens-note comment is damaged' },
    ]);
  });

  it('refuses Markdown it did not write', () => {
    const text = '# My notes\n\n> a quote\n\nSome thoughts.\n';
    expect(() => importNotes(text, LATER)).toThrow(ImportError);
    expect(() => importNotes(text, LATER)).toThrow(/not Markdown exported by Ahram Lens/);
  });

  it('refuses Markdown from a newer version', () => {
    const text = markdown().replace('<!-- ahram-lens-notes 1 -->', '<!-- ahram-lens-notes 7 -->');
    expect(() => importNotes(text, LATER)).toThrow(/newer Ahram Lens/);
  });
});
