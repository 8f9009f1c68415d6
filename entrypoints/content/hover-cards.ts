import { h } from 'preact';
import { ActorCard } from '../../components/ActorCard';
import { ClaimCard } from '../../components/ClaimCard';
import type { Actor, Analysis } from '../../lib/analysis/analysis';
import type { CardHost } from './card-host';
import { setImportantStyles } from './important-style';
import { ACTOR_CLASS, CLAIM_CLASS } from './painter';

export interface HoverCardOptions {
  /** How long the pointer rests on a mark before its card opens (hover intent); read at each hover,
   * so a change in the settings applies at once. */
  delayMs: () => number;
}

/** How long the card stays after the pointer leaves, so it can travel onto the card (WCAG 1.4.13). */
const CLOSE_GRACE_MS = 300;
const FLASH_MS = 1200;

/**
 * Opens a card for the mark under the pointer after a short rest, or for the focused mark on
 * Enter; keeps it open while the pointer is on the mark or the card; closes it on Esc or when the
 * pointer has left both.
 */
export function attachHoverCards(
  doc: Document,
  analysis: Analysis,
  text: string,
  host: CardHost,
  options: HoverCardOptions,
): HoverCards {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let anchor: HTMLElement | null = null;
  const actorsById = new Map(analysis.actors.map((actor) => [actor.id, actor]));

  const markOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element
      ? target.closest<HTMLElement>(`mark.${ACTOR_CLASS}, mark.${CLAIM_CLASS}`)
      : null;

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

  const openActor = (actor: Actor, mark: HTMLElement) => {
    const mentionIndex = Number(mark.dataset.mentionIndex ?? 0);
    const claims = analysis.claims
      .filter((claim) => claim.source?.actorId === actor.id)
      .map((claim) => ({ claim, sentence: text.slice(claim.start, claim.end) }));
    anchor = mark;
    host.show(
      h(ActorCard, {
        actor,
        claims,
        mentionIndex,
        onNextMention: () => {
          const next = mentionMark(doc, actor.id, (mentionIndex + 1) % actor.mentions.length);
          if (!next) return;
          reveal(next);
          next.focus({ preventScroll: true });
          openActor(actor, next);
        },
      }),
      mark,
    );
  };

  const open = (mark: HTMLElement) => {
    cancelTimers();
    const actor = actorsById.get(mark.dataset.actorId ?? '');
    if (mark.classList.contains(ACTOR_CLASS) && actor) {
      openActor(actor, mark);
      return;
    }
    const claim = analysis.claims[Number(mark.dataset.claimIndex)];
    if (!claim) return;
    const sourceActor = claim.source?.actorId ? actorsById.get(claim.source.actorId) : undefined;
    anchor = mark;
    host.show(
      h(ClaimCard, {
        claim,
        ...(sourceActor ? { sourceActor } : {}),
        onOpenSource: (actor: Actor) => openActor(actor, mentionMark(doc, actor.id, 0) ?? mark),
      }),
      mark,
    );
  };

  const onPointerOver = (event: Event) => {
    if (host.contains(event.target)) {
      clearTimeout(closeTimer);
      return;
    }
    const mark = markOf(event.target);
    if (!mark) return;
    clearTimeout(closeTimer);
    if (mark === anchor && host.isOpen()) return;
    clearTimeout(openTimer);
    openTimer = setTimeout(() => open(mark), options.delayMs());
  };

  const onPointerOut = (event: Event) => {
    const leaving = host.contains(event.target) || markOf(event.target);
    if (!leaving) return;
    const to = (event as PointerEvent).relatedTarget;
    if (host.contains(to) || (to && markOf(to) === anchor)) return;
    clearTimeout(openTimer);
    if (host.isOpen()) closeTimer = setTimeout(() => close(), CLOSE_GRACE_MS);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && host.isOpen()) {
      close(true);
      return;
    }
    const mark = markOf(event.target);
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
  detach: () => void;
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
