import type { DamagedRecord } from '../lib/store/notes-store';

export interface LibraryDamagedProps {
  damaged: readonly DamagedRecord[];
}

/**
 * Stored records that are not valid notes (damaged on disk, or written by a faulty version): said
 * plainly, with what is wrong, and left as they are so that nothing is lost or overwritten.
 */
export function LibraryDamaged({ damaged }: LibraryDamagedProps) {
  if (damaged.length === 0) return null;
  return (
    <section class="damaged" aria-labelledby="damaged-heading">
      <h2 id="damaged-heading">
        {damaged.length === 1
          ? 'One stored note cannot be read'
          : `${damaged.length} stored notes cannot be read`}
      </h2>
      <p class="hint">
        They are kept as they are, untouched: nothing has been deleted. Exporting as Ahram Lens JSON leaves
        them out.
      </p>
      <ul>
        {damaged.map((record) => (
          <li key={record.id}>
            <code>{record.id}</code>: {record.problem}
          </li>
        ))}
      </ul>
    </section>
  );
}
