import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../../../lib/analysis/analysis';
import { type GoldActor, scoreGoldActors } from '../../../../../lib/analysis/eval/gold-actors';

// "Trump met Netanyahu. Trump spoke. The Israeli side"
const GOLD: GoldActor[] = [
  {
    id: 'trump',
    name: 'Donald Trump',
    kind: 'person',
    required: true,
    mentions: [
      { start: 0, end: 5, text: 'Trump', required: true },
      { start: 21, end: 26, text: 'Trump', required: true },
    ],
  },
  {
    id: 'netanyahu',
    name: 'Benjamin Netanyahu',
    kind: 'person',
    required: true,
    mentions: [{ start: 10, end: 19, text: 'Netanyahu', required: true }],
  },
  {
    id: 'israel',
    name: 'Israel',
    kind: 'state',
    required: false,
    mentions: [{ start: 38, end: 45, text: 'Israeli', required: false }],
  },
];

function actor(id: string, spans: [number, number][]): Actor {
  return { id, name: id, kind: 'person', mentions: spans.map(([start, end]) => ({ start, end })) };
}

describe('scoreGoldActors', () => {
  it('gives 1.0 for exactly the required mentions, and ignores an optional one on the right actor', () => {
    const score = scoreGoldActors(GOLD, [
      actor('a', [
        [0, 5],
        [21, 26],
      ]),
      actor('b', [[10, 19]]),
      actor('c', [[38, 45]]),
    ]);
    expect(score.f1).toBe(1);
    expect(score.missingActors).toEqual([]);
    expect(score.splitActors).toEqual([]);
  });

  it('counts a wrong span, a missed mention and a split actor', () => {
    const score = scoreGoldActors(GOLD, [
      actor('a', [[0, 5]]),
      actor('a2', [[21, 26]]),
      actor('x', [[30, 36]]),
    ]);
    expect(score.truePositives).toBe(2);
    expect(score.falsePositives).toBe(1);
    expect(score.falseNegatives).toBe(1);
    expect(score.missingActors).toEqual(['netanyahu']);
    expect(score.splitActors).toEqual(['trump']);
  });

  it('counts a mention given to the wrong actor as both a false positive and a miss', () => {
    const score = scoreGoldActors(GOLD, [
      actor('a', [
        [0, 5],
        [21, 26],
        [10, 19],
      ]),
    ]);
    expect(score.truePositives).toBe(2);
    expect(score.falsePositives).toBe(1);
    expect(score.falseNegatives).toBe(1);
  });
});
