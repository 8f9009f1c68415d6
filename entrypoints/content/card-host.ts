import { type ComponentChild, render } from 'preact';
import { CARD_STYLES, NOTE_CARD_STYLES, NOTE_EDITOR_STYLES } from '../../components/card-styles';
import { setImportantStyles } from './important-style';

export interface CardHost {
  /** Shows `card` next to `anchor` (within the viewport), or hides the card when `card` is null. */
  show(card: ComponentChild, anchor: Element | Range): void;
  hide(): void;
  isOpen(): boolean;
  /** Whether the open card holds a form the reader is typing in (it must not vanish under them). */
  isEditing(): boolean;
  /** Whether an event target is inside the card (the shadow root retargets it to the host). */
  contains(target: EventTarget | null): boolean;
  /** Moves keyboard focus into the card. */
  focus(): void;
  host: HTMLElement;
}

const GAP = 8;

/**
 * The element our cards live in: a custom element at the end of <body> with a closed shadow root,
 * so the page's CSS cannot restyle the cards and its scripts cannot read them. Its own position
 * is set inline with !important, which outranks any page rule (even `* { all: unset }`).
 */
export function createCardHost(doc: Document, tagName = 'ahram-lens-card'): CardHost {
  const host = doc.createElement(tagName);
  setImportantStyles(host, {
    position: 'fixed',
    top: '0px',
    left: '0px',
    'z-index': '2147483647',
    display: 'none',
  });
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_STYLES + NOTE_EDITOR_STYLES + NOTE_CARD_STYLES;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.body.append(host);
  let open = false;

  return {
    host,
    show(card, anchor) {
      render(card, mount);
      setImportantStyles(host, { display: 'block' });
      open = true;
      place(host, anchor);
    },
    hide() {
      render(null, mount);
      setImportantStyles(host, { display: 'none' });
      open = false;
    },
    isOpen: () => open,
    isEditing: () => open && shadow.querySelector('textarea') !== null,
    contains: (target) => target === host || (target instanceof Node && host.contains(target)),
    focus() {
      const first = shadow.querySelector<HTMLElement>('textarea, input, button, [href], [tabindex]');
      (first ?? shadow.querySelector<HTMLElement>('.card'))?.focus();
    },
  };
}

/** Below the mark when there is room, above it otherwise; never off screen. */
function place(host: HTMLElement, anchor: Element | Range): void {
  // An anchor no longer on the page (a deleted note's mark) leaves the card where it was.
  if (anchor instanceof Element && !anchor.isConnected) return;
  const target = anchor.getBoundingClientRect();
  const card = host.getBoundingClientRect();
  const viewportWidth = host.ownerDocument.documentElement.clientWidth;
  const viewportHeight = host.ownerDocument.documentElement.clientHeight;
  const below = target.bottom + GAP;
  const top = below + card.height <= viewportHeight ? below : Math.max(GAP, target.top - GAP - card.height);
  const left = Math.min(Math.max(GAP, target.left), Math.max(GAP, viewportWidth - card.width - GAP));
  setImportantStyles(host, { top: `${Math.round(top)}px`, left: `${Math.round(left)}px` });
}
