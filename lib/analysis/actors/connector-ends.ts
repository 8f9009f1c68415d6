import type { Token } from '../tokenize';
import type { TaggedEntity } from './merge-mentions';
import { isCapitalised, spaceBefore, tokenIndexAt } from './token-lookup';

/** The small words that join the parts of a long name: "Union for a Popular Movement", "Rock the Vote". */
const CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'the',
  'and',
  'a',
  'an',
  'on',
  'in',
  'de',
  'des',
  'du',
  'la',
  'le',
  'del',
  'di',
  'für',
  'und',
  'y',
]);
/** The particles of people's names: "Nikolaus van der Pas", "Ursula von der Leyen", "Osama bin Laden". */
const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'der',
  'den',
  'von',
  'ter',
  'da',
  'dos',
  'bin',
  'ibn',
]);

/** How far a name is followed past a connector: long party names run to eight words or so. */
const MAX_EXTRA_TOKENS = 8;

/**
 * A name never ends on a connector. When the tagger stops a name at one ("Union for", "Alliance of"),
 * the name goes on over the capitalised words after it, joined by connectors, up to the last
 * capitalised word ("Union for a Popular Movement"); when nothing capitalised follows, the
 * connector is cut off instead.
 */
export function withoutConnectorEnds(
  text: string,
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
): TaggedEntity[] {
  const repaired: TaggedEntity[] = [];
  for (const entity of entities) {
    const first = tokenIndexAt(tokens, entity.start);
    let last = tokenIndexAt(tokens, entity.end - 1);
    const isPerson = entity.type === 'PER';
    if (!isConnector(tokens[last] as Token, isPerson)) {
      repaired.push(entity);
      continue;
    }
    let extended = last;
    for (let next = last + 1; next < tokens.length && next - last <= MAX_EXTRA_TOKENS; next += 1) {
      const token = tokens[next] as Token;
      if (!spaceBefore(text, tokens, next)) break;
      if (isCapitalised(token.text)) extended = next;
      else if (!isConnector(token, isPerson)) break;
    }
    if (extended > last) {
      repaired.push({ ...entity, end: (tokens[extended] as Token).end });
      continue;
    }
    while (last >= first && isConnector(tokens[last] as Token, isPerson)) last -= 1;
    if (last >= first) repaired.push({ ...entity, end: (tokens[last] as Token).end });
  }
  // A person's name carried over its particles takes in what the tagger read as a name of its own
  // ("Pas" of "Nikolaus van" + "Pas"). Spans come in text order and only their ends moved, so an
  // enclosed one follows its encloser. (Other names keep what they enclose: measured on CrossNER,
  // dropping it there lost more names than it saved.)
  const kept: TaggedEntity[] = [];
  for (const entity of repaired) {
    const previous = kept[kept.length - 1];
    if (previous?.type === 'PER' && entity.start >= previous.start && entity.end <= previous.end) continue;
    kept.push(entity);
  }
  return kept;
}

/** A connector of names; for people's names, their particles too. */
function isConnector(token: Token, inPersonName: boolean): boolean {
  return CONNECTORS.has(token.text) || (inPersonName && PARTICLES.has(token.text));
}
