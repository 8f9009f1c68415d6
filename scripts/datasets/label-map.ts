/**
 * Maps the fine-grained CrossNER entity types (and Wikigold's CoNLL types) onto the tagger's four types.
 *
 * PER/ORG/LOC are the actors the extension highlights. MISC collects every other named thing (elections,
 * events, awards, works, products, genres, algorithms, …): training on it teaches the tagger what is *not* an
 * actor, so "Nobel Prize" or "2019 general election" do not end up as organisations or places.
 *
 * Choices made per domain (counts from `cut -f2 crossner/<domain>/*.txt | sort | uniq -c`):
 * - people: every person-like type, whatever their role (politician, writer, musical artist, scientist,
 *   researcher); in news they are all simply people.
 * - organisations: political parties, universities, bands and magazines (news outlets are actors in news
 *   text: "The Economist reported"). Academic journals and conferences are treated as works/events (MISC).
 * - places: countries and locations. Astronomical objects are not places on the news map (MISC).
 */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

const TYPE_MAP: Readonly<Record<string, EntityType>> = {
  // Wikigold / CoNLL types
  PER: 'PER',
  ORG: 'ORG',
  LOC: 'LOC',
  MISC: 'MISC',
  // CrossNER person types
  person: 'PER',
  politician: 'PER',
  writer: 'PER',
  musicalartist: 'PER',
  scientist: 'PER',
  researcher: 'PER',
  // CrossNER organisation types
  organisation: 'ORG',
  politicalparty: 'ORG',
  university: 'ORG',
  band: 'ORG',
  magazine: 'ORG',
  // CrossNER place types
  country: 'LOC',
  location: 'LOC',
};

/** The tagger type of a dataset entity type; anything not listed is MISC. */
export function mapEntityType(datasetType: string): EntityType {
  return TYPE_MAP[datasetType] ?? 'MISC';
}

/**
 * Converts one tag ("B-politician", "I-LOC", "O") to the tagger's BIO scheme. `previous` is the already
 * converted previous tag; it turns IOB1 (Wikigold: I- everywhere, B- only between two adjacent entities of
 * one type) into BIO, where every entity starts with B-.
 */
export function mapTag(tag: string, previous: string): string {
  if (tag === 'O' || tag === '') return 'O';
  const prefix = tag.slice(0, 2);
  const type = mapEntityType(tag.slice(2));
  if (prefix === 'B-') return `B-${type}`;
  const continues = previous === `B-${type}` || previous === `I-${type}`;
  return continues ? `I-${type}` : `B-${type}`;
}

/** Maps a whole tag sequence (see `mapTag`). */
export function mapTags(tags: readonly string[]): string[] {
  const mapped: string[] = [];
  let previous = 'O';
  for (const tag of tags) {
    previous = mapTag(tag, previous);
    mapped.push(previous);
  }
  return mapped;
}
