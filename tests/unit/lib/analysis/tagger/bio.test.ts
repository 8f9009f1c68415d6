import { describe, expect, it } from 'vitest';
import { isValidTransition, repairBio, spansFromTags } from '../../../../../lib/analysis/tagger/bio';
import { transitionMask } from '../../../../../lib/analysis/tagger/decode';
import { TAGS } from '../../../../../lib/analysis/tagger/tag-set';

describe('BIO', () => {
  it('allows I-X only after B-X or I-X', () => {
    expect(isValidTransition(null, 'I-PER')).toBe(false);
    expect(isValidTransition('O', 'I-PER')).toBe(false);
    expect(isValidTransition('B-ORG', 'I-PER')).toBe(false);
    expect(isValidTransition('B-PER', 'I-PER')).toBe(true);
    expect(isValidTransition('I-PER', 'I-PER')).toBe(true);
    expect(isValidTransition('I-LOC', 'B-PER')).toBe(true);
    expect(isValidTransition(null, 'O')).toBe(true);
  });

  it('repairs an I-X that does not continue an X entity into B-X', () => {
    expect(repairBio(['I-PER', 'I-PER', 'O', 'I-ORG', 'B-LOC', 'I-ORG'])).toEqual([
      'B-PER',
      'I-PER',
      'O',
      'B-ORG',
      'B-LOC',
      'B-ORG',
    ]);
  });

  it('reads token spans, splitting adjacent entities at B-', () => {
    expect(spansFromTags(['B-PER', 'I-PER', 'B-PER', 'O', 'I-LOC', 'I-LOC', 'B-MISC'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 2, end: 3, type: 'PER' },
      { start: 4, end: 6, type: 'LOC' },
      { start: 6, end: 7, type: 'MISC' },
    ]);
    expect(spansFromTags([])).toEqual([]);
  });

  it('builds a decoding mask that agrees with the transition rule', () => {
    const mask = transitionMask(TAGS);
    const allowed = (previous: string | null, tag: string) => {
      const row = previous === null ? 0 : TAGS.indexOf(previous as (typeof TAGS)[number]) + 1;
      return mask[row * TAGS.length + TAGS.indexOf(tag as (typeof TAGS)[number])] === 1;
    };
    expect(allowed(null, 'I-PER')).toBe(false);
    expect(allowed(null, 'B-PER')).toBe(true);
    expect(allowed('B-ORG', 'I-ORG')).toBe(true);
    expect(allowed('B-ORG', 'I-LOC')).toBe(false);
    expect(allowed('O', 'I-MISC')).toBe(false);
  });
});
