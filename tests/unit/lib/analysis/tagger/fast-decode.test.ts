import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CompactModel } from '../../../../../lib/analysis/tagger/compact-model';
import { decodeGreedy, transitionMask } from '../../../../../lib/analysis/tagger/decode';
import {
  computeTokenInfo,
  STATIC_FEATURE_COUNT,
  writeStaticFeatures,
} from '../../../../../lib/analysis/tagger/features';
import { EntityTagger } from '../../../../../lib/analysis/tagger/model';
import weights from '../../../../../lib/analysis/tagger/weights.json';
import type { WeightsFile } from '../../../../../lib/analysis/tagger/weights-format';
import { rowOffset, WordScores } from '../../../../../lib/analysis/tagger/word-scores';
import { type Sentence, splitSentences, type Token, tokenize } from '../../../../../lib/analysis/tokenize';
import { FIXTURES_DIR } from '../../../../support/parse-html';

const file = weights as WeightsFile;
const model = new CompactModel(file);

/** Tags as training decodes them: every feature hashed and looked up, token by token (decode.ts). */
function referenceTags(tokens: readonly Token[], sentences: readonly Sentence[]): string[] {
  const info = computeTokenInfo(tokens.map((token) => token.text));
  const allowed = transitionMask(model.tags);
  const out = new Int32Array(tokens.length);
  for (const { tokenStart, tokenEnd } of sentences) {
    const features = new Int32Array(Math.max(1, tokenEnd - tokenStart) * STATIC_FEATURE_COUNT);
    for (let i = tokenStart; i < tokenEnd; i++)
      writeStaticFeatures(info, i, tokenStart, tokenEnd, features, (i - tokenStart) * STATIC_FEATURE_COUNT);
    decodeGreedy(model, info, features, tokenStart, tokenEnd, allowed, out);
  }
  return Array.from(out, (index) => model.tags[index] as string);
}

/** The seed's words in a scrambled order: many contexts, entities cut in odd places. */
function scrambled(text: string, seed: number): string {
  const words = text.split(/\s+/);
  let state = seed;
  for (let i = words.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [words[i], words[j]] = [words[j] as string, words[i] as string];
  }
  return words.join(' ');
}

describe('tagging from cached scores', () => {
  const seed = readFileSync(`${FIXTURES_DIR}seed/article.txt`, 'utf8');
  const texts = [
    seed,
    scrambled(seed, 1),
    scrambled(seed, 2),
    'Hamas',
    'A. B',
    'U.S. President Donald Trump met Egypt’s Abdel Fattah El-Sisi in Cairo on 13 March, 2025.',
    'قال الرئيس المصري إن الاتفاق ممكن.\nMr. Smith went to Washington!! He met Angela Merkel there…',
  ];

  it('gives the tags of feature-by-feature scoring, to the last token', () => {
    const tagger = new EntityTagger(file);
    for (const text of texts) {
      const tokens = tokenize(text);
      const sentences = splitSentences(text, tokens);
      expect(tagger.tagTokens(tokens, sentences)).toEqual(referenceTags(tokens, sentences));
    }
  });

  it('gives the same tags again from a warm cache', () => {
    const tagger = new EntityTagger(file);
    const tokens = tokenize(seed);
    const sentences = splitSentences(seed, tokens);
    const cold = tagger.tagTokens(tokens, sentences);
    expect(tagger.tagTokens(tokens, sentences)).toEqual(cold);
  });
});

describe('word scores', () => {
  it('gives a word one id, and starts again only between texts', () => {
    const words = new WordScores(model);
    const id = words.idOf('Cairo');
    expect(words.idOf('Cairo')).toBe(id);
    expect(words.idOf('cairo')).not.toBe(id);
    const rowsOf = (wordId: number) =>
      Array.from(
        words.rows.subarray(
          rowOffset(wordId, 0, model.classCount),
          rowOffset(wordId + 1, 0, model.classCount),
        ),
      );
    const rows = rowsOf(id);
    words.reserveFor(); // under its limit: nothing changes
    expect(words.idOf('Cairo')).toBe(id);
    // Past the limit within one text: the text's ids hold.
    for (let word = 0; word <= 50_000; word++) words.idOf(`w${word}`);
    expect(words.idOf('Cairo')).toBe(id);
    expect(words.idOf('w0')).toBe(id + 2); // after "cairo"
    words.reserveFor(); // between texts: the cache starts again, with the same sums
    expect(words.idOf('Cairo')).toBe(id);
    expect(words.idOf('Nile')).toBe(id + 1);
    expect(rowsOf(id)).toEqual(rows);
  });
});
