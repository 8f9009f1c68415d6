import { describe, expect, it } from 'vitest';
import { CompactModel } from '../../../../../lib/analysis/tagger/compact-model';
import {
  SymbolReader,
  SymbolWriter,
  unzigzag,
  zigzag,
} from '../../../../../lib/analysis/tagger/symbol-codec';
import { encodeWeights } from '../../../../../lib/analysis/tagger/weights-format';

const TAGS = ['O', 'B-PER', 'I-PER'];

describe('symbol codec', () => {
  it('round-trips small and large integers as JSON-safe printable text', () => {
    const values = [0, 1, 44, 45, 46, 2024, 91124, 4194303, 2 ** 31];
    const writer = new SymbolWriter();
    for (const value of values) writer.write(value);
    const text = writer.toString();
    expect(text).toMatch(/^[#-[\]-~]+$/);
    expect(JSON.parse(JSON.stringify(text))).toBe(text);
    expect(JSON.stringify(text)).toBe(`"${text}"`);
    const reader = new SymbolReader(text);
    expect(values.map(() => reader.read())).toEqual(values);
    expect(reader.done).toBe(true);
    expect(text.length).toBeLessThan(values.length * 4);
  });

  it('zigzags signed values', () => {
    for (const value of [0, -1, 1, -2, 2, -300, 300]) expect(unzigzag(zigzag(value))).toBe(value);
    expect([0, -1, 1, -2].map(zigzag)).toEqual([0, 1, 2, 3]);
  });

  it('rejects corrupt input', () => {
    expect(() => new SymbolReader('\\').read()).toThrow();
    expect(() => new SymbolReader('\u00e9').read()).toThrow();
    const writer = new SymbolWriter();
    writer.write(3000);
    expect(() => new SymbolReader(writer.toString().slice(0, -1)).read()).toThrow(/Truncated/);
    expect(new SymbolReader('').done).toBe(true);
  });
});

describe('weights format', () => {
  const averaged = {
    classCount: 3,
    keys: Int32Array.of(900, 7, 123456),
    weights: Float64Array.of(1.04, -0.96, 0.01, 0.2, 0.2, -0.1, 0, 5.2, -2.6),
  };

  it('quantises, prunes zero rows and round-trips the rest in key order', () => {
    const file = encodeWeights(averaged, TAGS, 22, 0.5);
    expect(file.featureCount).toBe(2);
    expect(file.tags).toEqual(TAGS);
    const model = new CompactModel(JSON.parse(JSON.stringify(file)));
    expect(model.featureCount).toBe(2);
    expect(model.weightsOf(900)).toEqual([2, -2, 0]);
    expect(model.weightsOf(123456)).toEqual([0, 10, -5]);
    expect(model.weightsOf(7)).toBeNull();
  });

  it('refuses an unknown format or truncated streams', () => {
    const file = encodeWeights(averaged, TAGS, 22, 0.5);
    expect(() => new CompactModel({ ...file, format: 'other/1' })).toThrow();
    expect(() => new CompactModel({ ...file, values: file.values.slice(1) })).toThrow();
    expect(() => new CompactModel({ ...file, keyGaps: `${file.keyGaps}#` })).toThrow();
  });

  it('refuses weights that do not fit in a byte', () => {
    expect(() => encodeWeights(averaged, TAGS, 22, 0.01)).toThrow(/byte/);
  });

  it('looks weights up by feature hash, ignoring bits above hashBits and unknown features', () => {
    const model = new CompactModel(encodeWeights(averaged, TAGS, 22, 0.5));
    const scores = new Float64Array(3);
    // 123456 with a bit set above the 22 kept bits is the same feature; 8 is unknown.
    model.addScores(Int32Array.of(900, 123456 | (1 << 25), 8), 0, 3, scores);
    expect(Array.from(scores)).toEqual([2, 8, -5]);
  });

  it('adds the weights of one feature at an offset, and nothing for an unknown one', () => {
    const model = new CompactModel(encodeWeights(averaged, TAGS, 22, 0.5));
    const scores = new Float64Array(6);
    model.addWeights(123456, scores, 3);
    model.addWeights(8, scores, 0);
    expect(Array.from(scores)).toEqual([0, 0, 0, 0, 10, -5]);
  });

  it('gives where the weights of a feature start, and a row of zeros for an unknown feature', () => {
    const model = new CompactModel(encodeWeights(averaged, TAGS, 22, 0.5));
    const row = (feature: number) => {
      const offset = model.weightOffset(feature);
      return Array.from(model.weights.subarray(offset, offset + 3));
    };
    expect(row(123456)).toEqual([0, 10, -5]);
    expect(row(900)).toEqual([2, -2, 0]);
    expect(row(8)).toEqual([0, 0, 0]);
    expect(model.weightOffset(8)).toBe(model.absentOffset);
  });

  it('finds every feature however its keys fall in the membership bitmap', () => {
    // Keys at both ends of the key space, both ends of a bitmap word, and neighbours across words.
    const keys = [0, 1, 31, 32, 33, 63, 64, 1000, 4194271, 4194303];
    const model = new CompactModel(
      encodeWeights(
        {
          classCount: 3,
          keys: Int32Array.from(keys),
          weights: Float64Array.from(keys.flatMap((_, row) => [row + 1, -(row + 1), 0])),
        },
        TAGS,
        22,
        1,
      ),
    );
    expect(keys.map((key) => model.weightsOf(key))).toEqual(keys.map((_, row) => [row + 1, -(row + 1), 0]));
    for (const absent of [2, 30, 34, 65, 999, 1001, 4194302]) expect(model.weightsOf(absent)).toBeNull();
  });

  it('refuses keys out of order or hash widths it cannot index', () => {
    const file = encodeWeights(averaged, TAGS, 22, 0.5);
    const writer = new SymbolWriter();
    writer.write(900);
    writer.write(0);
    expect(() => new CompactModel({ ...file, keyGaps: writer.toString() })).toThrow(/order/);
    expect(() => new CompactModel({ ...file, hashBits: 31 })).toThrow(/hash bits/);
  });
});
