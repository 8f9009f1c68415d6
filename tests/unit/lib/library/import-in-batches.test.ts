import { describe, expect, it } from 'vitest';
import { importInBatches } from '../../../../lib/library/import-in-batches';
import { note } from './library-fixtures';

describe('importInBatches', () => {
  const notes = Array.from({ length: 5 }, (_, index) => note({ id: `n${index}` }));

  it('sends batches no larger than allowed and adds up what they did', async () => {
    const sizes: number[] = [];
    const outcome = await importInBatches(notes, 2, async (batch) => {
      sizes.push(batch.length);
      return { added: batch.length - 1, alreadyKept: 1 };
    });
    expect(sizes).toEqual([2, 2, 1]);
    expect(outcome).toEqual({ added: 2, alreadyKept: 3 });
  });

  it('stops at a failed batch and says why, keeping the counts of the batches before', async () => {
    let calls = 0;
    const outcome = await importInBatches(notes, 2, async (batch) => {
      calls += 1;
      if (calls === 2) throw new Error('No room left.');
      return { added: batch.length, alreadyKept: 0 };
    });
    expect(calls).toBe(2);
    expect(outcome).toEqual({ added: 2, alreadyKept: 0, error: 'No room left.' });
  });
});
