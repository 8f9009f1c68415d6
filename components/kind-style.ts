import type { ActorKind } from '../lib/analysis/analysis';

/** How each kind of actor looks, on the page and in the cards: tint, a darker edge, a label. */
export const KIND_STYLE: Record<ActorKind, { tint: string; edge: string; label: string }> = {
  person: { tint: '#ffe39a', edge: '#c98a00', label: 'Person' },
  organization: { tint: '#cfe6ff', edge: '#2f6fb3', label: 'Organisation' },
  state: { tint: '#cdeec5', edge: '#3c8a33', label: 'State' },
  place: { tint: '#cdeec5', edge: '#3c8a33', label: 'Place' },
  other: { tint: '#eadcff', edge: '#7a55b3', label: 'Other' },
};

/** Claims are underlined, not tinted, so a name inside a claim keeps its own colour. */
export const CLAIM_STYLE = {
  underline: '#8a5a00',
  label: { attributed: 'Attributed claim', hedged: 'Hedged claim' },
};
