import { describe, expect, it } from 'vitest';
import { headingOnlyTest } from '../../../../../lib/analysis/actors/heading-lines';
import type { Actor } from '../../../../../lib/analysis/analysis';
import { splitSentences, tokenize } from '../../../../../lib/analysis/tokenize';

const TEXT = [
  'The birth of the theory took years, and flight checks took more.',
  'The Birth of Chaos',
  'Flight Checks',
  "PANDORA'S BOX",
  'Palmerston North',
  'Vidyard Launches New Tools',
  'Vidyard said the tools launch today.',
].join('\n');

/** Whether the actor named by these words, at each of their places in TEXT, is met only in headings. */
function onlyInHeadings(...surfaces: string[]): boolean {
  const tokens = tokenize(TEXT);
  const test = headingOnlyTest({ text: TEXT, tokens, sentences: splitSentences(TEXT, tokens) });
  const mentions = surfaces.map((surface) => {
    const start = TEXT.indexOf(surface, TEXT.indexOf('\n'));
    return { start, end: start + surface.length, form: 'name' as const };
  });
  const actor: Actor = { id: 'x', name: surfaces[0] as string, kind: 'organization', mentions };
  return test(actor);
}

describe('headingOnlyTest', () => {
  it('finds names met only in title-case headings whose other words the article writes in lower case', () => {
    expect(onlyInHeadings('Birth of Chaos')).toBe(true);
    expect(onlyInHeadings('Checks')).toBe(true);
    expect(onlyInHeadings('PANDORA')).toBe(true);
  });

  it('keeps a line that is one name, and a name also met in a sentence', () => {
    expect(onlyInHeadings('Palmerston North')).toBe(false);
    expect(onlyInHeadings('Vidyard')).toBe(true);
    const tokens = tokenize(TEXT);
    const test = headingOnlyTest({ text: TEXT, tokens, sentences: splitSentences(TEXT, tokens) });
    const inHeading = TEXT.indexOf('Vidyard');
    const inSentence = TEXT.lastIndexOf('Vidyard');
    const mentions = [inHeading, inSentence].map((start) => ({
      start,
      end: start + 7,
      form: 'name' as const,
    }));
    expect(test({ id: 'vidyard', name: 'Vidyard', kind: 'organization', mentions })).toBe(false);
  });
});
