import { type ComponentChild, h } from 'preact';
import { ActorCard } from '../../components/ActorCard';
import { ClaimCard } from '../../components/ClaimCard';
import { NoteCard } from '../../components/NoteCard';
import { type NoteDraft, NoteEditor } from '../../components/NoteEditor';
import type { Actor, Analysis, Claim } from '../../lib/analysis/analysis';
import type { NoteRecord } from '../../lib/store/note-record';
import { type HoverCards, mentionMark, reveal } from './hover-cards';
import { ACTOR_CLASS, CLAIM_CLASS, NOTE_CLASS } from './painter';
import type { ReaderNotes } from './reader-notes';

/** What a new note from a card is on. */
export type NoteSubject = { actor: Actor } | { claim: Claim };

export interface CardContext {
  doc: Document;
  analysis: Analysis;
  /** The article text the analysis offsets point into. */
  text: string;
  notes: ReaderNotes;
  /** The cards opener (made after this context, hence a getter). */
  cards: () => HoverCards;
  /** A new note record on `subject` with the reader's words (not yet saved). */
  newNote: (subject: NoteSubject, draft: NoteDraft) => NoteRecord;
}

interface EditorSpec {
  heading: string;
  quote: string;
  initial?: NoteDraft;
  save: (draft: NoteDraft) => Promise<unknown>;
  /** Where "Cancel" and a successful save go back to. */
  back: () => void;
}

/**
 * What each mark's card shows: an actor's card (with the reader's notes and history on them), a
 * claim's card, or one of the reader's notes with edit and delete. Cards lead to one another and
 * to the note editor in the same place.
 */
export function cardContents(context: CardContext): (mark: HTMLElement) => ComponentChild | null {
  const { doc, analysis, text, notes } = context;
  const actorsById = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  // Saving a note repaints the article, which replaces the marks: a card always follows the mark
  // that stands where its own stood.
  const show = (card: ComponentChild, mark: HTMLElement) => context.cards().show(card, liveMark(doc, mark));

  const openEditor = (mark: HTMLElement, spec: EditorSpec, error?: string, saving = false) =>
    show(
      h(NoteEditor, {
        heading: spec.heading,
        quote: spec.quote,
        ...(spec.initial ? { initial: spec.initial } : {}),
        ...(error ? { error } : {}),
        saving,
        onCancel: spec.back,
        onSave: (draft: NoteDraft) => {
          // The editor stays with what was typed until the database has it; a failure says why.
          openEditor(mark, { ...spec, initial: draft }, undefined, true);
          spec
            .save(draft)
            .then(spec.back, (failure: unknown) =>
              openEditor(mark, { ...spec, initial: draft }, messageOf(failure)),
            );
        },
      }),
      mark,
    );

  const actorCard = (actor: Actor, mark: HTMLElement): ComponentChild => {
    const mentionIndex = Number(mark.dataset.mentionIndex ?? 0);
    return h(ActorCard, {
      actor,
      claims: analysis.claims
        .filter((claim) => claim.source?.actorId === actor.id)
        .map((claim) => ({ claim, sentence: text.slice(claim.start, claim.end) })),
      mentionIndex,
      notes: notes.onActor(actor.id),
      ...withSeen(notes.seenElsewhere(actor.id)),
      onNextMention: () => {
        const next = mentionMark(doc, actor.id, (mentionIndex + 1) % actor.mentions.length);
        if (!next) return;
        reveal(next);
        next.focus({ preventScroll: true });
        show(actorCard(actor, next), next);
      },
      onAddNote: () =>
        openEditor(mark, {
          heading: `Note on ${actor.name}`,
          quote: actor.name,
          save: (draft) => notes.create(context.newNote({ actor }, draft)),
          back: () => show(actorCard(actor, mark), mark),
        }),
    });
  };

  const claimCard = (claim: Claim, mark: HTMLElement): ComponentChild => {
    const sourceActor = claim.source?.actorId ? actorsById.get(claim.source.actorId) : undefined;
    return h(ClaimCard, {
      claim,
      ...(sourceActor ? { sourceActor } : {}),
      notes: notes.onClaim(claim),
      onOpenSource: (actor: Actor) => {
        const first = mentionMark(doc, actor.id, 0) ?? mark;
        show(actorCard(actor, first), first);
      },
      onAddNote: () =>
        openEditor(mark, {
          heading: 'Note on this claim',
          quote: text.slice(claim.start, claim.end),
          save: (draft) => notes.create(context.newNote({ claim }, draft)),
          back: () => show(claimCard(claim, mark), mark),
        }),
    });
  };

  const noteCard = (note: NoteRecord, mark: HTMLElement, error?: string): ComponentChild => {
    const claimMark = claimMarkAround(mark);
    const claim = claimMark ? analysis.claims[Number(claimMark.dataset.claimIndex)] : undefined;
    return h(NoteCard, {
      note,
      ...(error ? { error } : {}),
      ...(claim && claimMark ? { onOpenClaim: () => show(claimCard(claim, claimMark), claimMark) } : {}),
      onEdit: () =>
        openEditor(mark, {
          heading: 'Edit note',
          quote: mark.textContent ?? '',
          initial: { body: note.body, tags: note.tags, color: note.color as NoteDraft['color'] },
          save: (draft) => notes.edit(note, draft),
          back: () => {
            const current = notes.byId(note.id) ?? note;
            const repainted = noteMark(doc, note.id);
            if (repainted) show(noteCard(current, repainted), repainted);
            else context.cards().close();
          },
        }),
      onDelete: () => {
        notes.remove(note).then(
          (removed) => show(deletedCard(removed, mark), mark),
          (failure: unknown) => show(noteCard(note, mark, messageOf(failure)), mark),
        );
      },
      onUndo: () => {},
    });
  };

  // After a delete the mark is gone; the card stays where it was, offering to bring the note back.
  const deletedCard = (removed: NoteRecord, anchor: HTMLElement, error?: string): ComponentChild =>
    h(NoteCard, {
      note: removed,
      deleted: true,
      ...(error ? { error } : {}),
      onEdit: () => {},
      onDelete: () => {},
      onUndo: () => {
        notes.create(removed).then(
          () => {
            const restored = noteMark(doc, removed.id);
            if (restored) show(noteCard(removed, restored), restored);
            else context.cards().close();
          },
          (failure: unknown) => show(deletedCard(removed, anchor, messageOf(failure)), anchor),
        );
      },
    });

  return (mark) => {
    if (mark.classList.contains(ACTOR_CLASS)) {
      const actor = actorsById.get(mark.dataset.actorId ?? '');
      return actor ? actorCard(actor, mark) : null;
    }
    if (mark.classList.contains(NOTE_CLASS)) {
      const note = notes.byId(mark.dataset.noteId ?? '');
      return note ? noteCard(note, mark) : null;
    }
    const claim = analysis.claims[Number(mark.dataset.claimIndex)];
    return claim ? claimCard(claim, mark) : null;
  };
}

/** `mark` if it is still on the page, else the mark that replaced it after a repaint. */
function liveMark(doc: Document, mark: HTMLElement): HTMLElement {
  if (mark.isConnected) return mark;
  const { actorId, mentionIndex, claimIndex, noteId } = mark.dataset;
  const selector =
    actorId !== undefined
      ? `mark.${ACTOR_CLASS}[data-actor-id="${CSS.escape(actorId)}"][data-mention-index="${mentionIndex ?? 0}"]`
      : noteId !== undefined
        ? `mark.${NOTE_CLASS}[data-note-id="${CSS.escape(noteId)}"]`
        : `mark.${CLAIM_CLASS}[data-claim-index="${claimIndex ?? -1}"]`;
  return doc.querySelector<HTMLElement>(selector) ?? mark;
}

/** The claim a note's mark sits in or holds, if any. */
function claimMarkAround(mark: HTMLElement): HTMLElement | null {
  return (
    mark.closest<HTMLElement>(`mark.${CLAIM_CLASS}`) ?? mark.querySelector<HTMLElement>(`mark.${CLAIM_CLASS}`)
  );
}

function noteMark(doc: Document, id: string): HTMLElement | null {
  return doc.querySelector<HTMLElement>(`mark.${NOTE_CLASS}[data-note-id="${CSS.escape(id)}"]`);
}

function withSeen(seen: number | undefined): { seenElsewhere?: number } {
  return seen === undefined ? {} : { seenElsewhere: seen };
}

function messageOf(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}
