import { describe, expect, it } from 'vitest';
import { applyEdit, editOf } from '../../../../lib/library/note-edit';
import { note } from './library-fixtures';

describe('note drafts', () => {
  const stored = note({ id: 'n', body: 'First words.', tags: ['a', 'b c'], color: 'blue', updatedAt: 5 });

  it('start from the stored note', () => {
    expect(editOf(stored)).toEqual({
      body: 'First words.',
      tags: 'a, b c',
      color: 'blue',
      basedOnUpdatedAt: 5,
      saving: false,
    });
    expect(editOf(note({ id: 'odd', color: 'teal' })).color).toBe('yellow');
  });

  it('give the edited note and the version it is based on', () => {
    const draft = { ...editOf(stored), body: ' New words. ', tags: 'x, #y', color: 'pink' as const };
    expect(applyEdit(stored, draft)).toEqual({
      note: { ...stored, body: 'New words.', tags: ['x', 'y'], color: 'pink' },
      basedOnUpdatedAt: 5,
    });
  });

  it("after a conflict, are based on the other tab's version", () => {
    const theirs = { ...stored, body: 'Their words.', updatedAt: 9 };
    expect(applyEdit(stored, { ...editOf(stored), theirs }).basedOnUpdatedAt).toBe(9);
  });
});
