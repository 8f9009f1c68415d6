import { useId } from 'preact/hooks';
import { articleLink } from '../lib/library/article-link';
import { countOf } from '../lib/library/count-of';
import { formatDay, formatIsoDay } from '../lib/library/format-day';
import type { ArticleGroup } from '../lib/library/group-by-article';
import type { LibraryEntry } from '../lib/library/library-entry';
import type { NoteEdit } from '../lib/library/note-edit';
import { LibraryNote } from './LibraryNote';

export interface LibraryArticleGroupProps {
  group: ArticleGroup;
  drafts: Readonly<Record<string, NoteEdit>>;
  /** The note to give the focus to, if it is in this group. */
  focusNoteId?: string;
  onEdit: (entry: LibraryEntry) => void;
  onDraftChange: (id: string, patch: Partial<NoteEdit>) => void;
  onSave: (entry: LibraryEntry) => void;
  onCancel: (id: string) => void;
  onDelete: (entry: LibraryEntry) => void;
}

/** The reader's notes on one article, under its title (a link back to it), site and dates. */
export function LibraryArticleGroup({ group, drafts, focusNoteId, ...actions }: LibraryArticleGroupProps) {
  const headingId = useId();
  const { article, entries } = group;
  const link = articleLink(article.url);
  return (
    <section class="article-group" aria-labelledby={headingId}>
      <header class="article-header">
        <h3 id={headingId} dir="auto">
          {link ? (
            <a href={link} target="_blank" rel="noopener noreferrer">
              {article.title}
            </a>
          ) : (
            article.title
          )}
        </h3>
        <p class="meta">
          {[
            article.site,
            article.publishedAt && `published ${formatIsoDay(article.publishedAt)}`,
            article.lastVisitedAt !== undefined && `last read ${formatDay(article.lastVisitedAt)}`,
            countOf(entries.length, 'note', 'notes'),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </header>
      <ol class="notes">
        {entries.map((entry) => (
          <LibraryNote
            key={entry.note.id}
            entry={entry}
            draft={drafts[entry.note.id]}
            focus={focusNoteId === entry.note.id}
            onEdit={() => actions.onEdit(entry)}
            onDraftChange={(patch) => actions.onDraftChange(entry.note.id, patch)}
            onSave={() => actions.onSave(entry)}
            onCancel={() => actions.onCancel(entry.note.id)}
            onDelete={() => actions.onDelete(entry)}
          />
        ))}
      </ol>
    </section>
  );
}
