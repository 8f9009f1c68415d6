import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { countOf } from '../lib/library/count-of';
import { filterChoices } from '../lib/library/filter-choices';
import {
  type LibraryFilters as Filters,
  filterEntries,
  isFiltering,
  NO_FILTERS,
} from '../lib/library/filter-notes';
import { groupByArticle } from '../lib/library/group-by-article';
import { importInBatches } from '../lib/library/import-in-batches';
import { type LibraryEntry, libraryEntries } from '../lib/library/library-entry';
import { applyEdit, editOf, type NoteEdit } from '../lib/library/note-edit';
import { type ImportOutcome, MAX_IMPORTED_NOTES, type NotesLibraryData } from '../lib/messages';
import type { NoteRecord } from '../lib/store/note-record';
import { LibraryArticleGroup } from './LibraryArticleGroup';
import { LibraryDamaged } from './LibraryDamaged';
import { LibraryEmpty } from './LibraryEmpty';
import { LibraryExchange } from './LibraryExchange';
import { LibraryFilters } from './LibraryFilters';
import { LibraryUndo } from './LibraryUndo';

/** What the library asks of the background; each rejects with the background's error message. */
export interface LibraryBackend {
  list: () => Promise<NotesLibraryData>;
  update: (note: NoteRecord, basedOnUpdatedAt: number) => Promise<NoteRecord>;
  remove: (id: string) => Promise<NoteRecord | null>;
  /** Puts a deleted note back as it was. */
  restore: (note: NoteRecord) => Promise<NoteRecord>;
  /** At most MAX_IMPORTED_NOTES notes. */
  importBatch: (notes: NoteRecord[]) => Promise<ImportOutcome>;
}

export interface LibraryPageProps {
  backend: LibraryBackend;
}

type Status = { text: string; error: boolean };

/**
 * The notes library: every note the reader kept, grouped by article, searchable and filterable,
 * editable and deletable (with undo), exported and imported. Drafts live here rather than in each
 * note, so reading the list again, or a filter hiding a note being edited, loses nothing typed.
 */
export function LibraryPage({ backend }: LibraryPageProps) {
  const [data, setData] = useState<NotesLibraryData | null>(null);
  const [loadError, setLoadError] = useState<string>();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [drafts, setDrafts] = useState<Record<string, NoteEdit>>({});
  const [status, setStatus] = useState<Status>({ text: '', error: false });
  const [deleted, setDeleted] = useState<NoteRecord | null>(null);
  const [focusNoteId, setFocusNoteId] = useState<string>();

  const reload = useCallback(async (): Promise<NotesLibraryData | null> => {
    try {
      const fresh = await backend.list();
      setData(fresh);
      setLoadError(undefined);
      return fresh;
    } catch (error) {
      // Before the first reading this replaces the page's "Reading your notes…"; after it, the list
      // as last read stays on screen and the status says why it is not fresher.
      setLoadError(messageOf(error));
      setStatus({ text: `Your notes could not be read again: ${messageOf(error)}`, error: true });
      return null;
    }
  }, [backend]);

  useEffect(() => {
    void reload();
    // Notes written in other tabs meanwhile appear when the reader comes back to this one.
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  const entries = useMemo(() => (data ? libraryEntries(data) : []), [data]);
  const choices = useMemo(() => filterChoices(entries), [entries]);
  const shown = useMemo(() => filterEntries(entries, filters), [entries, filters]);
  const groups = useMemo(() => groupByArticle(shown), [shown]);

  const replaceNote = (note: NoteRecord) =>
    setData(
      (current) => current && { ...current, notes: current.notes.map((n) => (n.id === note.id ? note : n)) },
    );
  const patchDraft = (id: string, patch: Partial<NoteEdit>) =>
    setDrafts((current) => (current[id] ? { ...current, [id]: { ...current[id], ...patch } } : current));
  const dropDraft = (id: string) => setDrafts(({ [id]: _dropped, ...rest }) => rest);

  const save = async (entry: LibraryEntry) => {
    const draft = drafts[entry.note.id];
    if (!draft || draft.saving) return;
    patchDraft(entry.note.id, { saving: true });
    const { note, basedOnUpdatedAt } = applyEdit(entry.note, draft);
    try {
      replaceNote(await backend.update(note, basedOnUpdatedAt));
      dropDraft(note.id);
      setStatus({ text: 'Note saved.', error: false });
    } catch (error) {
      // Read the note as it is stored now: if another tab changed it, the reader sees that version
      // in the editor, and the advice fits this page (the background's is written for any page).
      const stored = (await reload())?.notes.find((n) => n.id === note.id);
      const theirs = stored && stored.updatedAt !== basedOnUpdatedAt ? stored : undefined;
      const message = theirs ? 'This note was changed in another tab since you opened it.' : messageOf(error);
      patchDraft(note.id, { saving: false, error: message, ...(theirs ? { theirs } : {}) });
      setStatus({ text: `The note was not saved: ${message}`, error: true });
    }
  };

  const remove = async (entry: LibraryEntry) => {
    try {
      const removed = (await backend.remove(entry.note.id)) ?? entry.note;
      setData(
        (current) => current && { ...current, notes: current.notes.filter((n) => n.id !== removed.id) },
      );
      dropDraft(removed.id);
      setDeleted(removed);
      setStatus({ text: '', error: false });
    } catch (error) {
      setStatus({ text: `The note was not deleted: ${messageOf(error)}`, error: true });
    }
  };

  const undo = async (note: NoteRecord) => {
    try {
      const restored = await backend.restore(note);
      setDeleted(null);
      setData(
        (current) =>
          current && { ...current, notes: [restored, ...current.notes.filter((n) => n.id !== restored.id)] },
      );
      setFocusNoteId(restored.id);
      setStatus({ text: 'Note restored.', error: false });
    } catch (error) {
      setStatus({ text: `The note could not be restored: ${messageOf(error)}`, error: true });
    }
  };
  const expireUndo = useCallback(() => setDeleted(null), []);
  // The restored note took the focus as it rendered (children's effects run first); said once.
  useEffect(() => {
    if (focusNoteId) setFocusNoteId(undefined);
  }, [focusNoteId]);

  const importNotes = async (notes: NoteRecord[]) => {
    const outcome = await importInBatches(notes, MAX_IMPORTED_NOTES, backend.importBatch);
    await reload();
    return outcome;
  };

  const filtering = isFiltering(filters);
  return (
    <>
      <a class="skip-link" href="#results">
        Skip to your notes
      </a>
      <header class="page-header">
        <p class="brand">Ahram Lens</p>
        <h1>Your notes</h1>
      </header>
      <p class={status.error ? 'status error' : 'status'} role="status">
        {status.text}
      </p>
      {data === null ? (
        <p class="loading">
          {loadError ? `Your notes could not be read: ${loadError}` : 'Reading your notes…'}
        </p>
      ) : (
        <div class="layout">
          <aside class="sidebar" aria-label="Find, export and import notes">
            {data.notes.length > 0 && (
              <LibraryFilters
                filters={filters}
                choices={choices}
                shown={shown.length}
                total={entries.length}
                onChange={setFilters}
              />
            )}
            <LibraryExchange
              notes={filtering ? shown.map((entry) => entry.note) : data.notes}
              filtered={filtering}
              onImport={importNotes}
            />
          </aside>
          <section id="results" class="results" aria-labelledby="results-heading" tabIndex={-1}>
            <h2 id="results-heading" class={filters.orphansOnly ? '' : 'visually-hidden'}>
              {filters.orphansOnly ? 'Orphaned notes' : 'Notes by article'}
            </h2>
            {filters.orphansOnly && (
              <p class="hint">
                Their passages were not found on the page at your last visit: the article may have been
                edited. Each note is kept with the words it was on.
              </p>
            )}
            {!filters.orphansOnly && choices.orphans > 0 && (
              <p class="orphan-banner">
                {countOf(choices.orphans, 'note was', 'notes were')} not found on their page at your last
                visit.{' '}
                <button
                  type="button"
                  class="link-button"
                  onClick={() => setFilters({ ...filters, orphansOnly: true })}
                >
                  Show orphaned notes
                </button>
              </p>
            )}
            <LibraryDamaged damaged={data.damaged ?? []} />
            {data.notes.length === 0 && <LibraryEmpty />}
            {data.notes.length > 0 && groups.length === 0 && (
              <p class="no-match">
                No note matches these filters.{' '}
                <button type="button" class="link-button" onClick={() => setFilters(NO_FILTERS)}>
                  Clear filters
                </button>
              </p>
            )}
            {groups.map((group) => (
              <LibraryArticleGroup
                key={group.article.key}
                group={group}
                drafts={drafts}
                focusNoteId={focusNoteId}
                onEdit={(entry) =>
                  setDrafts((current) => ({ ...current, [entry.note.id]: editOf(entry.note) }))
                }
                onDraftChange={patchDraft}
                onSave={(entry) => void save(entry)}
                onCancel={dropDraft}
                onDelete={(entry) => void remove(entry)}
              />
            ))}
          </section>
        </div>
      )}
      <LibraryUndo deleted={deleted} onUndo={(note) => void undo(note)} onExpire={expireUndo} />
    </>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
