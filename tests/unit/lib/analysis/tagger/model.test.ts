import { describe, expect, it } from 'vitest';
import { findEntities, getShippedTagger, tagTokens } from '../../../../../lib/analysis/tagger/model';
import { TAGS } from '../../../../../lib/analysis/tagger/tag-set';
import weights from '../../../../../lib/analysis/tagger/weights.json';
import { splitSentences, tokenize } from '../../../../../lib/analysis/tokenize';

describe('shipped tagger', () => {
  it('ships compact weights over the expected tag set', () => {
    expect(weights.tags).toEqual([...TAGS]);
    expect(JSON.stringify(weights).length).toBeLessThan(1_000_000);
    expect(getShippedTagger().featureCount).toBeGreaterThan(10_000);
  });

  it('finds Benjamin Netanyahu as a person and Hamas as an organisation', () => {
    const text = 'Benjamin Netanyahu said the Hamas organization must free the hostages.';
    const entities = findEntities(text);
    expect(entities).toContainEqual({ start: 0, end: 18, type: 'PER', text: 'Benjamin Netanyahu' });
    expect(entities).toContainEqual({ start: 28, end: 33, type: 'ORG', text: 'Hamas' });
  });

  it('finds people, organisations and places in a fresh news sentence', () => {
    const text =
      'Egypt’s President Abdel Fattah El-Sisi met the head of the World Health Organization in Cairo on Sunday.';
    const found = findEntities(text).map((entity) => `${entity.type}:${entity.text}`);
    expect(found).toContain('PER:Abdel Fattah El-Sisi');
    expect(found).toContain('ORG:World Health Organization');
    expect(found).toContain('LOC:Cairo');
  });

  it('reports only actors, with offsets that slice back to their text', () => {
    const text = 'The Nobel Peace Prize went to the United Nations.\nPresident Ramaphosa thanked Norway.';
    for (const entity of findEntities(text)) {
      expect(['PER', 'ORG', 'LOC']).toContain(entity.type);
      expect(text.slice(entity.start, entity.end)).toBe(entity.text);
    }
  });

  it('tags every token with valid BIO, with or without given sentences', () => {
    const text = 'Mr. Smith went to Washington. He met Angela Merkel there.';
    const tokens = tokenize(text);
    for (const tags of [tagTokens(tokens), tagTokens(tokens, splitSentences(text, tokens))]) {
      expect(tags).toHaveLength(tokens.length);
      tags.forEach((tag, i) => {
        if (tag.startsWith('I-')) expect(tags[i - 1]?.slice(2)).toBe(tag.slice(2));
      });
    }
    expect(tagTokens([])).toEqual([]);
    expect(findEntities('')).toEqual([]);
  });

  it('tags an article-sized text quickly', () => {
    const sentence =
      'Benjamin Netanyahu told Hamas negotiators in Cairo that Israel would not accept the plan. ';
    const text = sentence.repeat(70); // about 1100 tokens
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    for (let i = 0; i < 20; i++) tagTokens(tokens, sentences); // warm up
    const started = performance.now();
    for (let i = 0; i < 20; i++) tagTokens(tokens, sentences);
    // Generous bound for a shared CI machine; scripts/eval-tagger.ts measures the real speed.
    expect((performance.now() - started) / 20).toBeLessThan(20);
  });
});
