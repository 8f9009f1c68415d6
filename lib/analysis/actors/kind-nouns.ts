import type { Token } from '../tokenize';
import { isGivenName } from './given-names';
import { headType } from './head-words';
import type { TaggedEntity } from './merge-mentions';
import { listEnd } from './name-lists';
import { SpanSearch } from './span-search';
import { tokenIndexAt } from './token-lookup';

type ActorType = 'PER' | 'ORG' | 'LOC';

/** Plural nouns that say what the names of a list after them are. */
const KIND_OF_NOUN: ReadonlyMap<string, ActorType> = new Map([
  ...[
    'parties',
    'groups',
    'organisations',
    'organizations',
    'movements',
    'companies',
    'firms',
    'banks',
    'unions',
    'agencies',
    'institutions',
    'universities',
    'newspapers',
    'broadcasters',
    'militias',
    'factions',
    'clubs',
    'teams',
    'bands',
  ].map((noun) => [noun, 'ORG'] as const),
  ...['countries', 'states', 'nations', 'cities', 'towns', 'regions', 'provinces', 'capitals'].map(
    (noun) => [noun, 'LOC'] as const,
  ),
  ...['leaders', 'politicians', 'officials', 'writers', 'singers', 'players', 'actors', 'actresses'].map(
    (noun) => [noun, 'PER'] as const,
  ),
]);

/** The singular nouns of an appositive that says what a name is: "Meretz , a dovish liberal party ,". */
const KIND_OF_SINGULAR: ReadonlyMap<string, ActorType> = new Map(
  [...KIND_OF_NOUN].map(([noun, kind]) => [singular(noun), kind] as const),
);
/**
 * ", a dovish, social-democratic liberal party." or " is a fabless semiconductor company located in":
 * a comma, "is" or "was", the article, up to four words, one of the nouns, then the end of the phrase
 * (punctuation, or a word that goes on to say more of it). The noun must end the phrase: "the city
 * council member" is no city. Tokenized text (the datasets') has spaces before its commas.
 */
const APPOSITIVE = new RegExp(
  String.raw`^(?: ?,| is| was) (?:a|an|the) (?:[\p{Ll}-]+(?: ?,)? ){0,4}?(${[...KIND_OF_SINGULAR.keys()].join('|')})(?= ?[,.;:)]| (?:in|of|that|which|who|founded|based|located|led|from|with)\b)`,
  'u',
);
/** "parties such as", "countries like", "leaders including", right before the first name. */
const KIND_CUE = /(^|[^\p{L}])(\p{L}+) (?:such as|like|including)(?: the)? $/u;
const CUE_ENDINGS: readonly string[] = [' as ', ' like ', ' including ', ' the '];
/** "the investment bank Lehman Brothers", "a group Hamas": an article, up to three words, the noun. */
const SINGULAR_CUE = /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?) (?:[\p{Ll}-]+ ){0,3}?\p{Ll}+ $/u;
/** The people of a body, named right after it. */
const MEMBER_NOUN =
  /^ (?:leaders?|members?|MPs?|MKs?|spokes(?:man|woman|person)|chair(?:man|woman)|founders?|activists|candidates?|deputies|lawmakers|legislators|senators|councillors) /;
/** How much text before a name can hold the cue, and after it the appositive. */
const CUE_REACH = 40;
const APPOSITIVE_REACH = 80;

/**
 * What a common noun says of the names it speaks of. Names listed after a plural — "parties such
 * as Ecolo and Groen", "countries like Chad , Niger and Mali", "opposition parties Musavat and …" —
 * a name right after a singular — "the investment bank Lehman Brothers" — a name with an
 * appositive — "Meretz , a dovish , social-democratic liberal party ," — and a "person" followed by
 * the people of a body — "Plaid Cymru leaders" — are of the noun's kind. The tagger reads a name it
 * never met by its shape alone, and a foreign party's name looks like a person's. A name that says
 * otherwise of itself keeps its kind: one the knowledge base knows, one with a head word of another
 * kind ("… such as Save the Children and Cairo University"), a person named with a given name.
 */
export function withKindNouns(
  text: string,
  tokens: readonly Token[],
  entities: readonly TaggedEntity[],
  known: SpanSearch = new SpanSearch([]),
): TaggedEntity[] {
  const result = [...entities];
  for (let index = 0; index < result.length; index++) {
    const first = result[index] as TaggedEntity;
    const before = text.slice(Math.max(0, first.start - CUE_REACH), first.start);
    const kind = listKind(before);
    if (!kind) {
      const after = text.slice(first.end, first.end + APPOSITIVE_REACH);
      const told =
        singularKind(before) ??
        appositiveKind(after) ??
        (first.type === 'PER' ? memberKind(after) : undefined);
      if (told) result[index] = ofKind(tokens, first, told, known);
      continue;
    }
    const end = listEnd(text, result, index);
    for (let member = index; member < end; member++)
      result[member] = ofKind(tokens, result[member] as TaggedEntity, kind, known);
    index = end - 1;
  }
  return result;
}

/**
 * The kind a plural noun gives the list after it: "parties such as", "countries like", and the bare
 * noun ("opposition parties Musavat and …", "Singers Ariana Grande , …"). The noun is written in
 * lower case, as a common noun is, or capitalised to open a sentence: "United States" is no list of
 * states.
 */
function listKind(before: string): ActorType | undefined {
  // The cue's last word tells cheaply whether the pattern can match: most names have none.
  const cue = CUE_ENDINGS.some((ending) => before.endsWith(ending)) ? KIND_CUE.exec(before) : null;
  const noun = cue ? (cue[2] as string) : lastWord(before);
  const kind = noun ? KIND_OF_NOUN.get(noun.toLowerCase()) : undefined;
  if (!kind || !noun) return undefined;
  const opening = before.slice(0, before.lastIndexOf(noun)).trimEnd();
  return noun === noun.toLowerCase() || opening === '' || /[.!?]$/.test(opening) ? kind : undefined;
}

/** The kind a singular noun right before a name gives it: "the investment bank Lehman Brothers". */
function singularKind(before: string): ActorType | undefined {
  const noun = lastWord(before);
  const kind = noun ? KIND_OF_SINGULAR.get(noun) : undefined;
  return kind && SINGULAR_CUE.test(before) ? kind : undefined;
}

/** The kind an appositive after a name gives it: "Meretz , a dovish , social-democratic liberal party ,". */
function appositiveKind(after: string): ActorType | undefined {
  const appositive = APPOSITIVE.exec(after);
  return appositive ? KIND_OF_SINGULAR.get(appositive[1] as string) : undefined;
}

/**
 * A "person" followed by the people of a body is that body: "Plaid Cymru leaders Gwynfor Evans and
 * …", "Shiv Sena leader of Bombay". Only for people: "Florida lawmakers" is the state's.
 */
function memberKind(after: string): ActorType | undefined {
  return MEMBER_NOUN.test(after) ? 'ORG' : undefined;
}

/**
 * The last word of a text that ends in a space, as written: callers look it up among the nouns, so
 * a "word" with punctuation in it finds nothing. No regex: this runs for every name.
 */
function lastWord(before: string): string | undefined {
  if (before.charCodeAt(before.length - 1) !== 32) return undefined;
  return before.slice(before.lastIndexOf(' ', before.length - 2) + 1, -1);
}

/** The entity as the noun's kind, unless it is a work or event (MISC) or says otherwise of itself. */
function ofKind(
  tokens: readonly Token[],
  entity: TaggedEntity,
  kind: ActorType,
  known: SpanSearch,
): TaggedEntity {
  if (entity.type === kind || entity.type === 'MISC' || saysOtherwise(tokens, entity, kind, known))
    return entity;
  return { ...entity, type: kind };
}

function saysOtherwise(
  tokens: readonly Token[],
  entity: TaggedEntity,
  kind: ActorType,
  known: SpanSearch,
): boolean {
  if (known.overlaps(entity)) return true;
  const first = tokenIndexAt(tokens, entity.start);
  const last = tokenIndexAt(tokens, entity.end - 1);
  const head = headType(tokens[last] as Token);
  if (head !== null && head !== kind) return true;
  return kind !== 'PER' && last > first && isGivenName((tokens[first] as Token).text);
}

/** "parties" → "party", "companies" → "company", "countries" → "country", "groups" → "group". */
function singular(noun: string): string {
  if (noun.endsWith('ies')) return `${noun.slice(0, -3)}y`;
  if (noun.endsWith('sses')) return noun.slice(0, -2);
  return noun.slice(0, -1);
}
