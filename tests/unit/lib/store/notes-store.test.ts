import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describePassage } from '../../../../lib/anchoring/selectors';
import type { NoteRecord } from '../../../../lib/store/note-record';
import { NotesDatabase } from '../../../../lib/store/notes-db';
import { NotesStore } from '../../../../lib/store/notes-store';
import { InvalidNoteError, NoteConflictError, readableError } from '../../../../lib/store/store-errors';

const TEXT =
  'According to US Special Envoy for Hostage Affairs Adam Boehler, Hamas negotiators have submitted a proposal.';

function note(overrides: Partial<NoteRecord> = {}): NoteRecord {
  return {
    id: 'n1',
    articleKey: 'english.ahram.org.eg/News/541234.aspx',
    url: 'https://english.ahram.org.eg/News/541234.aspx',
    articleTitle: 'The US and Hamas talk directly',
    selectors: describePassage(TEXT, 0, 20),
    body: 'Check the envoy’s other statements.',
    tags: ['hostages'],
    color: 'yellow',
    createdAt: 1000,
    updatedAt: 1000,
    ...overrides,
  };
}

let db: NotesDatabase;
let store: NotesStore;
let name = 0;

beforeEach(async () => {
  name += 1;
  db = new NotesDatabase(`test-notes-${name}`);
  store = new NotesStore(db);
});

afterEach(async () => {
  await db.delete();
});

describe('NotesStore', () => {
  it('keeps a note and finds it by article, with notes on the actors it mentions', async () => {
    await store.create(note());
    await store.create(
      note({
        id: 'n2',
        articleKey: 'other/article',
        selectors: [],
        actorId: 'adam-boehler',
        createdAt: 2000,
        updatedAt: 2000,
      }),
    );
    await store.create(note({ id: 'n3', articleKey: 'other/article', createdAt: 3000, updatedAt: 3000 }));
    const found = await store.forArticle('english.ahram.org.eg/News/541234.aspx', ['adam-boehler']);
    expect(found.map((record) => record.id)).toEqual(['n1', 'n2']);
  });

  it('refuses an update based on an older copy, and keeps the newer note', async () => {
    await store.create(note());
    const first = await store.update(note({ body: 'Edited in tab A' }), 1000, 5000);
    expect(first.updatedAt).toBe(5000);
    await expect(store.update(note({ body: 'Edited in tab B' }), 1000, 6000)).rejects.toBeInstanceOf(
      NoteConflictError,
    );
    expect((await db.notes.get('n1'))?.body).toBe('Edited in tab A');
  });

  it('refuses a malformed note and saves nothing', async () => {
    await expect(store.create(note({ color: 'black' }))).rejects.toBeInstanceOf(InvalidNoteError);
    await expect(store.create(note({ selectors: [], actorId: undefined }))).rejects.toThrow(
      /attached to nothing/,
    );
    expect(await db.notes.count()).toBe(0);
  });

  it('gives the deleted note back, so it can be restored', async () => {
    await store.create(note());
    const deleted = await store.remove('n1');
    expect(await db.notes.count()).toBe(0);
    if (deleted) await store.create(deleted);
    expect((await db.notes.get('n1'))?.body).toBe(note().body);
  });

  it('counts the articles read that mention an actor', async () => {
    const visit = { url: 'u', title: 't', lastVisitedAt: 1 };
    await store.recordVisit({ ...visit, key: 'a', actorIds: ['hamas', 'adam-boehler'] });
    const history = await store.recordVisit({ ...visit, key: 'b', actorIds: ['hamas', 'qatar'] });
    expect(history.seenIn).toEqual({ hamas: 1, qatar: 0 });
    const again = await store.recordVisit({ ...visit, key: 'b', actorIds: ['hamas'] });
    expect(again.seenIn).toEqual({ hamas: 1 });
  });
});

describe('imports and damaged records', () => {
  it('adds imported notes without changing or losing the ones kept, and counts what it left alone', async () => {
    await store.create(note({ id: 'kept', body: 'mine' }));
    const outcome = await store.importNotes([
      note({ id: 'kept', body: 'from the file' }),
      note({ id: 'new-1' }),
      note({ id: 'new-1', body: 'twice' }),
      note({ id: 'new-2' }),
    ]);
    expect(outcome).toEqual({ added: 2, alreadyKept: 2 });
    expect((await db.notes.get('kept'))?.body).toBe('mine');
    expect((await db.notes.get('new-1'))?.body).toBe(note().body);
    expect(await db.notes.count()).toBe(3);
  });

  it('lists a damaged record apart, leaves it on disk, and never hands it to a page', async () => {
    await store.create(note({ id: 'good' }));
    await db.notes.put({ ...note({ id: 'broken' }), color: 42 } as unknown as NoteRecord);
    const { notes, damaged } = await store.everything();
    expect(notes.map((kept) => kept.id)).toEqual(['good']);
    expect(damaged).toEqual([{ id: 'broken', problem: 'unknown colour' }]);
    expect(await db.notes.get('broken')).toBeDefined();
    expect((await store.forArticle(note().articleKey)).map((kept) => kept.id)).toEqual(['good']);
  });

  it('keeps everything saved when the disk is full, and says what to do', async () => {
    await store.create(note({ id: 'saved' }));
    const add = db.notes.add.bind(db.notes);
    db.notes.add = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const failure = await store.create(note({ id: 'new' })).catch((error: unknown) => error);
    db.notes.add = add;
    expect(readableError(failure)).toMatch(/no room left.*still in the editor/);
    expect((await db.notes.toArray()).map((kept) => kept.id)).toEqual(['saved']);
  });
});
