import { h } from 'preact';
import { type NoteDraft, NoteEditor } from '../../components/NoteEditor';
import type { CardHost } from './card-host';

export interface Passage {
  start: number;
  end: number;
  quote: string;
}

export interface NoteCaptureTarget {
  /** The article passage a selection covers, or null when it is not (wholly) in the article. */
  passageOf(range: Range): Passage | null;
  /** Saves the note; throws an error the reader can read when it cannot. */
  save(passage: Passage, draft: NoteDraft): Promise<void>;
}

/**
 * Select text in the article → a small "Add note" button by the selection → an editor → "Save
 * note". A failed save keeps the editor and what was typed, with the reason. Returns a function
 * that detaches it.
 */
export function attachNoteCapture(doc: Document, target: NoteCaptureTarget, host: CardHost): () => void {
  let passage: Passage | null = null;

  const openEditor = (range: Range, error?: string, saving = false) => {
    if (!passage) return;
    const current = passage;
    host.show(
      h(NoteEditor, {
        quote: current.quote,
        saving,
        ...(error ? { error } : {}),
        onCancel: () => host.hide(),
        onSave: (draft) => {
          openEditor(range, undefined, true);
          target.save(current, draft).then(
            () => host.hide(),
            (failure: unknown) =>
              openEditor(range, failure instanceof Error ? failure.message : String(failure)),
          );
        },
      }),
      range,
    );
  };

  const onSelectionEnd = (event: Event) => {
    if (host.contains(event.target)) return;
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0).cloneRange();
    passage = target.passageOf(range);
    if (!passage) return;
    host.show(
      h(
        'button',
        {
          type: 'button',
          class: 'add-note',
          onClick: () => {
            openEditor(range);
            host.focus();
          },
        },
        'Add note',
      ),
      range,
    );
  };

  const onPointerDown = (event: Event) => {
    if (!host.contains(event.target) && host.isOpen()) host.hide();
  };

  doc.addEventListener('mouseup', onSelectionEnd);
  doc.addEventListener('keyup', onSelectionEnd);
  doc.addEventListener('pointerdown', onPointerDown, true);
  return () => {
    host.hide();
    doc.removeEventListener('mouseup', onSelectionEnd);
    doc.removeEventListener('keyup', onSelectionEnd);
    doc.removeEventListener('pointerdown', onPointerDown, true);
  };
}
