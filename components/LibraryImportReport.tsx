import type { BatchedImport } from '../lib/library/import-in-batches';
import { importSummary } from '../lib/library/import-summary';
import type { ImportReport } from '../lib/store/exchange/exchange-format';

/** Where an import stands: reading the file, done (with what it did), or refused (with why). */
export type LibraryImportResult =
  | { kind: 'working'; fileName: string }
  | { kind: 'done'; fileName: string; report: ImportReport; outcome: BatchedImport }
  | { kind: 'failed'; fileName: string; message: string };

export interface LibraryImportReportProps {
  result: LibraryImportResult | null;
}

/** Skipped items listed by name; past this many, the rest are counted. */
const MAX_LISTED = 20;

/** What the last import did, in a live region: counts, each skipped item with its reason, or the error. */
export function LibraryImportReport({ result }: LibraryImportReportProps) {
  return (
    <div class={result?.kind === 'failed' ? 'import-report failed' : 'import-report'} role="status">
      {result?.kind === 'working' && <p>Importing {result.fileName}…</p>}
      {result?.kind === 'failed' && (
        <p>
          Nothing was imported from <span dir="auto">{result.fileName}</span>: {result.message}
        </p>
      )}
      {result?.kind === 'done' && (
        <>
          <p>{importSummary(result.outcome, result.report.skipped.length)}</p>
          {result.report.skipped.length > 0 && (
            <ul class="skipped">
              {result.report.skipped.slice(0, MAX_LISTED).map((skipped, index) => (
                // Items may repeat (two records without ids): their place in this fixed list tells them apart.
                <li key={index} dir="auto">
                  {skipped.item}: {skipped.reason}
                </li>
              ))}
              {result.report.skipped.length > MAX_LISTED && (
                <li>and {result.report.skipped.length - MAX_LISTED} more.</li>
              )}
            </ul>
          )}
          {result.outcome.error && (
            <p class="failed">
              The import stopped before the end: {result.outcome.error} The notes counted above are kept.
            </p>
          )}
        </>
      )}
    </div>
  );
}
