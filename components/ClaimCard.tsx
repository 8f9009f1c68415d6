import type { Actor, Claim } from '../lib/analysis/analysis';
import type { NoteRecord } from '../lib/store/note-record';
import { CardNotes } from './CardNotes';
import { CLAIM_STYLE } from './kind-style';

export interface ClaimCardProps {
  claim: Claim;
  /** The actor the source names, when it names one. */
  sourceActor?: Actor;
  onOpenSource: (actor: Actor) => void;
  /** The reader's notes on this claim. */
  notes: NoteRecord[];
  onAddNote: () => void;
}

/** What kind of claim this is, the words that make it one, and whose it is. */
export function ClaimCard({ claim, sourceActor, onOpenSource, notes, onAddNote }: ClaimCardProps) {
  const label = CLAIM_STYLE.label[claim.kind];
  return (
    <section class="card" role="dialog" aria-label={label}>
      <div class="head">
        <h2 class="name">{label}</h2>
      </div>
      <p class="role">
        <span class="muted">Cue: </span>“{claim.cue}”
      </p>
      {claim.source ? (
        <p class="role">
          <span class="muted">Source: </span>
          {sourceActor ? (
            <button type="button" class="link" onClick={() => onOpenSource(sourceActor)}>
              {claim.source.text}
            </button>
          ) : (
            <span dir="auto">{claim.source.text}</span>
          )}
          {!sourceActor && <span class="muted"> (not a named actor)</span>}
        </p>
      ) : (
        <p class="role muted">The article marks this as uncertain and names no source.</p>
      )}
      <CardNotes notes={notes} onAddNote={onAddNote} />
    </section>
  );
}
