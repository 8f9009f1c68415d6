import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describePassage } from '../../lib/anchoring/selectors';
import type { NotesLibraryData } from '../../lib/messages';
import { articleKey } from '../../lib/store/article-key';
import { EXCHANGE_FORMATS } from '../../lib/store/exchange/exchange-format';
import type { ArticleRecord, NoteRecord } from '../../lib/store/note-record';
import { SEED_PAGE } from '../fixtures/fixture-pages';
import { seriousAxeViolations } from './support/axe';
import { FIXTURES_DIR, Harness, ORIGIN } from './support/harness';

// The notes library (notes.html), driven as a reader would: notes come in through its own file
// input (our JSON and a W3C file), are painted on the seed article, then searched, filtered,
// edited, deleted and restored, exported in every format and imported back.

/** The seed article's text as the page's locator reads it: the scraped text without its last label. */
const SEED_TEXT = readFileSync(`${FIXTURES_DIR}seed/article.txt`, 'utf8').replace(/\nShort link:$/, '');
const SEED_URL = ORIGIN + SEED_PAGE.urlPath;
const OTHER_URL = 'http://weekly.ahram.org.eg/News/3/2025/Cairo-talks.aspx';
const DAY = 24 * 60 * 60 * 1000;
const MARCH_14 = new Date(2025, 2, 14, 10, 0).getTime();

function passage(words: string) {
  const start = SEED_TEXT.indexOf(words);
  if (start < 0 || SEED_TEXT.indexOf(words, start + 1) >= 0)
    throw new Error(`"${words}" is not once in the text`);
  return describePassage(SEED_TEXT, start, start + words.length);
}

const CEASEFIRE: NoteRecord = {
  id: '0b6c2f4e-1d2a-4c3b-8e9f-0a1b2c3d4e01',
  articleKey: articleKey(SEED_URL),
  url: SEED_URL,
  articleTitle: 'The US and Hamas talk directly',
  selectors: passage('a five-to-ten-year ceasefire'),
  body: 'Compare with the Axios report of the same week.',
  tags: ['hostages', 'ceasefire'],
  color: 'green',
  createdAt: MARCH_14,
  updatedAt: MARCH_14,
};
const ON_BOEHLER: NoteRecord = {
  id: '0b6c2f4e-1d2a-4c3b-8e9f-0a1b2c3d4e02',
  articleKey: articleKey(SEED_URL),
  url: SEED_URL,
  articleTitle: 'The US and Hamas talk directly',
  selectors: [],
  body: 'Envoy since January; speaks for the White House.',
  tags: ['envoys'],
  color: 'blue',
  actorId: 'adam-boehler',
  actorName: 'Adam Boehler',
  createdAt: MARCH_14 + DAY,
  updatedAt: MARCH_14 + DAY,
};
const ARABIC: NoteRecord = {
  id: '0b6c2f4e-1d2a-4c3b-8e9f-0a1b2c3d4e03',
  articleKey: articleKey(OTHER_URL),
  url: OTHER_URL,
  articleTitle: 'مفاوضات القاهرة',
  selectors: [{ type: 'TextQuoteSelector', exact: 'قال أحمد أبو الغيط', prefix: '', suffix: '' }],
  body: 'تصريح مُهِمّ عن المفاوضات',
  tags: ['سياسة'],
  color: 'pink',
  createdAt: new Date(2025, 1, 1, 12, 0).getTime(),
  updatedAt: new Date(2025, 1, 1, 12, 0).getTime(),
};

const OUR_JSON = JSON.stringify({
  format: 'ahram-lens-notes',
  version: 1,
  notes: [CEASEFIRE, ON_BOEHLER, ARABIC],
});

const LEAKS_ID = '9d1f6a7b-2c3d-4e5f-8a9b-0c1d2e3f4a01';
const DISARM_ID = '9d1f6a7b-2c3d-4e5f-8a9b-0c1d2e3f4a02';
/** Two annotations as another W3C tool would write them, and one that is not on a page at all. */
const W3C_JSON = JSON.stringify({
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'AnnotationPage',
  items: [
    {
      id: `urn:uuid:${LEAKS_ID}`,
      type: 'Annotation',
      created: '2025-03-16T09:00:00Z',
      body: [
        { type: 'TextualBody', value: 'Leaks again: who gains?', purpose: 'commenting' },
        { type: 'TextualBody', value: 'leaks', purpose: 'tagging' },
      ],
      target: { source: SEED_URL, selector: passage('Tel Aviv has been incensed by news leaks') },
    },
    {
      id: `urn:uuid:${DISARM_ID}`,
      type: 'Annotation',
      created: '2025-03-17T09:00:00Z',
      bodyValue: 'Would they, really?',
      target: { source: SEED_URL, selector: passage('Hamas would completely disarm') },
    },
    { id: 'urn:uuid:9d1f6a7b-2c3d-4e5f-8a9b-0c1d2e3f4a03', type: 'Annotation', bodyValue: 'Nowhere.' },
  ],
});

/** The other article, as a visit records it: its passage was not found, so its note is an orphan. */
const OTHER_VISIT: ArticleRecord = {
  key: articleKey(OTHER_URL),
  url: OTHER_URL,
  title: 'مفاوضات القاهرة',
  lastVisitedAt: new Date(2025, 2, 20, 18, 0).getTime(),
  actorIds: ['ahmed-aboul-gheit'],
  actorNames: { 'ahmed-aboul-gheit': 'Ahmed Aboul Gheit' },
  unanchoredNoteIds: [ARABIC.id],
};

let harness: Harness;
let library: Page;
const libraryErrors: string[] = [];

beforeAll(async () => {
  harness = await Harness.start();
  library = await harness.openExtensionPage('notes.html');
  library.on('pageerror', (error) => libraryErrors.push(error.message));
  library.on('console', (message) => {
    if (message.type() === 'error') libraryErrors.push(message.text());
  });
  await library.setViewportSize({ width: 1180, height: 900 });
});

afterAll(async () => {
  await harness?.close();
});

/** Asks the background as the library page does. */
function ask<T>(message: unknown): Promise<T> {
  return library.evaluate(async (sent) => {
    const reply = (await chrome.runtime.sendMessage(sent)) as {
      ok: boolean;
      value?: unknown;
      error?: string;
    };
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  }, message) as Promise<T>;
}

const listNotes = () => ask<NotesLibraryData>({ type: 'list-notes' });

async function importFile(name: string, text: string): Promise<string> {
  await library.getByLabel('Import notes from a file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const report = library.locator('.import-report');
  await expect.poll(() => report.textContent(), { timeout: 10_000 }).toMatch(/Imported|Nothing was imported/);
  return (await report.textContent()) ?? '';
}

const noteItem = (id: string) => library.locator(`li.note[data-note-id="${id}"]`);
const count = () => library.locator('.filters .count').textContent();

/** The notes in a fixed order, for comparing libraries. */
function contentOf(notes: NoteRecord[]): NoteRecord[] {
  return [...notes].sort((a, b) => a.id.localeCompare(b.id));
}

describe('the notes library', () => {
  it('tells a reader with no notes how to add one', async () => {
    await library.getByRole('heading', { name: 'No notes yet' }).waitFor();
    expect(await library.locator('.empty-library').textContent()).toContain(
      'select a passage and choose Add note',
    );
    expect(await library.title()).toBe('Ahram Lens — your notes');
  });

  it('imports our JSON file and a W3C file through its file input, reporting what it skipped', async () => {
    expect(await importFile('notes.json', OUR_JSON)).toBe(
      'Imported 3 notes; 0 were already in your library.',
    );
    const w3c = await importFile('annotations.jsonld', W3C_JSON);
    expect(w3c).toMatch(/^Imported 2 notes; 0 were already in your library; 1 skipped:/);
    expect(await library.locator('.import-report .skipped li').allTextContents()).toEqual([
      expect.stringMatching(/annotation 3.*: no page address/),
    ]);
    await expect.poll(count).toBe('5 of 5 notes');
    // Newest first: the seed article (notes of 14–17 March) before the Arabic one (1 February).
    const groups = library.locator('.article-group h3');
    expect(await groups.allTextContents()).toEqual(['The US and Hamas talk directly', 'مفاوضات القاهرة']);
    expect(
      await library.locator('li.note').evaluateAll((items) => items.map((item) => item.dataset.noteId)),
    ).toEqual([DISARM_ID, LEAKS_ID, ON_BOEHLER.id, CEASEFIRE.id, ARABIC.id]);
    expect(await library.locator('.article-group a').first().getAttribute('href')).toBe(SEED_URL);
    const ceasefire = noteItem(CEASEFIRE.id);
    expect(await ceasefire.locator('blockquote').textContent()).toBe('a five-to-ten-year ceasefire');
    expect(await ceasefire.locator('blockquote').getAttribute('dir')).toBe('auto');
    expect(await ceasefire.locator('.tags li').allTextContents()).toEqual(['#hostages', '#ceasefire']);
    expect(await ceasefire.locator('.meta').textContent()).toMatch(/^Green · Noted /);
    expect(await noteItem(ON_BOEHLER.id).locator('.on-actor').textContent()).toBe('On Adam Boehler');
    expect(libraryErrors).toEqual([]);
  });

  it('has them painted on the seed article, each on its passage', async () => {
    const { page, ourErrors } = await harness.openFixture(SEED_PAGE);
    await page.waitForSelector('mark.ahram-lens-note', { state: 'attached', timeout: 15_000 });
    await harness.painted(page);
    const marked = (id: string) =>
      page
        .locator(`mark.ahram-lens-note[data-note-id="${id}"]`)
        .allTextContents()
        .then((texts) => texts.join('').replace(/\s+/g, ' '));
    expect(await marked(CEASEFIRE.id)).toBe('a five-to-ten-year ceasefire');
    expect(await marked(LEAKS_ID)).toBe('Tel Aviv has been incensed by news leaks');
    expect(await marked(DISARM_ID)).toBe('Hamas would completely disarm');
    expect(ourErrors).toEqual([]);
    await page.close();
  });

  it('marks the notes a visit did not find, and lists them together', async () => {
    await ask({ type: 'record-visit', article: OTHER_VISIT });
    await library.reload();
    await library.locator('li.note').first().waitFor();
    const arabic = noteItem(ARABIC.id);
    expect(await arabic.locator('.orphan-flag').textContent()).toBe(
      'Not found on the page at your last visit',
    );
    expect(await noteItem(CEASEFIRE.id).locator('.orphan-flag').count()).toBe(0);
    expect(await library.locator('.orphan-banner').textContent()).toContain(
      '1 note was not found on their page at your last visit.',
    );
    await library.getByRole('button', { name: 'Show orphaned notes' }).click();
    await library.getByRole('heading', { name: 'Orphaned notes' }).waitFor();
    expect(await library.locator('li.note blockquote').allTextContents()).toEqual(['قال أحمد أبو الغيط']);
    expect(await count()).toBe('1 of 5 notes');
    expect(await library.locator('.article-group .meta').first().textContent()).toMatch(
      /^weekly\.ahram\.org\.eg · last read .+ · 1 note$/,
    );
    await library.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(count).toBe('5 of 5 notes');
  });

  it('narrows the list as the reader types or filters, and clears', async () => {
    const search = library.getByLabel('Search your notes');
    const shownIds = () =>
      library.locator('li.note').evaluateAll((items) => items.map((item) => item.dataset.noteId));
    await search.fill('AXIOS');
    await expect.poll(count).toBe('1 of 5 notes');
    expect(await shownIds()).toEqual([CEASEFIRE.id]);
    // Arabic without the hamza or the harakat the note was written with.
    await search.fill('احمد ابو');
    await expect.poll(shownIds).toEqual([ARABIC.id]);
    await search.fill('مهم');
    await expect.poll(shownIds).toEqual([ARABIC.id]);
    await search.fill('boehler');
    await expect.poll(shownIds).toEqual([ON_BOEHLER.id]);
    await search.fill('');

    await library.getByRole('combobox', { name: 'Tag', exact: true }).selectOption({ label: 'leaks (1)' });
    await expect.poll(shownIds).toEqual([LEAKS_ID]);
    await library.getByRole('combobox', { name: 'Tag', exact: true }).selectOption('');
    await library.getByRole('combobox', { name: 'Site', exact: true }).selectOption('weekly.ahram.org.eg');
    await expect.poll(shownIds).toEqual([ARABIC.id]);
    await library.getByRole('combobox', { name: 'Site', exact: true }).selectOption('');
    // Notes on an article that mentions him (the visit above said so); no note is on him.
    await library
      .getByRole('combobox', { name: 'Actor', exact: true })
      .selectOption({ label: 'Ahmed Aboul Gheit (1)' });
    await expect.poll(shownIds).toEqual([ARABIC.id]);
    // The note on Boehler (and, once the seed page's visit is recorded, the notes on that article).
    await library.getByRole('combobox', { name: 'Actor', exact: true }).selectOption('adam boehler');
    await expect.poll(shownIds).toContain(ON_BOEHLER.id);
    expect(await shownIds()).not.toContain(ARABIC.id);
    await library.getByRole('combobox', { name: 'Actor', exact: true }).selectOption('');
    await library.getByLabel('From', { exact: true }).fill('2025-03-15');
    await library.getByLabel('To', { exact: true }).fill('2025-03-16');
    await expect.poll(shownIds).toEqual([LEAKS_ID, ON_BOEHLER.id]);
    expect(await count()).toBe('2 of 5 notes');

    await library.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(count).toBe('5 of 5 notes');
    expect(await search.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await library.getByLabel('From', { exact: true }).inputValue()).toBe('');
  });

  it('edits a note in place and saves it', async () => {
    const item = noteItem(DISARM_ID);
    await item.getByRole('button', { name: 'Edit note' }).click();
    const body = item.getByLabel('Note', { exact: true });
    await expect.poll(() => body.evaluate((element) => element === document.activeElement)).toBe(true);
    await body.fill('Would they, really? Nobody believes it.');
    await item.getByLabel('Tags (comma-separated)').fill('disarmament, doubts');
    await item.getByLabel('Purple').check();
    await item.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => item.locator('.note-body').textContent())
      .toBe('Would they, really? Nobody believes it.');
    expect(await item.locator('.tags li').allTextContents()).toEqual(['#disarmament', '#doubts']);
    await expect
      .poll(() =>
        item.getByRole('button', { name: 'Edit note' }).evaluate((b) => b === document.activeElement),
      )
      .toBe(true);
    const stored = (await listNotes()).notes.find((note) => note.id === DISARM_ID);
    expect(stored).toMatchObject({
      body: 'Would they, really? Nobody believes it.',
      tags: ['disarmament', 'doubts'],
    });
    expect(stored?.color).toBe('purple');
  });

  it('keeps the edit when another tab changed the note meanwhile, and replaces it only when asked', async () => {
    const item = noteItem(LEAKS_ID);
    await item.getByRole('button', { name: 'Edit note' }).click();
    await item.getByLabel('Note', { exact: true }).fill('My version of this note.');
    // Another tab saves the note first.
    const current = (await listNotes()).notes.find((note) => note.id === LEAKS_ID) as NoteRecord;
    await ask({
      type: 'update-note',
      note: { ...current, body: 'Their version.' },
      basedOnUpdatedAt: current.updatedAt,
    });
    await item.getByRole('button', { name: 'Save changes' }).click();
    const problem = item.locator('.editor-error');
    await expect.poll(() => problem.textContent()).toContain('changed in another tab');
    expect(await problem.textContent()).toContain('It now reads: Their version.');
    expect(await library.locator('p.status').textContent()).toContain('changed in another tab');
    expect(await item.getByLabel('Note', { exact: true }).inputValue()).toBe('My version of this note.');
    await harness.screenshot(library, 'notes-library-conflict');
    await item.getByRole('button', { name: 'Replace with mine' }).click();
    await expect.poll(() => item.locator('.note-body').textContent()).toBe('My version of this note.');
    expect((await listNotes()).notes.find((note) => note.id === LEAKS_ID)?.body).toBe(
      'My version of this note.',
    );
  });

  it('deletes a note with an Undo that brings it back as it was', async () => {
    const before = (await listNotes()).notes.find((note) => note.id === CEASEFIRE.id);
    await noteItem(CEASEFIRE.id).getByRole('button', { name: 'Delete note' }).click();
    await expect.poll(() => noteItem(CEASEFIRE.id).count()).toBe(0);
    const undo = library.getByRole('button', { name: 'Undo' });
    expect(await library.locator('.undo-bar').textContent()).toBe('Note deleted.Undo');
    await expect.poll(() => undo.evaluate((element) => element === document.activeElement)).toBe(true);
    await harness.screenshot(library, 'notes-library-undo');
    expect((await listNotes()).notes.map((note) => note.id)).not.toContain(CEASEFIRE.id);
    await undo.click();
    await noteItem(CEASEFIRE.id).waitFor();
    expect(await library.locator('.undo-bar').textContent()).toBe('');
    expect((await listNotes()).notes.find((note) => note.id === CEASEFIRE.id)).toEqual(before);
    await expect.poll(count).toBe('5 of 5 notes');
  });

  it('exports in every format, and each file imported into an emptied library gives the same notes', async () => {
    const original = contentOf((await listNotes()).notes);
    expect(original).toHaveLength(5);
    for (const format of EXCHANGE_FORMATS) {
      await library.getByRole('combobox', { name: 'File format' }).selectOption(format);
      const exportButton = library.getByRole('button', { name: 'Export all 5 notes' });
      const [download] = await Promise.all([library.waitForEvent('download'), exportButton.click()]);
      const name = download.suggestedFilename();
      const text = readFileSync((await download.path()) as string, 'utf8');
      expect(name, format).toMatch(/^ahram-lens-[a-z-]+-\d{4}-\d{2}-\d{2}\.(json|jsonld|md)$/);

      // The same file again changes nothing: every note in it is kept already.
      expect(await importFile(name, text), format).toBe('Imported 0 notes; 5 were already in your library.');

      for (const note of (await listNotes()).notes) await ask({ type: 'delete-note', id: note.id });
      await library.reload();
      await library.getByRole('heading', { name: 'No notes yet' }).waitFor();
      expect(await importFile(name, text), format).toBe('Imported 5 notes; 0 were already in your library.');
      expect(contentOf((await listNotes()).notes), format).toEqual(original);
      await expect.poll(count).toBe('5 of 5 notes');
    }
  });

  it('exports only the notes shown when filtered, and says so', async () => {
    await library.getByRole('combobox', { name: 'Site', exact: true }).selectOption('weekly.ahram.org.eg');
    await library.getByRole('combobox', { name: 'File format' }).selectOption('json');
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Export the 1 note shown' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as {
      notes: NoteRecord[];
    };
    expect(exported.notes.map((note) => note.id)).toEqual([ARABIC.id]);
    await library.getByRole('button', { name: 'Clear filters' }).first().click();
  });

  it('refuses a damaged file with a clear message and changes nothing', async () => {
    const before = await listNotes();
    expect(await importFile('broken.json', '{"format": "ahram-lens-notes", "notes": [')).toMatch(
      /^Nothing was imported from broken\.json: This file looks like JSON but is damaged/,
    );
    expect(await importFile('other.json', '{"hello": "world"}')).toMatch(
      /^Nothing was imported from other\.json: /,
    );
    expect(await listNotes()).toEqual(before);
    expect(await count()).toBe('5 of 5 notes');
  });

  it('reports a damaged stored record, keeps it, and still shows every other note', async () => {
    // A record the store would never write (a colour it does not know), put on disk behind its back.
    await harness.browser.serviceWorker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('ahram-lens');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const transaction = request.result.transaction('notes', 'readwrite');
            transaction.objectStore('notes').put({
              id: 'damaged-on-disk',
              articleKey: 'x',
              url: 'x',
              articleTitle: 'x',
              selectors: [],
              body: 'x',
              tags: [],
              color: 42,
              createdAt: 1,
              updatedAt: 1,
            });
            transaction.oncomplete = () => {
              request.result.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
        }),
    );
    await library.reload();
    const damaged = library.getByRole('region', { name: 'One stored note cannot be read' });
    await damaged.waitFor();
    expect(await damaged.textContent()).toContain('damaged-on-disk: unknown colour');
    expect(await count()).toBe('5 of 5 notes');
    expect((await listNotes()).damaged).toEqual([{ id: 'damaged-on-disk', problem: 'unknown colour' }]);
    await ask({ type: 'delete-note', id: 'damaged-on-disk' });
    await library.reload();
    await library.locator('.filters .count').waitFor();
    expect(await damaged.count()).toBe(0);
  });

  it('is all reachable by keyboard, with the focus always visible', async () => {
    await library.getByRole('combobox', { name: 'Site', exact: true }).selectOption('');
    await library.getByLabel('Search your notes').focus();
    const reached: { name: string; outline: string }[] = [];
    for (let step = 0; step < 40; step += 1) {
      await library.keyboard.press('Tab');
      const focused = await library.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const name =
          element.getAttribute('aria-label') ||
          ((element as HTMLInputElement).labels?.[0]?.firstChild?.textContent ?? '').trim() ||
          (element.textContent ?? '').trim();
        return { name, outline: getComputedStyle(element).outlineStyle };
      });
      reached.push(focused);
      if (focused.name === 'Edit note') break;
    }
    const names = reached.map((stop) => stop.name);
    for (const name of [
      'Actor',
      'Tag',
      'Site',
      'From',
      'To',
      'File format',
      'Export all 5 notes',
      'Edit note',
    ])
      expect(names).toContain(name);
    expect(names).toContain('Import notes from a file');
    expect(
      reached.filter((stop) => stop.outline === 'none'),
      JSON.stringify(reached),
    ).toEqual([]);
    // The editor opens from the keyboard with the focus in it, and gives the focus back on Cancel.
    await library.keyboard.press('Enter');
    await expect.poll(() => library.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await library.locator('.note-editor').getByRole('button', { name: 'Cancel' }).press('Enter');
    await expect.poll(() => library.evaluate(() => document.activeElement?.textContent)).toBe('Edit note');
  });

  it('passes an accessibility check with no serious violations, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await library.emulateMedia({ colorScheme: scheme });
      const violations = await seriousAxeViolations(library);
      expect(violations, scheme).toEqual([]);
      await harness.screenshot(library, `notes-library-${scheme}`);
    }
    await library.emulateMedia({ colorScheme: 'light' });
    // On a narrow window the filters come first and the notes below them.
    await library.setViewportSize({ width: 600, height: 900 });
    await harness.screenshot(library, 'notes-library-narrow');
    await library.setViewportSize({ width: 1180, height: 900 });
    expect(libraryErrors).toEqual([]);
  });
});
