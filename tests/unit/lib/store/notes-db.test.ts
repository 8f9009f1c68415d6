import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { describePassage } from '../../../../lib/anchoring/selectors';
import type { ArticleRecord, NoteRecord } from '../../../../lib/store/note-record';
import { NotesDatabase, SCHEMAS } from '../../../../lib/store/notes-db';
import { NotesStore } from '../../../../lib/store/notes-store';
import { NotesBlockedError } from '../../../../lib/store/store-errors';

const TEXT = 'Tel Aviv has been incensed by news leaks saying that the talks went beyond hostages.';

function note(id: string, createdAt: number): NoteRecord {
  return {
    id,
    articleKey: 'english.ahram.org.eg/News/1.aspx',
    url: 'https://english.ahram.org.eg/News/1.aspx',
    articleTitle: 'The US and Hamas talk directly',
    selectors: describePassage(TEXT, 0, 8),
    body: `Note ${id}`,
    tags: ['leaks'],
    color: 'green',
    createdAt,
    updatedAt: createdAt,
  };
}

const visit: ArticleRecord = {
  key: 'english.ahram.org.eg/News/1.aspx',
  url: 'https://english.ahram.org.eg/News/1.aspx',
  title: 'The US and Hamas talk directly',
  lastVisitedAt: 5,
  actorIds: ['hamas'],
};

const opened: NotesDatabase[] = [];
let counter = 0;

function database(name: string, schemas: readonly (typeof SCHEMAS)[number][] = SCHEMAS): NotesDatabase {
  const db = new NotesDatabase(name, schemas);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('the notes database', () => {
  it('declares each schema as a new version, never editing an old one', () => {
    const versions = SCHEMAS.map((schema) => schema.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  for (const old of SCHEMAS.slice(0, -1)) {
    it(`opens a version ${old.version} database full of notes under the current code, losing nothing`, async () => {
      counter += 1;
      const name = `migrate-${old.version}-${counter}`;
      const before = database(
        name,
        SCHEMAS.filter((schema) => schema.version <= old.version),
      );
      const notes = Array.from({ length: 50 }, (_, index) => note(`n${index}`, 1000 + index));
      await before.notes.bulkAdd(notes);
      await before.articles.add(visit);
      expect(before.verno).toBe(old.version);
      before.close();

      const after = database(name);
      await after.open();
      expect(after.verno).toBe(SCHEMAS.at(-1)?.version);
      expect(await after.notes.orderBy('id').toArray()).toEqual(
        [...notes].sort((a, b) => a.id.localeCompare(b.id)),
      );
      expect(await after.articles.toArray()).toEqual([visit]);
      // The index the new version adds answers for the old records.
      expect(await after.notes.where('createdAt').between(1010, 1019, true, true).count()).toBe(10);
      expect(await new NotesStore(after).forArticle(visit.key)).toHaveLength(50);
    });
  }

  it('says so at once when an upgrade is blocked by an older connection, and goes on when it closes', async () => {
    counter += 1;
    const name = `blocked-${counter}`;
    const old = database(name, SCHEMAS.slice(0, 1));
    await old.notes.add(note('kept', 1));
    // An older page that does not let go of the database when asked (Dexie closes by default).
    old.on('versionchange', () => false);

    const store = new NotesStore(database(name));
    await expect(store.create(note('new', 2))).rejects.toBeInstanceOf(NotesBlockedError);
    await expect(store.forArticle(visit.key)).rejects.toThrow(/another Ahram Lens tab/);

    old.close();
    await expect
      .poll(() =>
        store.forArticle(visit.key).then(
          (notes) => notes.map((kept) => kept.id),
          () => [],
        ),
      )
      .toEqual(['kept']);
    await store.create(note('new', 2));
    expect((await store.forArticle(visit.key)).map((kept) => kept.id)).toEqual(['kept', 'new']);
  });
});
