/**
 * Measures the shipped tagger the way the extension runs it: each CrossNER dev sentence is rebuilt as text
 * (tokens joined by single spaces), run through tokenize → splitSentences → tagger → entities, and scored
 * on character offsets (typed exact-span F1 over PER/ORG/LOC; gold MISC-like entities are out of scope).
 * Timing on a ~1000-token article-sized text runs first, so that its cold figure is a fresh process's.
 *
 *   npx tsx scripts/eval-tagger.ts [--datasets DIR] [--weights FILE] [--domains politics,ai] [--no-speed]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addCounts, countEntities, type EntityCounts, f1Report } from '../lib/analysis/eval/entity-f1';
import { EntityTagger } from '../lib/analysis/tagger/model';
import type { WeightsFile } from '../lib/analysis/tagger/weights-format';
import { splitSentences, tokenize } from '../lib/analysis/tokenize';
import { argValue, datasetsDir, REPO_ROOT } from './datasets/cli-args';
import { goldText } from './datasets/gold-entities';
import { CROSSNER_DOMAINS, type CrossnerDomain, readCrossner } from './datasets/read-crossner';

const args = process.argv.slice(2);
const DATASETS = datasetsDir(args);
const WEIGHTS = resolve(argValue(args, 'weights') ?? resolve(REPO_ROOT, 'lib/analysis/tagger/weights.json'));
const DOMAINS = (argValue(args, 'domains')?.split(',') ?? [...CROSSNER_DOMAINS]) as CrossnerDomain[];

function loadTagger(): EntityTagger {
  return new EntityTagger(JSON.parse(readFileSync(WEIGHTS, 'utf8')) as WeightsFile);
}

const percent = (value: number) => (100 * value).toFixed(1).padStart(6);

function evaluate(tagger: EntityTagger, domain: CrossnerDomain): EntityCounts {
  const counts: EntityCounts = {};
  for (const sentence of readCrossner(DATASETS, domain, 'dev')) {
    const { text, entities } = goldText(sentence);
    addCounts(counts, countEntities(entities, tagger.findEntities(text)));
  }
  return counts;
}

function printRow(name: string, counts: EntityCounts): void {
  const report = f1Report(counts);
  const { micro } = report;
  const perType = ['PER', 'ORG', 'LOC'].map((type) => percent(report.perType[type]?.f1 ?? 0)).join('');
  console.log(
    `${name.padEnd(12)}${perType}${percent(micro.f1)}${percent(micro.precision)}${percent(micro.recall)}${String(micro.support).padStart(8)}`,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** An article-sized text: politics dev sentences, as paragraphs, until about 1000 tokens. */
function articleText(): string {
  const paragraphs: string[] = [];
  let tokens = 0;
  for (const sentence of readCrossner(DATASETS, 'politics', 'dev')) {
    if (tokens >= 1000) break;
    paragraphs.push(goldText(sentence).text);
    tokens += sentence.tokens.length;
  }
  return paragraphs.join('\n');
}

function timeSpeed(): void {
  const text = articleText();
  // Cold: the first call in a fresh process, as for the first article a page analyses (the model is loaded
  // and the code not yet optimised). Runs before anything else here touches the tagger code paths.
  const loadStarted = performance.now();
  const fresh = loadTagger();
  const loadMs = performance.now() - loadStarted;
  let started = performance.now();
  fresh.findEntities(text);
  const coldMs = performance.now() - started;

  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const runs = { tokenize: [] as number[], tag: [] as number[], findEntities: [] as number[] };
  for (let run = 0; run < 300; run++) {
    started = performance.now();
    splitSentences(text, tokenize(text));
    runs.tokenize.push(performance.now() - started);
    started = performance.now();
    fresh.tagTokens(tokens, sentences);
    runs.tag.push(performance.now() - started);
    started = performance.now();
    fresh.findEntities(text);
    runs.findEntities.push(performance.now() - started);
  }
  // The first 100 runs let the JIT optimise; the median of the other 200 is the steady state.
  const steady = (values: number[]) => median(values.slice(100));
  const tagMs = steady(runs.tag);
  console.log(`\nspeed on ${tokens.length} tokens (${sentences.length} sentences):`);
  console.log(`  loading the weights        ${loadMs.toFixed(1)} ms (once per process)`);
  console.log(`  first findEntities (cold)  ${coldMs.toFixed(2)} ms`);
  console.log('  steady state, median of 200 runs after 100 warm-up runs:');
  console.log(`    tokenize + splitSentences ${steady(runs.tokenize).toFixed(3)} ms`);
  console.log(
    `    tagTokens                 ${tagMs.toFixed(3)} ms (${Math.round(tokens.length / (tagMs / 1000))} tokens/s)`,
  );
  console.log(`    findEntities (all)        ${steady(runs.findEntities).toFixed(3)} ms`);
}

function main(): void {
  if (!args.includes('--no-speed')) timeSpeed();
  const tagger = loadTagger();
  console.log(`\nweights: ${WEIGHTS} (${tagger.featureCount} features)`);
  console.log('typed exact-span F1 on CrossNER dev, runtime tokenizer on detokenised text\n');
  console.log(
    `${'domain'.padEnd(12)}${['PER', 'ORG', 'LOC', 'micro', 'P', 'R'].map((h) => h.padStart(6)).join('')} support`,
  );
  const all: EntityCounts = {};
  for (const domain of DOMAINS) {
    const counts = evaluate(tagger, domain);
    addCounts(all, counts);
    printRow(domain, counts);
  }
  if (DOMAINS.length > 1) printRow('all', all);
}

main();
