import type { ImportOutcome } from '../messages';
import type { NoteRecord } from '../store/note-record';

/** What an import in batches did; `error` is why it stopped early, the counts cover the batches sent. */
export interface BatchedImport extends ImportOutcome {
  error?: string;
}

/**
 * Sends `notes` in batches of at most `batchSize` (one message may not carry more) and adds up
 * the outcomes. A batch that fails stops the import: the earlier batches are kept (each is one
 * transaction), and the reader is told how far it got.
 */
export async function importInBatches(
  notes: readonly NoteRecord[],
  batchSize: number,
  send: (batch: NoteRecord[]) => Promise<ImportOutcome>,
): Promise<BatchedImport> {
  const total: BatchedImport = { added: 0, alreadyKept: 0 };
  for (let start = 0; start < notes.length; start += batchSize) {
    try {
      const outcome = await send(notes.slice(start, start + batchSize));
      total.added += outcome.added;
      total.alreadyKept += outcome.alreadyKept;
    } catch (error) {
      total.error = error instanceof Error ? error.message : String(error);
      break;
    }
  }
  return total;
}
