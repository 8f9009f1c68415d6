import type { Actor, Claim, Span } from '../lib/analysis/analysis';
import { CLAIM_STYLE } from './kind-style';

export interface ClaimsSectionProps {
  text: string;
  claims: Claim[];
  actors: Actor[];
  onReveal: (span: Span) => void;
}

const UNNAMED = 'Unnamed sources';
const HEDGED = 'Marked as uncertain';

/** Claims grouped by source: named actors first, then unnamed sources ("reports"), then hedges. */
export function ClaimsSection({ text, claims, actors, onReveal }: ClaimsSectionProps) {
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = claim.source?.actorId
      ? (names.get(claim.source.actorId) ?? claim.source.text)
      : claim.source
        ? UNNAMED
        : HEDGED;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  const order = [...groups.keys()].sort((a, b) => rank(a) - rank(b));
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">Claims</h2>
      {claims.length === 0 && <p class="empty">No attributed or hedged statements were found.</p>}
      {order.map((source) => (
        <div key={source} class="claim-group">
          <h3 dir="auto">{source}</h3>
          <ul class="claims">
            {(groups.get(source) ?? []).map((claim) => (
              <li key={claim.start}>
                <p class="claim-meta">
                  {CLAIM_STYLE.label[claim.kind]} · “{claim.cue}”
                  {source === UNNAMED && claim.source ? ` · ${claim.source.text}` : ''}
                </p>
                <button type="button" class="sentence" dir="auto" onClick={() => onReveal(claim)}>
                  {text.slice(claim.start, claim.end)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function rank(source: string): number {
  return source === HEDGED ? 2 : source === UNNAMED ? 1 : 0;
}
