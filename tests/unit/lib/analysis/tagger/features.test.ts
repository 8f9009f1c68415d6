import { describe, expect, it } from 'vitest';
import {
  computeTokenInfo,
  NO_TAG,
  STATIC_FEATURE_COUNT,
  TAG_FEATURE_COUNT,
  writeStaticFeatures,
  writeTagFeatures,
} from '../../../../../lib/analysis/tagger/features';

function staticFeatures(words: string[], i: number, sentenceStart = 0, sentenceEnd = words.length): number[] {
  const out = new Int32Array(STATIC_FEATURE_COUNT);
  writeStaticFeatures(computeTokenInfo(words), i, sentenceStart, sentenceEnd, out, 0);
  return Array.from(out);
}

describe('tagger features', () => {
  it('fills every static feature slot', () => {
    const features = staticFeatures(['The', 'Cairo', 'talks'], 1);
    expect(features).toHaveLength(STATIC_FEATURE_COUNT);
    expect(new Set(features).size).toBe(STATIC_FEATURE_COUNT);
  });

  it('treats typographic and ASCII apostrophes and dashes alike', () => {
    expect(staticFeatures(['Egypt', '’s', 'plan'], 1)).toEqual(staticFeatures(['Egypt', "'s", 'plan'], 1));
    expect(staticFeatures(['a', '—', 'b'], 1)).toEqual(staticFeatures(['a', '-', 'b'], 1));
  });

  it('generalises digits but keeps case in shape features', () => {
    expect(staticFeatures(['in', '1948', 'war'], 1)).toEqual(staticFeatures(['in', '2023', 'war'], 1));
    const title = staticFeatures(['x', 'Cairo', 'y'], 1);
    const lower = staticFeatures(['x', 'cairo', 'y'], 1);
    const shared = title.filter((feature) => lower.includes(feature)).length;
    expect(shared).toBeGreaterThan(10); // word, affixes and context are the same
    expect(shared).toBeLessThan(STATIC_FEATURE_COUNT); // shape and capitalisation differ
  });

  it('does not let context cross a sentence boundary', () => {
    const words = ['said', '.', 'Hamas', 'agreed'];
    const bounded = staticFeatures(words, 2, 2, 4);
    const unbounded = staticFeatures(words, 2, 0, 4);
    expect(bounded).not.toEqual(unbounded);
    expect(bounded).toEqual(staticFeatures(['Hamas', 'agreed'], 0));
  });

  it('makes tag features depend on the previous tags', () => {
    const info = computeTokenInfo(['Benjamin', 'Netanyahu']);
    const start = new Int32Array(TAG_FEATURE_COUNT);
    const afterPerson = new Int32Array(TAG_FEATURE_COUNT);
    writeTagFeatures(info, 1, 2, NO_TAG, NO_TAG, start, 0);
    writeTagFeatures(info, 1, 2, 1, NO_TAG, afterPerson, 0);
    expect(Array.from(start)).not.toEqual(Array.from(afterPerson));
  });
});
