import { describe, expect, it } from 'vitest';
import { buildSurfaceTrie, surfaceWords } from '../../../../../lib/analysis/actors/surface-index';
import { getKnowledgeBase, normalizeSurface } from '../../../../../lib/analysis/knowledge/knowledge-base';
import { tokenize } from '../../../../../lib/analysis/tokenize';

const kb = getKnowledgeBase();
const surfaces = kb.actors.flatMap((actor) => [
  actor.name,
  ...actor.aliases,
  ...(actor.metonyms ?? []),
  ...(actor.demonyms ?? []),
]);

describe('surfaceWords', () => {
  it('cuts every surface form of the knowledge base as the tokenizer cuts an article', () => {
    const differ = surfaces.filter(
      (surface) =>
        surfaceWords(surface).join('|') !==
        tokenize(surface)
          .map((token) => token.text)
          .join('|'),
    );
    expect(differ).toEqual([]);
  });

  it('cuts forms with punctuation by the tokenizer', () => {
    expect(surfaceWords('U.S. Senate')).toEqual(['U.S.', 'Senate']);
    expect(surfaceWords("People's Party")).toEqual(tokenize("People's Party").map((token) => token.text));
  });
});

describe('buildSurfaceTrie', () => {
  it('finds a form word by word, its hyphenated words in their parts', () => {
    const trie = buildSurfaceTrie(kb);
    let node = trie;
    for (const word of ['Abdel', 'Fattah', 'al', 'Sisi']) {
      const child = node.children.get(normalizeSurface(word));
      expect(child, word).toBeDefined();
      node = child as typeof node;
    }
    expect(node.entry?.candidates[0]?.actorId).toBe(kb.lookup('Abdel Fattah al-Sisi')[0]?.actorId);
  });
});
