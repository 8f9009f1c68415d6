import { CLAIM_STYLE, KIND_STYLE } from './kind-style';

/** What the colours mean: one swatch per kind of actor, and the claim underline. */
export function KindLegend() {
  const kinds = (['person', 'organization', 'state'] as const).map((kind) => KIND_STYLE[kind]);
  return (
    <p class="legend">
      {kinds.map((style) => (
        <span key={style.label}>
          <span class="swatch" style={{ background: style.tint, border: `1px solid ${style.edge}` }} />
          {style.label === 'State' ? 'State or place' : style.label}
        </span>
      ))}
      <span>
        <span class="swatch" style={{ borderBottom: `2px dotted ${CLAIM_STYLE.underline}` }} />
        Claim
      </span>
    </p>
  );
}
