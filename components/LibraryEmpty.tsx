/** What the library says before the reader has any note: how to write one, and that imports exist. */
export function LibraryEmpty() {
  return (
    <div class="empty-library">
      <h2>No notes yet</h2>
      <p>
        Open an article on Al-Ahram, select a passage and choose <strong>Add note</strong>. Your note stays on
        this device, attached to its passage, and is gathered here with all the others.
      </p>
      <p>
        Notes saved from another browser or another tool can be brought in with “Import notes from a file”.
      </p>
    </div>
  );
}
