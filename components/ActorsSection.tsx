import { byImportance } from '../lib/analysis/actor-importance';
import type { Actor } from '../lib/analysis/analysis';
import { KIND_STYLE } from './kind-style';

export interface ActorsSectionProps {
  actors: Actor[];
  onReveal: (actor: Actor) => void;
}

/** The actors by importance, with kind colour, role and mention count; clicked, the page opens its card. */
export function ActorsSection({ actors, onReveal }: ActorsSectionProps) {
  return (
    <section aria-labelledby="actors-heading">
      <h2 id="actors-heading">Actors</h2>
      {actors.length === 0 ? (
        <p class="empty">No people, organisations or states were found.</p>
      ) : (
        <ul class="actors">
          {byImportance(actors).map((actor) => (
            <li key={actor.id}>
              <button type="button" class="actor" onClick={() => onReveal(actor)}>
                <span
                  class="swatch"
                  style={{
                    background: KIND_STYLE[actor.kind].tint,
                    borderColor: KIND_STYLE[actor.kind].edge,
                  }}
                />
                <span class="actor-name" dir="auto">
                  {actor.name}
                </span>
                <span class="count">
                  {actor.mentions.length} {actor.mentions.length === 1 ? 'mention' : 'mentions'}
                </span>
              </button>
              <p class="actor-meta" dir="auto">
                {KIND_STYLE[actor.kind].label}
                {actor.role ? ` · ${actor.role}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
