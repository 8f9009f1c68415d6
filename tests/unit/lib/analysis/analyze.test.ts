import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis/analyze';
import { type GoldActor, scoreGoldActors } from '../../../../lib/analysis/eval/gold-actors';
import { FIXTURES_DIR } from '../../../support/parse-html';

const text = readFileSync(`${FIXTURES_DIR}seed/article.txt`, 'utf8');
const gold = JSON.parse(readFileSync(`${FIXTURES_DIR}seed/gold.json`, 'utf8')) as { actors: GoldActor[] };

describe('analyze: the seed article (golden test)', () => {
  const analysis = analyze(text, { publishedAt: '2025-03-13', title: 'The US and Hamas talk directly' });
  const score = scoreGoldActors(gold.actors, analysis.actors, text);

  it('finds the required actor mentions at F1 ≥ 0.97, none missing, none split', () => {
    expect(score.missingActors).toEqual([]);
    expect(score.splitActors).toEqual([]);
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
  });

  it('takes each person’s role from the article', () => {
    for (const goldActor of gold.actors.filter((actor) => actor.kind === 'person')) {
      const actor = analysis.actors.find((candidate) => score.alignment.get(candidate.id) === goldActor.id);
      expect(actor?.role, goldActor.name).toBe(goldActor.roleInArticle);
    }
  });

  it('gives known actors their knowledge-base description with its date, unknown ones none', () => {
    const hamas = analysis.actors.find((actor) => actor.id === 'hamas');
    expect(hamas?.description).toMatch(/\(as of \d{4}-\d{2}\)$/);
    const boehler = analysis.actors.find((actor) => actor.name === 'Adam Boehler');
    expect(boehler?.kind).toBe('person');
    expect(boehler?.description).toBeUndefined();
  });

  it('keeps the contract: offsets slice to the mentions, arrays present, metadata passed through', () => {
    expect(analysis.publishedAt).toBe('2025-03-13');
    expect(analysis.title).toBe('The US and Hamas talk directly');
    for (const key of ['claims', 'dates', 'timeline', 'summary'] as const)
      expect(Array.isArray(analysis[key])).toBe(true);
    for (const actor of analysis.actors) {
      for (const mention of actor.mentions) {
        expect(mention.end).toBeGreaterThan(mention.start);
        expect(text.slice(mention.start, mention.end).trim()).toBe(text.slice(mention.start, mention.end));
      }
    }
  });
});

describe('analyze: hostile input', () => {
  it.each([
    ['empty text', ''],
    ['only numbers', '12 345 6.7 2025 1990s 50%'],
    ['no sentences at all', 'word '.repeat(2000)],
    ['right-to-left text', 'قال الرئيس عبد الفتاح السيسي إن مصر ترفض التهجير.'],
  ])('%s gives an analysis, not an error', (_, input) => {
    const analysis = analyze(input);
    expect(analysis.actors.every((actor) => actor.mentions.length > 0)).toBe(true);
  });

  it('analyses a 50,000-word text', () => {
    const paragraph = text.replace(/\nShort link:$/, '');
    const long = Array.from({ length: 53 }, () => paragraph).join('\n');
    const analysis = analyze(long);
    const hamas = analysis.actors.find((actor) => actor.id === 'hamas');
    expect(hamas?.mentions.length).toBe(53 * 24);
  });
});
