import { describe, expect, it } from 'vitest';
import {
  addCounts,
  countEntities,
  type EntityCounts,
  entityF1,
  f1Report,
} from '../../../../../lib/analysis/eval/entity-f1';

const e = (start: number, end: number, type: string) => ({ start, end, type });

describe('entity F1', () => {
  it('scores a perfect prediction as 1', () => {
    const gold = [e(0, 5, 'PER'), e(10, 15, 'ORG'), e(20, 25, 'LOC')];
    const report = entityF1(gold, [...gold].reverse());
    expect(report.micro).toEqual({ precision: 1, recall: 1, f1: 1, support: 3 });
    expect(report.perType.PER?.f1).toBe(1);
  });

  it('counts only exact spans with the right type', () => {
    const gold = [e(0, 16, 'PER'), e(20, 25, 'ORG'), e(30, 35, 'LOC'), e(40, 45, 'LOC')];
    const predicted = [
      e(0, 16, 'PER'), // correct
      e(9, 16, 'PER'), // partial span: a false positive, and the gold PER is already matched
      e(20, 25, 'LOC'), // right span, wrong type: false positive LOC and missed ORG
      e(30, 35, 'LOC'), // correct
      e(50, 55, 'ORG'), // spurious
    ];
    const counts = countEntities(gold, predicted);
    expect(counts.PER).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
    expect(counts.ORG).toEqual({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(counts.LOC).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    const { micro } = f1Report(counts);
    expect(micro.precision).toBeCloseTo(2 / 5);
    expect(micro.recall).toBeCloseTo(2 / 4);
    expect(micro.f1).toBeCloseTo((2 * 0.4 * 0.5) / 0.9);
  });

  it('ignores predictions that overlap only out-of-scope gold entities', () => {
    // "the 2019 Egyptian election" is a MISC (event) entity; a LOC inside it counts neither way.
    const gold = [e(4, 26, 'MISC'), e(30, 35, 'PER')];
    const predicted = [e(9, 17, 'LOC'), e(30, 35, 'PER')];
    expect(entityF1(gold, predicted).micro).toEqual({ precision: 1, recall: 1, f1: 1, support: 1 });
    // ...but one that also overlaps an in-scope entity is an error.
    const overlapping = countEntities([e(0, 10, 'MISC'), e(8, 20, 'ORG')], [e(5, 12, 'ORG')]);
    expect(overlapping.ORG).toEqual({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
  });

  it('never lets one gold entity match two predictions', () => {
    const counts = countEntities([e(0, 5, 'PER')], [e(0, 5, 'PER'), e(0, 5, 'PER')]);
    expect(counts.PER).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
  });

  it('ignores predicted types outside the scored set and handles empty input', () => {
    expect(entityF1([], [e(0, 3, 'MISC')]).micro).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
    expect(entityF1([e(0, 3, 'PER')], []).micro.recall).toBe(0);
  });

  it('accumulates counts across documents before scoring (micro, not mean of documents)', () => {
    const total: EntityCounts = {};
    addCounts(total, countEntities([e(0, 5, 'PER')], [e(0, 5, 'PER')]));
    addCounts(total, countEntities([e(0, 5, 'ORG'), e(6, 9, 'ORG'), e(10, 12, 'ORG')], []));
    const report = f1Report(total);
    expect(report.micro.recall).toBeCloseTo(1 / 4);
    expect(report.micro.precision).toBe(1);
    expect(report.perType.ORG?.support).toBe(3);
    expect(report.perType.LOC).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
  });

  it('can score other type sets', () => {
    const report = entityF1([e(0, 4, 'DATE')], [e(0, 4, 'DATE')], ['DATE']);
    expect(report.micro.f1).toBe(1);
  });
});
