import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWithReadability } from '../../../../lib/locator/readability-fallback';
import { FIXTURES_DIR, parseFixture } from '../../../support/parse-html';

const CASES = readdirSync(`${FIXTURES_DIR}readability`).filter((name) => !name.endsWith('.md'));

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Share of `expected` words also in `actual`: a bag-of-words recall robust to line-break choices. */
function overlap(expected: string[], actual: string[]): number {
  const pool = new Map<string, number>();
  for (const word of actual) pool.set(word, (pool.get(word) ?? 0) + 1);
  let hits = 0;
  for (const word of expected) {
    const left = pool.get(word) ?? 0;
    if (left > 0) {
      hits += 1;
      pool.set(word, left - 1);
    }
  }
  return expected.length === 0 ? 1 : hits / expected.length;
}

describe('readWithReadability maps the article back to the live page', () => {
  it.each(CASES)('%s', (name) => {
    const article = readWithReadability(parseFixture(`readability/${name}/source.html`));
    expect(article).not.toBeNull();
    const reference = parseFixture(`readability/${name}/expected.html`);
    // Photo captions are left out of the article text on purpose (lib/text-model/element-kinds.ts).
    for (const caption of Array.from(reference.querySelectorAll('figcaption'))) caption.remove();
    const expected = words(reference.body.textContent ?? '');
    const actual = words(article?.textModel.text ?? '');
    // Readability's own output is the reference; ours is read from the live elements it kept.
    expect(overlap(expected, actual)).toBeGreaterThan(0.95);
    expect(overlap(actual, expected)).toBeGreaterThan(0.95);
    for (const element of article?.elements ?? []) expect(element.ownerDocument.contains(element)).toBe(true);
  });
});
