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
/** The card's height at most, as a share of the viewport, when the room beside the mark allows. */
const DEFAULT_MAX_HEIGHT = 0.6;
/** A card is never squeezed below this; on a tiny viewport it may then overlap its mark. */
const MIN_HEIGHT = 120;
/** Read by the card's own CSS (components/card-styles.ts): custom properties cross into the shadow root. */
const MAX_HEIGHT_PROPERTY = '--ahram-lens-card-max-height';

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

/**
 * Below the mark when the card fits there, above it when it fits there, otherwise on the side with
 * more room with its height held to that room (it scrolls): the card never covers the mark it
 * explains, and never runs off screen.
 */
function place(host: HTMLElement, anchor: Element | Range): void {
  // An anchor no longer on the page (a deleted note's mark) leaves the card where it was.
  if (anchor instanceof Element && !anchor.isConnected) return;
  const target = anchor.getBoundingClientRect();
  const viewportWidth = host.ownerDocument.documentElement.clientWidth;
  const viewportHeight = host.ownerDocument.documentElement.clientHeight;
  const roomBelow = viewportHeight - target.bottom - 2 * GAP;
  const roomAbove = target.top - 2 * GAP;
  setImportantStyles(host, { [MAX_HEIGHT_PROPERTY]: `${Math.round(DEFAULT_MAX_HEIGHT * viewportHeight)}px` });
  let card = host.getBoundingClientRect();
  let below = card.height <= roomBelow || (card.height > roomAbove && roomBelow >= roomAbove);
  if (card.height > (below ? roomBelow : roomAbove)) {
    setImportantStyles(host, {
      [MAX_HEIGHT_PROPERTY]: `${Math.max(MIN_HEIGHT, Math.floor(below ? roomBelow : roomAbove))}px`,
    });
    card = host.getBoundingClientRect();
    below ||= card.height > roomAbove;
  }
  const top = below ? target.bottom + GAP : Math.max(GAP, target.top - GAP - card.height);
  const left = Math.min(Math.max(GAP, target.left), Math.max(GAP, viewportWidth - card.width - GAP));
  setImportantStyles(host, { top: `${Math.round(top)}px`, left: `${Math.round(left)}px` });
}
