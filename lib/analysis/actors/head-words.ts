import type { Span } from '../analysis';
import type { Token } from '../tokenize';
import { tokenIndexAt } from './token-lookup';

// The words that end the names of bodies and places, which tell such a name from its shape.

/**
 * Capitalised words that end (or open, before "of") the name of a body: "Pakistan Muslim League",
 * "Alberta Social Credit Party", "Liberal Party of Canada", "League of Arab States".
 */
const BODY_HEADS: ReadonlySet<string> = new Set([
  'party',
  'league',
  'front',
  'movement',
  'organization',
  'organisation',
  'federation',
  'confederation',
  'council',
  'union',
  'congress',
  'alliance',
  'coalition',
  'bloc',
  'brotherhood',
  'association',
  'committee',
  'commission',
  'assembly',
  'authority',
  'agency',
  'ministry',
  'corporation',
  'institute',
  'foundation',
  'syndicate',
  'caucus',
  // Companies and institutions: "Orascom Construction Industries", "Palm Hills Developments" is not
  // one (its head is not a body's), "Cairo University".
  'company',
  'industries',
  'holding',
  'holdings',
  'group',
  'bank',
  'airlines',
  'airways',
  'university',
  // More companies, institutions and services ("Salt Publishing", "Cairo Criminal Court",
  // "Hinkley Locomotive Works"). Not "Center": measured, it ends places as often as bodies.
  'inc',
  'ltd',
  'corp',
  'plc',
  'llc',
  'publishing',
  'publishers',
  'press',
  'records',
  'motors',
  'college',
  'academy',
  'club',
  'society',
  'trust',
  'fund',
  'court',
  'tribunal',
  'police',
  'army',
  'navy',
  'forces',
  'guard',
  'service',
  'services',
  'office',
  'bureau',
  'department',
  'board',
  'radio',
  'television',
  'network',
  'media',
  'telecom',
  'petroleum',
  'energy',
  'systems',
  'technologies',
  'pharmaceuticals',
  'partners',
  'investments',
  'works',
  'school',
  'hospital',
]);

/**
 * Capitalised words that end (or open, before "of") the name of a state: "French Fifth Republic",
 * "Principality of Monaco", "Ottoman Empire".
 */
const STATE_HEADS: ReadonlySet<string> = new Set([
  'republic',
  'kingdom',
  'principality',
  'emirate',
  'sultanate',
  'caliphate',
  'empire',
  'duchy',
  'khanate',
]);

/** Capitalised words that end the name of a place or a building: "Al-Nour Mosque", "Tahrir Square". */
const PLACE_HEADS: ReadonlySet<string> = new Set([
  'mosque',
  'church',
  'cathedral',
  'synagogue',
  'square',
  'street',
  'avenue',
  'road',
  'bridge',
  'airport',
  'stadium',
  'palace',
  'canal',
  'governorate',
  // Natural and administrative places: "Yangtze River", "Sinai Peninsula", "Jabalia Camp". Not
  // "Bay": measured, it is as often a surname ("Herbert Bay").
  'river',
  'lake',
  'mountains',
  'island',
  'islands',
  'valley',
  'desert',
  'sea',
  'ocean',
  'coast',
  'peninsula',
  'province',
  'county',
  'district',
  'region',
  'port',
  'camp',
  'crossing',
]);

/** Whether a word is the head word of a body's name ("Party", "League", "Bank"). */
export function isBodyHead(token: Token): boolean {
  return headType(token) === 'ORG';
}

/** Whether a word is the head word of a body's or a place's name ("Party", "Street"). */
export function isNameHead(token: Token): boolean {
  return headType(token) !== null;
}

/** The kind of name a word ends, when it is a head word. */
export function headType(token: Token): 'ORG' | 'LOC' | null {
  // Every head word is an ASCII word with a capital first: most tokens are ruled out by one code.
  const code = token.text.charCodeAt(0);
  if (code < 65 || code > 90) return null;
  const lower = token.text.toLowerCase();
  return BODY_HEADS.has(lower) ? 'ORG' : PLACE_HEADS.has(lower) || STATE_HEADS.has(lower) ? 'LOC' : null;
}

/** Whether a word is the head of a state's name, which may go on with "of" ("Kingdom of Jordan"). */
export function isStateHead(token: Token): boolean {
  return STATE_HEADS.has(token.text.toLowerCase());
}

/** Whether a span ends in the head word of a body's or a place's name ("Party", "Mosque"). */
export function endsInHeadWord(tokens: readonly Token[], span: Span): boolean {
  const last = tokens[tokenIndexAt(tokens, span.end - 1)];
  return last !== undefined && last.end === span.end && headType(last) !== null;
}
