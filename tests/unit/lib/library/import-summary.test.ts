import { describe, expect, it } from 'vitest';
import { importSummary } from '../../../../lib/library/import-summary';

describe('importSummary', () => {
  it('says what an import did, in the words the reader reads', () => {
    expect(importSummary({ added: 3, alreadyKept: 1 }, 2)).toBe(
      'Imported 3 notes; 1 was already in your library; 2 skipped:',
    );
    expect(importSummary({ added: 1, alreadyKept: 0 }, 0)).toBe(
      'Imported 1 note; 0 were already in your library.',
    );
  });
});
