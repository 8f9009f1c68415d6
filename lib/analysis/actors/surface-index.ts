import {
  getKnowledgeBase,
  type KnowledgeBase,
  normalizeSurface,
  type SurfaceMatch,
} from '../knowledge/knowledge-base';
import { tokenize } from '../tokenize';

/**
 * The knowledge base's surface forms as a trie over normalised tokens, so one left-to-right pass
 * over an article's tokens finds every known name, longest first ("Israeli military" before
 * "Israeli"). Built once per knowledge base.
 */
export interface SurfaceTrieNode {
  children: Map<string, SurfaceTrieNode>;
  /** Set where a surface form ends. */
  entry?: SurfaceEntry;
}

export interface SurfaceEntry {
  candidates: readonly SurfaceMatch[];
  /** Acronyms ("US", "WHO", "IS") only count when written in capitals. */
  capitalsOnly: boolean;
}

const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

/** The key a token is looked up by (normalised as the knowledge base's index is). News repeats its
 * words, and normalising (Unicode decomposition) is the costly part of the scan, so keys are cached. */
export function tokenKey(token: string): string {
  let key = keyCache.get(token);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    key = normalizeSurface(token);
    keyCache.set(token, key);
  }
  return key;
}

export function buildSurfaceTrie(knowledgeBase: KnowledgeBase): SurfaceTrieNode {
  const root: SurfaceTrieNode = { children: new Map() };
  for (const actor of knowledgeBase.actors) {
    const surfaces = [actor.name, ...actor.aliases, ...(actor.metonyms ?? []), ...(actor.demonyms ?? [])];
    for (const surface of surfaces) {
      // Word by word, hyphenated words in their parts: "Abdel-Fattah Al-Burhan" is found written
      // "Abdel Fattah al-Burhan" too (the article's tokens are split the same way).
      const keys = surfaceWords(surface.replace(/^the\s+/i, ''))
        .flatMap((word) => word.split('-'))
        .map(tokenKey)
        .filter(Boolean);
      if (keys.length === 0) continue;
      let node = root;
      for (const key of keys) {
        let child = node.children.get(key);
        if (!child) {
          child = { children: new Map() };
          node.children.set(key, child);
        }
        node = child;
      }
      const candidates = knowledgeBase.lookup(surface);
      if (candidates.length === 0) continue;
      const capitalsOnly = isAcronym(surface);
      // Two spellings can share a key ("US" and "U.S."): a form that may be lower case wins.
      node.entry = { candidates, capitalsOnly: (node.entry?.capitalsOnly ?? true) && capitalsOnly };
    }
  }
  return root;
}

/**
 * A surface form's words as the tokenizer cuts an article. Most forms are letters, hyphens and
 * single spaces, which the tokenizer splits at the spaces alone; splitting them so is what makes
 * building the trie fast enough for a waking service worker (about ten thousand forms).
 */
export function surfaceWords(surface: string): string[] {
  if (PLAIN_WORDS.test(surface)) return surface.split(' ');
  return tokenize(surface).map((token) => token.text);
}

/** Words of letters and inner hyphens, one space apart. */
const PLAIN_WORDS = /^\p{L}+(?:-\p{L}+)*(?: \p{L}+(?:-\p{L}+)*)*$/u;

export function isAcronym(surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)
  );
}

let shared: SurfaceTrieNode | undefined;

export function getSurfaceTrie(): SurfaceTrieNode {
  shared ??= buildSurfaceTrie(getKnowledgeBase());
  return shared;
}
