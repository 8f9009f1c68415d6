import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { NoteRecord } from '../lib/store/note-record';

export interface LibraryUndoProps {
  /** The note just deleted, or null when there is nothing to undo. */
  deleted: NoteRecord | null;
  onUndo: (note: NoteRecord) => void;
  onExpire: () => void;
}

/** How long "Undo" is offered after a delete. */
export const UNDO_MS = 10_000;

/**
 * "Note deleted. Undo" for a few seconds after a delete. The bar is always in the page (a live
 * region announces only changes to something already there), takes the focus so a keyboard reader
 * can undo at once, and does not go away while the focus or the pointer is on it.
 */
export function LibraryUndo({ deleted, onUndo, onExpire }: LibraryUndoProps) {
  const button = useRef<HTMLButtonElement>(null);
  const [held, setHeld] = useState(false);
  // A layout effect: the focus moves in the same frame the deleted note's button goes away.
  useLayoutEffect(() => {
    if (deleted) button.current?.focus();
  }, [deleted]);
  useEffect(() => {
    if (!deleted || held) return;
    const timer = setTimeout(onExpire, UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted, held, onExpire]);
  return (
    <div
      class={deleted ? 'undo-bar shown' : 'undo-bar'}
      role="status"
      onFocusIn={() => setHeld(true)}
      onFocusOut={() => setHeld(false)}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
    >
      {deleted && (
        <>
          <span>Note deleted.</span>
          <button ref={button} type="button" class="button" onClick={() => onUndo(deleted)}>
            Undo
          </button>
        </>
      )}
    </div>
  );
}
