/**
 * The actor knowledge base: curated data under `actors/*.json` plus `disambiguation.json`, indexed by
 * normalised surface form. Pure TS (no DOM, no Node APIs) because the same index serves the extension's
 * background and the CLI.
 */

import africa from './actors/africa.json';
import americasWorld from './actors/americas-world.json';
import armedGroups from './actors/armed-groups.json';
import companies from './actors/companies.json';
import companiesWorld from './actors/companies-world.json';
import egypt from './actors/egypt.json';
import europe from './actors/europe.json';
import gulf from './actors/gulf.json';
import internationalOrganizations from './actors/international-organizations.json';
import iranIraq from './actors/iran-iraq.json';
import israelPalestine from './actors/israel-palestine.json';
import legislatures from './actors/legislatures.json';
import levant from './actors/levant.json';
import media from './actors/media.json';
import moreStates from './actors/more-states.json';
import parties from './actors/parties.json';
import partiesMiddleEast from './actors/parties-middle-east.json';
import partiesWorld from './actors/parties-world.json';
import russiaChinaAsia from './actors/russia-china-asia.json';
import turkey from './actors/turkey.json';
import unitedStates from './actors/united-states.json';
import usStates from './actors/us-states.json';
import worldOrganizations from './actors/world-organizations.json';
import disambiguation from './disambiguation.json';
import { normalizeSurface } from './normalize-surface';

export { normalizeSurface };

export type ActorKind = 'person' | 'organization' | 'state' | 'place' | 'other';

export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organization', 'state', 'place', 'other'];

export interface KnowledgeActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  readonly arabicName?: string;
  /** Required for states; optional for places. */
  readonly demonyms?: readonly string[];
  /** Required for states. */
  readonly capital?: string;
  /** States only: "Washington", "the Kremlin", "Downing Street". */
  readonly metonyms?: readonly string[];
  readonly description: string;
  /** YYYY-MM: when the description was true. */
  readonly asOf: string;
  readonly source: string;
}

/** The shape of one `actors/*.json` file; `kind` is a plain string until checked. */
export interface ActorFile {
  readonly asOf: string;
  readonly actors: readonly (Omit<KnowledgeActor, 'kind'> & { readonly kind: string })[];
}

export interface DisambiguationRule {
  readonly alias: string;
  readonly candidates: readonly string[];
  readonly default: string;
  readonly why: string;
}

export type SurfaceForm = 'name' | 'alias' | 'metonym' | 'demonym';

export interface SurfaceMatch {
  readonly actorId: string;
  readonly form: SurfaceForm;
}

export interface KnowledgeBase {
  readonly actors: readonly KnowledgeActor[];
  byId(id: string): KnowledgeActor | undefined;
  /** Candidates for a surface form, the disambiguation default first; empty when unknown. */
  lookup(surface: string): readonly SurfaceMatch[];
  /** Every indexed surface form, keyed by `normalizeSurface`, for callers that scan text for them. */
  readonly surfaces: ReadonlyMap<string, readonly SurfaceMatch[]>;
}

export const DEFAULT_FILES: readonly ActorFile[] = [
  egypt,
  israelPalestine,
  gulf,
  iranIraq,
  levant,
  turkey,
  unitedStates,
  // The states of the union; "Georgia" is left to the country, and plain "Washington" to the US
  // government (the state is "Washington State").
  usStates,
  europe,
  russiaChinaAsia,
  africa,
  americasWorld,
  // Every other UN member state, Kosovo, the Holy See and three states of the past.
  moreStates,
  internationalOrganizations,
  // The blocs of Asia, the Americas, Europe and Africa, and the UN agencies and funds the file above
  // is without.
  worldOrganizations,
  armedGroups,
  parties,
  // The parties of the region, past and present (Knesset parties since 1949, Egypt's before and
  // after 2011, …), and the main parties of the rest of the world, which international news names.
  partiesMiddleEast,
  partiesWorld,
  // National legislatures and their chambers.
  legislatures,
  media,
  // Companies, banks and platforms of the business and technology news.
  companies,
  // The world's best-known companies beyond them: retailers, carmakers, banks, energy, pharma,
  // technology, media, airlines, defence, and more Gulf, Egyptian and Turkish groups.
  companiesWorld,
];

export const DEFAULT_RULES: readonly DisambiguationRule[] = disambiguation.rules;

// When no rule decides, a name outranks an alias, and so on: "Jordan" the name beats "Jordan" the alias.
const FORM_RANK: Record<SurfaceForm, number> = { name: 0, alias: 1, metonym: 2, demonym: 3 };

function isActorKind(kind: string): kind is ActorKind {
  return (ACTOR_KINDS as readonly string[]).includes(kind);
}

function checkedActor(raw: ActorFile['actors'][number]): KnowledgeActor {
  // The data is static and covered by tests, so a bad entry is a bug to surface, not a case to recover from.
  if (!isActorKind(raw.kind))
    throw new Error(`knowledge base: actor ${raw.id} has unknown kind "${raw.kind}"`);
  return { ...raw, kind: raw.kind };
}

function surfaceFormsOf(actor: KnowledgeActor): [string, SurfaceForm][] {
  return [
    [actor.name, 'name'],
    ...actor.aliases.map((s): [string, SurfaceForm] => [s, 'alias']),
    ...(actor.metonyms ?? []).map((s): [string, SurfaceForm] => [s, 'metonym']),
    ...(actor.demonyms ?? []).map((s): [string, SurfaceForm] => [s, 'demonym']),
  ];
}

function buildIndex(actors: readonly KnowledgeActor[], rules: readonly DisambiguationRule[]) {
  const index = new Map<string, SurfaceMatch[]>();
  for (const actor of actors) {
    for (const [surface, form] of surfaceFormsOf(actor)) {
      const key = normalizeSurface(surface);
      if (!key) continue;
      const matches = index.get(key) ?? [];
      // One actor, one entry per key: its strongest form, which comes first in surfaceFormsOf.
      if (!matches.some((m) => m.actorId === actor.id)) matches.push({ actorId: actor.id, form });
      index.set(key, matches);
    }
  }
  const defaults = new Map(rules.map((r) => [normalizeSurface(r.alias), r.default]));
  for (const [key, matches] of index) {
    if (matches.length < 2) continue;
    const preferred = defaults.get(key);
    matches.sort(
      (a, b) =>
        Number(b.actorId === preferred) - Number(a.actorId === preferred) ||
        FORM_RANK[a.form] - FORM_RANK[b.form],
    );
  }
  return index;
}

export function buildKnowledgeBase(
  files: readonly ActorFile[] = DEFAULT_FILES,
  rules: readonly DisambiguationRule[] = DEFAULT_RULES,
): KnowledgeBase {
  const actors = files.flatMap((file) => file.actors.map(checkedActor));
  const ids = new Map(actors.map((a) => [a.id, a]));
  const surfaces: ReadonlyMap<string, readonly SurfaceMatch[]> = buildIndex(actors, rules);
  return {
    actors,
    byId: (id) => ids.get(id),
    lookup: (surface) => surfaces.get(normalizeSurface(surface)) ?? [],
    surfaces,
  };
}

let shared: KnowledgeBase | undefined;

/** The default knowledge base, indexed on first use and then reused. */
export function getKnowledgeBase(): KnowledgeBase {
  shared ??= buildKnowledgeBase();
  return shared;
}
