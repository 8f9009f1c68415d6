import type { ComponentChildren } from 'preact';

export interface PopupNoticeProps {
  /** The sentence that says what is going on. */
  message: string;
  /** What the reader can do about it (buttons), if anything. */
  children?: ComponentChildren;
}

/** A state of the popup that is not an article: said in a sentence, with what can be done. */
export function PopupNotice({ message, children }: PopupNoticeProps) {
  return (
    <div class="notice" role="status">
      <p>{message}</p>
      {children && <div class="actions">{children}</div>}
    </div>
  );
}
