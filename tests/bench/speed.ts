// `npm run bench:speed`: how fast the engine analyses news, beside compromise on the same texts.
// Budgets (DESIGN.md): the seed article in ≤ 5 ms; throughput ≥ 10 × compromise's.
import { readFileSync } from 'node:fs';
import { analyze } from '../../lib/analysis/analyze';
import { compromiseEntities } from './compromise-baseline';
import { formatTable, median, medianMs } from './measure';
import { loadNewsTexts } from './news-corpus';
import { FIXTURES } from './paths';

const ARTICLES = 250;
const seed = readFileSync(`${FIXTURES}seed/article.txt`, 'utf8');
const seedWords = seed.split(/\s+/).length;

const seedEngine = medianMs(() => analyze(seed, { publishedAt: '2025-03-13' }), 101);
const seedCompromise = medianMs(() => compromiseEntities(seed), 21);

// The distinct texts, repeated in order until there are 250 articles, analysed in one process.
const distinct = loadNewsTexts();
const batch = Array.from({ length: ARTICLES }, (_, index) => distinct[index % distinct.length]?.text ?? '');
const words = batch.reduce((sum, text) => sum + text.split(/\s+/).length, 0);
const throughput = (run: (text: string) => unknown): number => {
  const times: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    const start = performance.now();
    for (const text of batch) run(text);
    times.push(performance.now() - start);
  }
  return words / (median(times) / 1000);
};
const engineWps = throughput((text) => analyze(text));
const compromiseWps = throughput((text) => compromiseEntities(text));

console.log(
  `Seed article: ${seedWords} words. News set: ${ARTICLES} articles (${distinct.length} distinct texts), ${words} words.\n`,
);
console.log(
  formatTable(
    ['', 'Ahram Lens engine', 'compromise', 'ratio'],
    [
      [
        'seed article, median ms',
        seedEngine.toFixed(2),
        seedCompromise.toFixed(2),
        `${(seedCompromise / seedEngine).toFixed(1)}×`,
      ],
      [
        'news set, words/s (median of 3)',
        Math.round(engineWps),
        Math.round(compromiseWps),
        `${(engineWps / compromiseWps).toFixed(1)}×`,
      ],
    ],
  ),
);
console.log(
  `\nBudgets: seed ≤ 5 ms (${seedEngine <= 5 ? 'met' : 'NOT met'}); throughput ≥ 10 × compromise (${engineWps >= 10 * compromiseWps ? 'met' : 'NOT met'}).`,
);
