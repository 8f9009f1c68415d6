import { useState } from 'preact/hooks';
import { countOf } from '../lib/library/count-of';
import type { BatchedImport } from '../lib/library/import-in-batches';
import {
  EXCHANGE_FORMAT_LABELS,
  EXCHANGE_FORMATS,
  type ExchangeFormat,
  ImportError,
  type ImportReport,
} from '../lib/store/exchange/exchange-format';
import { exportNotes } from '../lib/store/exchange/export-notes';
import { importNotes } from '../lib/store/exchange/import-notes';
import type { NoteRecord } from '../lib/store/note-record';
import { LibraryImportReport, type LibraryImportResult } from './LibraryImportReport';

export interface LibraryExchangeProps {
  /** The notes "Export" writes: all of them, or the ones the filters show. */
  notes: readonly NoteRecord[];
  /** Whether `notes` are the filtered ones (the button says so). */
  filtered: boolean;
  /** Keeps the imported notes (in batches) and reads the library again. */
  onImport: (notes: NoteRecord[]) => Promise<BatchedImport>;
}

/** A file larger than this is not an export of notes: refused before it freezes the page. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Saving notes to a file in one of the exchange formats, and adding notes from such a file. */
export function LibraryExchange({ notes, filtered, onImport }: LibraryExchangeProps) {
  const [format, setFormat] = useState<ExchangeFormat>('json');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<LibraryImportResult | null>(null);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setResult({ kind: 'working', fileName: file.name });
    try {
      if (file.size > MAX_IMPORT_BYTES)
        throw new ImportError('This file is too large to be a file of notes.');
      const report: ImportReport = importNotes(await file.text(), Date.now());
      const outcome = await onImport(report.notes);
      setResult({ kind: 'done', fileName: file.name, report, outcome });
    } catch (error) {
      const message =
        error instanceof ImportError ? error.message : `The file could not be read: ${String(error)}`;
      setResult({ kind: 'failed', fileName: file.name, message });
    } finally {
      setBusy(false);
      // The same file can be chosen again (after fixing it, say).
      input.value = '';
    }
  };

  const what = filtered
    ? `Export the ${countOf(notes.length, 'note', 'notes')} shown`
    : `Export all ${countOf(notes.length, 'note', 'notes')}`;
  return (
    <section class="panel exchange" aria-labelledby="exchange-heading">
      <h2 id="exchange-heading">Export and import</h2>
      <label class="field">
        File format
        <select
          value={format}
          onChange={(event) => setFormat((event.currentTarget as HTMLSelectElement).value as ExchangeFormat)}
        >
          {EXCHANGE_FORMATS.map((option) => (
            <option key={option} value={option}>
              {EXCHANGE_FORMAT_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        class="button primary"
        disabled={notes.length === 0}
        onClick={() => download(exportNotes(notes, format, new Date()))}
      >
        {notes.length === 0 ? 'No notes to export' : what}
      </button>
      <label class="field import">
        Import notes from a file
        <input
          type="file"
          accept=".json,.jsonld,.md,application/json,application/ld+json,text/markdown"
          disabled={busy}
          onChange={(event) => void importFile(event.currentTarget as HTMLInputElement)}
        />
      </label>
      <p class="hint">
        Ahram Lens JSON, W3C Web Annotation, Hypothesis or Markdown exports. Notes you already have are left
        as they are.
      </p>
      <LibraryImportReport result={result} />
    </section>
  );
}

/** Hands `file` to the browser's downloads: a link to the text in memory, clicked; nothing leaves the device. */
function download(file: { fileName: string; mimeType: string; text: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the URL is let go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
