import type { Actor, Claim } from '../lib/analysis/analysis';
import type { NoteRecord } from '../lib/store/note-record';
import { CardNotes } from './CardNotes';
import { KindLegend } from './KindLegend';
import { KIND_STYLE } from './kind-style';

export interface ActorCardProps {
  actor: Actor;
  /** The claims in this article whose source is this actor, with their sentence. */
  claims: { claim: Claim; sentence: string }[];
  /** Which mention the card was opened from (0-based). */
  mentionIndex: number;
  onNextMention: () => void;
  /** In how many other articles the reader has met this actor; unknown until the history answers. */
  seenElsewhere?: number;
  /** The reader's notes on this actor, from any article. */
  notes: NoteRecord[];
  onAddNote: () => void;
}

/** Who this actor is, their role in this article, how often they appear and what they claim here. */
export function ActorCard({
  actor,
  claims,
  mentionIndex,
  onNextMention,
  seenElsewhere,
  notes,
  onAddNote,
}: ActorCardProps) {
  const style = KIND_STYLE[actor.kind];
  const count = actor.mentions.length;
  return (
    <section class="card" role="dialog" aria-label={actor.name}>
      <div class="head">
        <h2 class="name" dir="auto">
          {actor.name}
        </h2>
        <span class="kind" style={{ background: style.tint, borderColor: style.edge, color: '#1f1f1f' }}>
          {style.label}
        </span>
      </div>
      {actor.role && (
        <p class="role" dir="auto">
          {actor.role} <span class="muted">(in this article)</span>
        </p>
      )}
      {actor.description && (
        <p class="description muted" dir="auto">
          {actor.description}
        </p>
      )}
      <div class="row">
        <span>
          {count} mention{count === 1 ? '' : 's'} here
          {count > 1 ? ` · this is ${mentionIndex + 1} of ${count}` : ''}
        </span>
        {count > 1 && (
          <button type="button" onClick={onNextMention}>
            Next mention
          </button>
        )}
      </div>
      {claims.length > 0 && (
        <>
          <p class="section-title muted">Claims here</p>
          <ul class="claims">
            {claims.map(({ claim, sentence }) => (
              <li key={claim.start}>
                <span class="muted">“{claim.cue}”</span>
                <p class="claim-quote" dir="auto">
                  {sentence}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {seenElsewhere !== undefined && (
        <p class="muted history">
          {seenElsewhere === 0
            ? 'The first article you read that mentions them.'
            : `Also in ${seenElsewhere} other article${seenElsewhere === 1 ? '' : 's'} you read.`}
        </p>
      )}
      <CardNotes notes={notes} onAddNote={onAddNote} />
      <KindLegend />
    </section>
  );
}
