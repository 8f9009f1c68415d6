import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorPassage } from '../../../../lib/anchoring/anchor-passage';
import { describePassage } from '../../../../lib/anchoring/selectors';
import { FIXTURES_DIR } from '../../../support/parse-html';

const seed = readFileSync(`${FIXTURES_DIR}seed/article.txt`, 'utf8').replace(/\nShort link:$/, '');

/** Passages a reader might note: a sentence, a phrase, a single name, a clause across a comma. */
const PASSAGES = [
  'Tel Aviv feels that Washington should have asked for its approval',
  'the last living American hostage',
  'Boehler',
  'Hamas would completely disarm, cease military activity in Gaza',
  'One US proposal reportedly offered Hamas leaders a safe passage out of Gaza.',
];

function spanOf(text: string, passage: string): { start: number; end: number } {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`not in the text: ${passage}`);
  return { start, end: start + passage.length };
}

describe('anchorPassage on unchanged text', () => {
  it.each(PASSAGES)('each selector alone finds %j again', (passage) => {
    const { start, end } = spanOf(seed, passage);
    const [quote, position] = describePassage(seed, start, end);
    expect(anchorPassage(seed, [quote, position])).toEqual({ start, end, method: 'position' });
    expect(anchorPassage(seed, [quote])).toMatchObject({ start, end });
    expect(anchorPassage(seed, [position])).toMatchObject({ start, end });
  });
});

describe('anchorPassage after the article was edited', () => {
  const edits: [string, (text: string) => string][] = [
    [
      'a paragraph inserted before',
      (text) => `Editor's note: this article was updated on 14 March.\n${text}`,
    ],
    [
      'a word changed nearby',
      (text) =>
        text
          .replace('Tensions have suddenly surged', 'Tensions have sharply surged')
          .replace('riled Israel by entering', 'angered Israel by entering'),
    ],
    ['white space changed', (text) => text.replace(/ (should|living|completely|proposal) /g, '  $1 ')],
    [
      'a word changed inside the passage',
      (text) =>
        text
          .replace('should have asked for', 'should have sought')
          .replace('completely disarm', 'fully disarm'),
    ],
  ];

  for (const [edit, change] of edits) {
    it(`${edit}: every passage anchors to the same words, none misplaced`, () => {
      const edited = change(seed);
      for (const passage of PASSAGES) {
        const { start, end } = spanOf(seed, passage);
        const anchor = anchorPassage(edited, describePassage(seed, start, end));
        expect(anchor, passage).not.toBeNull();
        if (!anchor) continue;
        const found = edited.slice(anchor.start, anchor.end).replace(/\s+/g, ' ');
        // The same words, give or take the edit: most of the passage's words are in what was found.
        const words = passage.split(' ');
        const kept = words.filter((word) => found.includes(word.replace(/[.,]$/, ''))).length;
        expect(kept / words.length, `${passage} → ${found}`).toBeGreaterThanOrEqual(0.7);
        // And at the right place: what precedes it is what preceded the passage.
        const before =
          seed
            .slice(Math.max(0, start - 12), start)
            .trim()
            .split(/\s+/)
            .pop() ?? '';
        expect(edited.slice(Math.max(0, anchor.start - 40), anchor.start)).toContain(before);
      }
    });
  }

  it('orphans a passage whose paragraph was removed, even where its words appear elsewhere', () => {
    const paragraph = seed.split('\n').find((line) => line.startsWith('Hamas has yet to comment')) as string;
    const paragraphStart = seed.indexOf(paragraph);
    const removed = seed.replace(`${paragraph}\n`, '');
    // "Boehler" and "Hamas" still stand elsewhere in the edited text: they must not attract the note.
    for (const passage of [
      'Hamas has yet to comment on Boehler',
      'Boehler',
      'Hamas',
      'declared refusal to disarm',
    ]) {
      const start = seed.indexOf(passage, paragraphStart);
      expect(start).toBeGreaterThanOrEqual(paragraphStart);
      const anchor = anchorPassage(removed, describePassage(seed, start, start + passage.length));
      expect(anchor, passage).toBeNull();
    }
  });
});
