import roleWords from '../knowledge/role-words.json';

// The vocabulary of titles and roles, kept as data (lib/analysis/knowledge/role-words.json).

/** Head words of a title: "president", "envoy", "minister", "spokesman". */
export const TITLE_HEADS: ReadonlySet<string> = new Set(roleWords.titleHeads);

/** Lower-case words allowed inside a capitalised title: "Minister of State for Foreign Affairs". */
export const TITLE_CONNECTORS: ReadonlySet<string> = new Set(roleWords.titleConnectors);

/** Lower-case words that open or extend a role: "former prime minister", "foreign minister". */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(roleWords.roleModifiers);

/** Capitalised words that open a clause and are never part of a title: "According", "But". */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(roleWords.clauseOpeners);

/** Letters after a person's name that are a seat or an honour, not the name: "Jane Smith MP", "John Doe QC". */
export const POST_NOMINALS: ReadonlySet<string> = new Set(roleWords.postNominals);

/** Whether a word, in lower case, is a word of a title: its head, a modifier or a connector. */
export function isTitleWord(lower: string): boolean {
  return TITLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower) || TITLE_CONNECTORS.has(lower);
}
