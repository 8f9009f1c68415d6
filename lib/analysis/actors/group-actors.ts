import type { Actor, ActorKind, Mention } from '../analysis';
import { type KnowledgeBase, normalizeSurface } from '../knowledge/knowledge-base';
import { isGivenName } from './given-names';
import type { KnownMention } from './known-mentions';
import type { UnknownMention } from './merge-mentions';

const KIND_OF_TAG: Record<UnknownMention['type'], ActorKind> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
};
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'al', 'el', '&']);
/** A person's full name has at most this many words; a longer "person" is a run-on the tagger made. */
const MAX_PERSON_NAME_WORDS = 4;
/**
 * Head words a body's name drops when the article names it again ("Silego" after "Silego
 * Technology", "Heritage" after "Heritage Foundation"). Not "Council", "Society" or "Bank": "Asia",
 * "Chatham Islands" and "World" are names of their own.
 */
const DROPPED_HEADS: ReadonlySet<string> = new Set([
  'Company',
  'Corporation',
  'Corp',
  'Corp.',
  'Inc',
  'Inc.',
  'Ltd',
  'Ltd.',
  'Plc',
  'PLC',
  'LLC',
  'Group',
  'Holding',
  'Holdings',
  'Industries',
  'Technology',
  'Technologies',
  'Systems',
  'Motors',
  'Airlines',
  'Airways',
  'Foundation',
]);
/** Initials this long are an acronym's; "US" or "UN" could be any two words' initials. */
const MIN_SPELLED_OUT = 3;

interface Draft {
  id: string;
  name: string;
  kind: ActorKind;
  known: boolean;
  mentions: Mention[];
  /** For a name the knowledge base does not know: how often the tagger gave each kind. */
  kindVotes: Map<ActorKind, number>;
}

/**
 * One actor per real-world actor: the knowledge base's matches by their id; names it does not
 * know by their full form, with later short forms ("Boehler" after "Adam Boehler") and acronyms
 * ("OCI" for "Orascom Construction Industries") joined to them.
 */
export function groupActors(
  text: string,
  known: readonly KnownMention[],
  unknown: readonly UnknownMention[],
  knowledgeBase: KnowledgeBase,
): Actor[] {
  const drafts = new Map<string, Draft>();
  const [knownHere, spelledOut] = acronymsSpelledOut(text, known, unknown);
  for (const mention of knownHere) {
    const entry = knowledgeBase.byId(mention.actorId);
    const draft: Draft = drafts.get(mention.actorId) ?? {
      id: mention.actorId,
      name: entry?.name ?? text.slice(mention.start, mention.end),
      kind: mention.kind,
      known: true,
      mentions: [],
      kindVotes: new Map(),
    };
    draft.mentions.push({ start: mention.start, end: mention.end, form: mention.form });
    drafts.set(draft.id, draft);
  }

  // Longer names first, so a short form finds the full name it abbreviates wherever it stands.
  // Counted once per mention, not in every comparison of the sort.
  const unknownHere = [...unknown, ...spelledOut];
  const wordCounts = new Map(unknownHere.map((mention) => [mention, wordsOf(text, mention).length]));
  const wordCount = (mention: UnknownMention) => wordCounts.get(mention) ?? 0;
  const byLength = [...unknownHere].sort((a, b) => wordCount(b) - wordCount(a) || a.start - b.start);
  const index = new DraftIndex(drafts.values());
  for (const mention of byLength) {
    const name = text.slice(mention.start, mention.end).replace(/\s+/g, ' ');
    const kind = KIND_OF_TAG[mention.type];
    let target = index.find(name, kind);
    if (!target) {
      target = newDraft(drafts, name, kind);
      index.add(target);
    }
    target.mentions.push({
      start: mention.start,
      end: mention.end,
      form: target.name === name ? 'name' : 'alias',
    });
    target.kindVotes.set(kind, (target.kindVotes.get(kind) ?? 0) + 1);
  }

  return [...drafts.values()]
    .map((draft) => ({
      id: draft.id,
      name: draft.name,
      kind: draft.known ? draft.kind : kindByVotes(draft),
      mentions: draft.mentions.sort((a, b) => a.start - b.start),
    }))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

/**
 * An organisation's acronym the knowledge base knows for another body, where the article spells
 * out a name of its own with those initials: "MIT" after "Massachusetts Institute of Technology" is
 * the institute, not Turkey's intelligence service. Such mentions leave the known ones and join
 * the names the knowledge base does not know, where the initials find their full name.
 */
function acronymsSpelledOut(
  text: string,
  known: readonly KnownMention[],
  unknown: readonly UnknownMention[],
): [KnownMention[], UnknownMention[]] {
  const initials = new Set(
    unknown
      .filter((mention) => mention.type !== 'PER')
      .map((mention) => initialsOf(text.slice(mention.start, mention.end)))
      .filter((letters) => letters.length >= MIN_SPELLED_OUT),
  );
  if (initials.size === 0) return [[...known], []];
  const kept: KnownMention[] = [];
  const moved: UnknownMention[] = [];
  for (const mention of known) {
    const surface = text.slice(mention.start, mention.end);
    if (mention.kind === 'organization' && isAllCaps(surface) && initials.has(surface))
      moved.push({ start: mention.start, end: mention.end, type: 'ORG' });
    else kept.push(mention);
  }
  return [kept, moved];
}

/** The actors so far, by the keys a later form is matched on: full name, a word of a name, initials. */
class DraftIndex {
  private readonly byName = new Map<string, Draft[]>();
  /** People by the last words of their names ("hamid", "abdel hamid" for "Khaled Abdel-Hamid"). */
  private readonly peopleBySurname = new Map<string, Draft>();
  private readonly peopleByWord = new Map<string, Draft>();
  /** People by the first words of their names ("te kaurinui" for "Te Kaurinui Robert Parata"); null when two share them. */
  private readonly peopleByOpening = new Map<string, Draft | null>();
  private readonly byInitials = new Map<string, Draft>();
  /** Bodies by their names without a head word they drop ("silego" for "Silego Technology"); null when two share them. */
  private readonly bodiesByOpening = new Map<string, Draft | null>();

  constructor(drafts: Iterable<Draft>) {
    for (const draft of drafts) this.add(draft);
  }

  add(draft: Draft): void {
    const key = nameKey(draft.name);
    this.byName.set(key, [...(this.byName.get(key) ?? []), draft]);
    if (draft.kind === 'person') {
      const words = key.split(' ');
      for (let from = 1; from < words.length; from += 1) {
        const surname = words.slice(from).join(' ');
        if (!this.peopleBySurname.has(surname)) this.peopleBySurname.set(surname, draft);
      }
      for (const word of words) if (!this.peopleByWord.has(word)) this.peopleByWord.set(word, draft);
      // A "name" longer than a person's, or one repeating a word ("Ben Player Ben"), is a run-on
      // the tagger made: its openings are not the person's.
      const runOn = words.length > MAX_PERSON_NAME_WORDS || new Set(words).size < words.length;
      for (let to = 2; to < words.length && !runOn; to += 1) {
        const opening = words.slice(0, to).join(' ');
        const holder = this.peopleByOpening.get(opening);
        this.peopleByOpening.set(opening, holder === undefined || holder === draft ? draft : null);
      }
    } else {
      const initials = initialsOf(draft.name);
      if (initials.length >= 2 && !this.byInitials.has(initials)) this.byInitials.set(initials, draft);
      const opening = withoutBodyHead(draft.name);
      if (opening !== undefined) {
        const openingKey = nameKey(opening);
        const holder = this.bodiesByOpening.get(openingKey);
        this.bodiesByOpening.set(openingKey, holder === undefined || holder === draft ? draft : null);
      }
    }
  }

  find(name: string, kind: ActorKind): Draft | undefined {
    const key = nameKey(name);
    const named = this.byName.get(key);
    // One name is one actor within an article, whatever kind the tagger gave it each time; the
    // knowledge base's actors only take mentions of a compatible kind.
    const same = named?.find((draft) => !draft.known || compatible(draft.kind, kind));
    if (same) return same;
    // A surname alone is the person in this article whose name ends with it, however the tagger
    // typed it; a given name alone only when the tagger read a person too. The first words of one
    // person's name, read as a person ("Te Kaurinui" after "Te Kaurinui Robert Parata"), are that
    // person, unless two people of the article share them.
    const person =
      this.peopleBySurname.get(key) ??
      (kind !== 'person'
        ? undefined
        : key.includes(' ')
          ? this.peopleByOpening.get(key)
          : this.peopleByWord.get(key));
    if (person) return person;
    if (isAllCaps(name)) return this.byInitials.get(name);
    // A body named without its head word ("Silego" after "Silego Technology"), however the tagger
    // typed it, when no person of the article is named so.
    return this.bodiesByOpening.get(key) ?? undefined;
  }
}

function newDraft(drafts: Map<string, Draft>, name: string, kind: ActorKind): Draft {
  let id = slugOf(name);
  // Never take over an id the knowledge base gives another actor in this article.
  while (drafts.has(id)) id = `${id}-x`;
  const draft: Draft = { id, name, kind, known: false, mentions: [], kindVotes: new Map() };
  drafts.set(id, draft);
  return draft;
}

/**
 * The key names are matched on: spelling variants of one name fold together ("El-Kassas",
 * "Al-Kassas", "el Kassas"; accents, hyphens, case).
 */
function nameKey(name: string): string {
  return normalizeSurface(name).replace(/(^| )el /g, '$1al ');
}

/**
 * The kind the tagger gave a name most often; on a tie, the kind of its first (longest) form. A name
 * ending in a head word bodies drop ("Silego Technology") is a body, and a person named in full with
 * a given name ("Mohamed El-Kassas") a person, whatever their short forms were read as.
 */
function kindByVotes(draft: Draft): ActorKind {
  if (withoutBodyHead(draft.name) !== undefined) return 'organization';
  if (draft.kind === 'person' && opensWithGivenName(draft.name)) return 'person';
  let best = draft.kind;
  for (const [kind, votes] of draft.kindVotes) {
    if (votes > (draft.kindVotes.get(best) ?? 0)) best = kind;
  }
  return best;
}

/** "Mohamed El-Kassas": a given name, then more of the name. */
function opensWithGivenName(name: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && isGivenName(name.slice(0, space));
}

/** A body's name without a head word it drops ("Silego" of "Silego Technology"); undefined for other names. */
function withoutBodyHead(name: string): string | undefined {
  const cut = name.lastIndexOf(' ');
  if (cut <= 0 || !DROPPED_HEADS.has(name.slice(cut + 1))) return undefined;
  return name.slice(0, cut);
}

function compatible(a: ActorKind, b: ActorKind): boolean {
  return a === b || (a === 'state' && b === 'place') || (a === 'place' && b === 'state');
}

function wordsOf(text: string, mention: UnknownMention): string[] {
  return text.slice(mention.start, mention.end).split(/\s+/);
}

function isAllCaps(word: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(word);
}

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => !ACRONYM_SKIP.has(word.toLowerCase()))
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase();
}

export function slugOf(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'actor'
  );
}
