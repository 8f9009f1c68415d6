import type { ImportOutcome } from '../messages';
import { countOf } from './count-of';

/**
 * The sentence that reports an import: "Imported 3 notes; 1 was already in your library; 2
 * skipped:" (the reasons for the skipped items are listed after it, so it ends with a colon).
 */
export function importSummary(outcome: ImportOutcome, skipped: number): string {
  const sentence = [
    `Imported ${countOf(outcome.added, 'note', 'notes')}`,
    `${outcome.alreadyKept} ${outcome.alreadyKept === 1 ? 'was' : 'were'} already in your library`,
    ...(skipped > 0 ? [`${skipped} skipped:`] : []),
  ].join('; ');
  return skipped > 0 ? sentence : `${sentence}.`;
}
