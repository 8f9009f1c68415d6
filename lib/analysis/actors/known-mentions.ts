import type { ActorKind, MentionForm } from '../analysis';
import { getKnowledgeBase, type SurfaceMatch } from '../knowledge/knowledge-base';
import type { Token } from '../tokenize';
import { ROLE_MODIFIERS, TITLE_HEADS } from './role-words';
import { getSurfaceTrie, type SurfaceEntry, type SurfaceTrieNode, tokenKey } from './surface-index';

/** A span of the text that names an actor the knowledge base knows. */
export interface KnownMention {
  start: number;
  end: number;
  actorId: string;
  kind: ActorKind;
  form: MentionForm;
  /** Every actor the surface could name, the chosen one first. */
  candidates: readonly SurfaceMatch[];
}

/** Words after which a capital city is the place, not the government: "in Cairo", "to Washington". */
const LOCATIVE = new Set([
  'in',
  'to',
  'from',
  'at',
  'near',
  'into',
  'outside',
  'across',
  'around',
  'via',
  'toward',
  'towards',
]);

/**
 * Finds every knowledge-base surface form in the tokens, longest match first, left to right.
 * A hyphenated compound the knowledge base does not know as a whole ("US-Israeli") is read as its
 * parts, so both states are found.
 */
export function findKnownMentions(
  text: string,
  tokens: readonly Token[],
  trie = getSurfaceTrie(),
): KnownMention[] {
  const units = hyphenParts(tokens);
  const mentions: KnownMention[] = [];
  for (let index = 0; index < units.length; ) {
    // A match must be written as a name, so it cannot start at a word in lower case ("the", "said"):
    // most words of an article are not even looked up. The Arabic article is the exception
    // ("al-Burhan", "el-Sisi").
    if (startsInAsciiLowerCase((units[index] as Token).text) && !opensArabicName(text, units, index)) {
      index += 1;
      continue;
    }
    const match = longestMatch(units, index, trie);
    if (match) {
      const first = units[index] as Token;
      const last = units[match.endIndex - 1] as Token;
      const surface = text.slice(first.start, last.end);
      if (writtenAsAName(surface, match.entry)) {
        const previous = units[index - 1]?.text.toLowerCase();
        const candidates = preferPlaceAfterPreposition(match.entry.candidates, previous);
        const chosen = candidates[0] as SurfaceMatch;
        const kind = getKnowledgeBase().byId(chosen.actorId)?.kind ?? 'other';
        // "President Sisi", "Crown Prince Mohammed bin Salman": the title is the person's role, not
        // their name; the knowledge base knows the titled form only to find the person by it.
        const named = kind === 'person' ? firstNameUnit(units, index, match.endIndex) : index;
        mentions.push({
          start: (units[named] as Token).start,
          end: last.end,
          actorId: chosen.actorId,
          kind,
          form: chosen.form,
          candidates,
        });
        index = match.endIndex;
        continue;
      }
    }
    index += 1;
  }
  return mentions;
}

/** The first unit of [from, end) after any title words, the last unit at the latest. */
function firstNameUnit(units: readonly Token[], from: number, end: number): number {
  let index = from;
  while (index < end - 1 && isLeadingTitleWord((units[index] as Token).text)) index += 1;
  return index;
}

/**
 * A title's head or modifier ("President", "Crown Prince"); not its connectors, since "Al" of
 * "Al-Sisi" is one and opens the name itself.
 */
function isLeadingTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower);
}

function longestMatch(
  units: readonly Token[],
  start: number,
  trie: SurfaceTrieNode,
): { endIndex: number; entry: SurfaceEntry } | null {
  let node: SurfaceTrieNode | undefined = trie;
  let best: { endIndex: number; entry: SurfaceEntry } | null = null;
  for (let index = start; index < units.length && node; index += 1) {
    node = node.children.get(tokenKey((units[index] as Token).text));
    if (node?.entry) best = { endIndex: index + 1, entry: node.entry };
  }
  return best;
}

/** Whether the first char is a to z, which `writtenAsAName` would reject as the start of a name. */
function startsInAsciiLowerCase(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 97 && code <= 122;
}

/** The Arabic article as names are transliterated: "al-", "el-", joined by a hyphen to the name. */
const ARABIC_ARTICLE = /^(?:al|el)[-\u2010\u2011]/;

/** Whether the unit at `index` is a lower-case Arabic article hyphened to a capitalised name ("al-Burhan"). */
function opensArabicName(text: string, units: readonly Token[], index: number): boolean {
  const unit = units[index] as Token;
  const next = units[index + 1];
  return (
    next !== undefined &&
    next.start === unit.end + 1 &&
    ARABIC_ARTICLE.test(text.slice(unit.start, next.start)) &&
    /^\p{Lu}/u.test(next.text)
  );
}

/** Names start with a capital (or a letter without case, as in Arabic) after any Arabic article;
 * acronyms are all capitals. */
function writtenAsAName(surface: string, entry: SurfaceEntry): boolean {
  const first = surface.replace(ARABIC_ARTICLE, '').match(/\p{L}/u)?.[0];
  if (!first) return false;
  if (first !== first.toUpperCase()) return false;
  if (!entry.capitalsOnly) return true;
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return letters === letters.toUpperCase();
}

function preferPlaceAfterPreposition(
  candidates: readonly SurfaceMatch[],
  previous: string | undefined,
): readonly SurfaceMatch[] {
  if (!previous || !LOCATIVE.has(previous) || candidates[0]?.form !== 'metonym') return candidates;
  const place = candidates.find((candidate) => candidate.form === 'name');
  return place ? [place, ...candidates.filter((candidate) => candidate !== place)] : candidates;
}

/** Tokens with hyphenated words split into their parts, as the knowledge base's forms are indexed. */
function hyphenParts(tokens: readonly Token[]): Token[] {
  const units: Token[] = [];
  for (const token of tokens) {
    if (!token.text.includes('-')) {
      units.push(token);
      continue;
    }
    let offset = 0;
    for (const part of token.text.split('-')) {
      if (part)
        units.push({ text: part, start: token.start + offset, end: token.start + offset + part.length });
      offset += part.length + 1;
    }
  }
  return units;
}
