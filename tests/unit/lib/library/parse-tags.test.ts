import { describe, expect, it } from 'vitest';
import { formatTags, parseTags } from '../../../../lib/library/parse-tags';

describe('parseTags', () => {
  it('splits on Latin and Arabic commas, drops "#", blanks and repeats', () => {
    expect(parseTags(' leaks, #Israel ,, سياسة، اقتصاد, leaks')).toEqual([
      'leaks',
      'Israel',
      'سياسة',
      'اقتصاد',
    ]);
    expect(parseTags(formatTags(['a b', 'c']))).toEqual(['a b', 'c']);
  });
});
