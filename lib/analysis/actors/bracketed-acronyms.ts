import type { Token } from '../tokenize';
import type { TaggedEntity } from './merge-mentions';

/** "PvdA", "MpS", "SVT", "PML-F": a capital, then up to seven letters, digits or dashes. */
const ACRONYM = /^\p{Lu}[\p{L}\d&-]{1,7}$/u;
/** Two capitals at least: "MpS" is an acronym, "Mps" a word. */
const CAPITALS = /\p{Lu}.*\p{Lu}/u;

/**
 * An acronym in brackets right after a name is that name's, and of its kind: "Movement for the Left
 * ( MpS )". The tagger, meeting an acronym it never saw, often leaves it out; later mentions then
 * find their actor by it. Its first letter must be the name's ("Liberal Party … Member of
 * Parliament ( MP )" is a title's), as even a translated acronym keeps it.
 */
export function withBracketedAcronyms(
  text: string,
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
): TaggedEntity[] {
  const acronyms: TaggedEntity[] = [];
  let next = 0;
  for (let index = 1; index + 1 < tokens.length; index++) {
    const open = tokens[index - 1] as Token;
    const acronym = tokens[index] as Token;
    if (open.text !== '(' || (tokens[index + 1] as Token).text !== ')') continue;
    if (!ACRONYM.test(acronym.text) || !CAPITALS.test(acronym.text)) continue;
    // Entities are in text order: walk to the last one ending before the bracket.
    while (next < entities.length && (entities[next] as TaggedEntity).end <= open.start) next++;
    const named = entities[next - 1];
    if (!named || text.slice(named.end, open.start).trim() !== '') continue;
    if (next < entities.length && (entities[next] as TaggedEntity).start < acronym.end) continue;
    if (text[named.start] !== acronym.text[0]) continue;
    acronyms.push({ start: acronym.start, end: acronym.end, type: named.type });
  }
  if (acronyms.length === 0) return [...entities];
  return [...entities, ...acronyms].sort((a, b) => a.start - b.start);
}
