import Mark from 'mark.js';
import { CLAIM_STYLE, KIND_STYLE } from '../../components/kind-style';
import { noteColorTint } from '../../components/NoteEditor';
import type { Actor, Analysis } from '../../lib/analysis/analysis';
import type { TextModel } from '../../lib/text-model/text-model';
import { importantDeclarations } from './important-style';
import { type MarkJsRange, planMarkJsRanges } from './mark-offsets';

export const ACTOR_CLASS = 'ahram-lens-actor';
export const CLAIM_CLASS = 'ahram-lens-claim';
export const NOTE_CLASS = 'ahram-lens-note';

/** A note anchored in this article: its span in the text, its id and colour. */
export interface PaintedNote {
  start: number;
  end: number;
  id: string;
  color: string;
}

/** How long painting may hold the main thread before letting the page run. */
const SLICE_MS = 50;

/** Styles that survive page CSS: inline and !important, and nothing that moves the text. */
const BASE_STYLE: Record<string, string> = {
  display: 'inline',
  visibility: 'visible',
  opacity: '1',
  color: 'inherit',
  font: 'inherit',
  margin: '0',
  padding: '0',
  border: '0',
  position: 'static',
  'background-image': 'none',
};

/**
 * Paints the analysis into the article: claims first (an underline), then actor mentions inside
 * them (a tint by kind), with mark.js over the text model's offsets. Only our own classes are ever
 * added or removed: the page's own <mark> elements are never touched.
 */
export class Painter {
  constructor(
    private readonly roots: readonly Element[],
    private readonly model: TextModel,
  ) {}

  /**
   * Paints once per analysis, paragraph by paragraph, giving the page its main thread back every
   * few milliseconds so a very long article never freezes it. Every range is computed before the
   * first mark is placed: wrapping splits the text nodes the text model points into, while mark.js's
   * own offsets stay valid.
   */
  async paint(analysis: Analysis, notes: readonly PaintedNote[] = []): Promise<void> {
    const claimSpans = analysis.claims.map((claim, index) => ({
      start: claim.start,
      end: claim.end,
      data: index,
    }));
    const mentionSpans = analysis.actors.flatMap((actor) =>
      actor.mentions.map((mention, index) => ({
        start: mention.start,
        end: mention.end,
        data: { actor, index },
      })),
    );
    const noteSpans = notes.map((note) => ({ start: note.start, end: note.end, data: note }));
    const plans = this.roots.flatMap((root) => {
      const noteRanges = planMarkJsRanges(this.model, root, noteSpans);
      const claims = planMarkJsRanges(this.model, root, claimSpans);
      const mentions = planMarkJsRanges(this.model, root, mentionSpans);
      const contexts = new Set([...noteRanges.keys(), ...claims.keys(), ...mentions.keys()]);
      return [...contexts].map((context) => ({
        context,
        notes: noteRanges.get(context) ?? [],
        claims: claims.get(context) ?? [],
        mentions: mentions.get(context) ?? [],
      }));
    });
    let sliceStart = performance.now();
    // Outermost first: a note's tint around a claim's underline around an actor's tint.
    for (const { context, notes: noteRanges, claims, mentions } of plans) {
      markRanges(context, noteRanges, NOTE_CLASS, decorateNote);
      markRanges(context, claims, CLAIM_CLASS, decorateClaim);
      markRanges(context, mentions, ACTOR_CLASS, decorateMention);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
  }

  /** Removes our marks (and only ours). The text nodes change, so the text model must be rebuilt after. */
  clear(): void {
    for (const root of this.roots) {
      const marker = new Mark(root as HTMLElement);
      marker.unmark({ className: ACTOR_CLASS });
      marker.unmark({ className: CLAIM_CLASS });
      marker.unmark({ className: NOTE_CLASS });
    }
  }
}

function decorateNote(element: HTMLElement, note: PaintedNote): void {
  // The note's id only: its text never enters the page (it lives in the extension's storage).
  element.dataset.noteId = note.id;
  // Focusable, so the keyboard opens the note as a pointer does (Enter).
  element.tabIndex = 0;
  element.setAttribute('role', 'button');
  element.setAttribute('aria-haspopup', 'dialog');
  element.setAttribute('aria-description', 'your note');
  element.setAttribute(
    'style',
    declarationsOnce(`note ${note.color}`, () => ({
      ...BASE_STYLE,
      'background-color': noteColorTint(note.color),
      'text-decoration': 'inherit',
    })),
  );
}

function decorateClaim(element: HTMLElement, index: number): void {
  element.dataset.claimIndex = String(index);
  element.setAttribute(
    'style',
    declarationsOnce('claim', () => ({
      ...BASE_STYLE,
      'background-color': 'transparent',
      'text-decoration': `underline dotted ${CLAIM_STYLE.underline} 1.5px`,
      'text-underline-offset': '3px',
    })),
  );
}

function decorateMention(element: HTMLElement, { actor, index }: { actor: Actor; index: number }): void {
  element.dataset.actorId = actor.id;
  element.dataset.mentionIndex = String(index);
  element.tabIndex = 0;
  element.setAttribute('role', 'button');
  element.setAttribute('aria-haspopup', 'dialog');
  element.setAttribute(
    'style',
    declarationsOnce(`actor ${actor.kind}`, () => {
      const style = KIND_STYLE[actor.kind];
      return {
        ...BASE_STYLE,
        'background-color': style.tint,
        'box-shadow': `inset 0 -2px 0 ${style.edge}`,
        'border-radius': '2px',
        cursor: 'help',
        'text-decoration': 'inherit',
      };
    }),
  );
}

/**
 * Every mark of one kind carries the same !important declarations: written once, and set as the
 * new element's whole style attribute (mark.js creates it bare), since a long article has hundreds.
 */
const declarationsByLook = new Map<string, string>();

function declarationsOnce(look: string, styles: () => Record<string, string>): string {
  let declarations = declarationsByLook.get(look);
  if (declarations === undefined) {
    declarations = importantDeclarations(styles());
    declarationsByLook.set(look, declarations);
  }
  return declarations;
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function markRanges<T>(
  root: Element,
  ranges: MarkJsRange<T>[],
  className: string,
  decorate: (element: HTMLElement, data: T) => void,
): void {
  if (ranges.length === 0) return;
  new Mark(root as HTMLElement).markRanges(ranges, {
    className,
    each: (element: Element, range: unknown) =>
      decorate(element as HTMLElement, (range as MarkJsRange<T>).data),
  } as Mark.MarkRangesOptions);
}
