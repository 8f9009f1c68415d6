import givenNames from '../knowledge/given-names.json';

const GIVEN_NAMES: ReadonlySet<string> = new Set(givenNames.names.map((name) => name.toLowerCase()));

/** Whether a word is a common given name (knowledge/given-names.json), in any case. */
export function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(word.toLowerCase());
}
