import type { ComponentChild } from 'preact';
import type { CardHost } from './card-host';
import { setImportantStyles } from './important-style';
import { ACTOR_CLASS, CLAIM_CLASS, NOTE_CLASS } from './painter';

export interface HoverCardOptions {
  /** How long the pointer rests on a mark before its card opens (hover intent); read at each hover,
   * so a change in the settings applies at once. */
  delayMs: () => number;
  /** The card for a mark, or null when there is none to show. */
  cardFor: (mark: HTMLElement) => ComponentChild | null;
}

/** How long the card stays after the pointer leaves, so it can travel onto the card (WCAG 1.4.13). */
const CLOSE_GRACE_MS = 300;
const FLASH_MS = 1200;

/**
 * Opens a card for the mark under the pointer after a short rest, or for the focused mark on
 * Enter; keeps it open while the pointer is on the mark or the card; closes it on Esc or when the
 * pointer has left both. What a card shows is decided by `cardFor`.
 */
export function attachHoverCards(doc: Document, host: CardHost, options: HoverCardOptions): HoverCards {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let anchor: HTMLElement | null = null;

  const cancelTimers = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };

  const close = (returnFocus = false) => {
    cancelTimers();
    if (!host.isOpen()) return;
    host.hide();
    if (returnFocus) anchor?.focus();
    anchor = null;
  };

  const show = (card: ComponentChild, mark: HTMLElement) => {
    cancelTimers();
    anchor = mark;
    host.show(card, mark);
  };

  const open = (mark: HTMLElement) => {
    const card = options.cardFor(mark);
    if (card) show(card, mark);
  };

  const onPointerOver = (event: Event) => {
    if (host.contains(event.target)) {
      clearTimeout(closeTimer);
      return;
    }
    const mark = cardMarkOf(event.target);
    if (!mark) return;
    clearTimeout(closeTimer);
    if (mark === anchor && host.isOpen()) return;
    clearTimeout(openTimer);
    openTimer = setTimeout(() => open(mark), options.delayMs());
  };

  const onPointerOut = (event: Event) => {
    const leaving = host.contains(event.target) || cardMarkOf(event.target);
    if (!leaving) return;
    const to = (event as PointerEvent).relatedTarget;
    if (host.contains(to) || (to && cardMarkOf(to) === anchor)) return;
    clearTimeout(openTimer);
    // A card with a form in it (an editor) stays until the reader is done with it.
    if (host.isOpen() && !host.isEditing()) closeTimer = setTimeout(() => close(), CLOSE_GRACE_MS);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && host.isOpen()) {
      close(true);
      return;
    }
    const mark = cardMarkOf(event.target);
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      open(mark);
      host.focus();
    }
  };

  doc.addEventListener('pointerover', onPointerOver, true);
  doc.addEventListener('pointerout', onPointerOut, true);
  doc.addEventListener('keydown', onKeyDown, true);
  host.host.addEventListener('keydown', onKeyDown);
  return {
    open,
    show: (card, mark) => {
      show(card, mark);
      host.focus();
    },
    close: () => close(true),
    detach: () => {
      close();
      doc.removeEventListener('pointerover', onPointerOver, true);
      doc.removeEventListener('pointerout', onPointerOut, true);
      doc.removeEventListener('keydown', onKeyDown, true);
      host.host.removeEventListener('keydown', onKeyDown);
    },
  };
}

export interface HoverCards {
  /** Opens the card of a mark, as Enter on it does. */
  open: (mark: HTMLElement) => void;
  /** Replaces the open card (an editor in place of a card, the card again after saving). */
  show: (card: ComponentChild, mark: HTMLElement) => void;
  /** Closes the card and gives the focus back to its mark. */
  close: () => void;
  detach: () => void;
}

/**
 * The mark whose card a pointer or key at `target` means: an actor's name first (the smallest
 * thing under the pointer), then the reader's own note, then the claim around them.
 */
function cardMarkOf(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  return (
    target.closest<HTMLElement>(`mark.${ACTOR_CLASS}`) ??
    target.closest<HTMLElement>(`mark.${NOTE_CLASS}`) ??
    target.closest<HTMLElement>(`mark.${CLAIM_CLASS}`)
  );
}

/** Scrolls a mark (or any element) into the middle of the view and outlines it for a moment. */
export function reveal(element: HTMLElement): void {
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  flash(element);
}

export function mentionMark(doc: Document, actorId: string, index: number): HTMLElement | null {
  return doc.querySelector<HTMLElement>(
    `mark.${ACTOR_CLASS}[data-actor-id="${CSS.escape(actorId)}"][data-mention-index="${index}"]`,
  );
}

/** A brief outline on the mention "Next mention" moved to, so the eye finds it. */
function flash(mark: HTMLElement): void {
  setImportantStyles(mark, { outline: '3px solid #2f6fb3', 'outline-offset': '1px' });
  setTimeout(() => {
    mark.style.removeProperty('outline');
    mark.style.removeProperty('outline-offset');
  }, FLASH_MS);
}
