// `npm run bench:quality`: how well the engine finds actors, beside compromise measured in the same
// run. On the seed article's gold (tests/fixtures/seed) always; on the CrossNER dev splits when
// ../shared/datasets is present, cross-validated (tests/bench/ner-cross-validation.ts: the shipped
// tagger learned from them, so each fold is scored by weights trained without it).
import { readFileSync } from 'node:fs';
import type { Actor, ActorKind } from '../../lib/analysis/analysis';
import { analyze } from '../../lib/analysis/analyze';
import { type GoldActor, scoreGoldActors } from '../../lib/analysis/eval/gold-actors';
import { type GoldClaim, scoreGoldClaims } from '../../lib/analysis/eval/gold-claims';
import { compromiseEntities, type TypedSpan } from './compromise-baseline';
import { formatTable } from './measure';
import { printCrossValidatedNer } from './ner-cross-validation';
import { printNewsNer } from './ner-news';
import { FIXTURES, sharedDatasets } from './paths';
import { printSummaryRouge } from './summary-rouge';

const KIND_OF_TYPE: Record<TypedSpan['type'], ActorKind> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'state',
};
const percent = (value: number) => (100 * value).toFixed(1);

/** compromise does not group mentions; one actor per distinct spelling is the fairest reading of it. */
function compromiseActors(text: string): Actor[] {
  const actors = new Map<string, Actor>();
  for (const span of compromiseEntities(text)) {
    const name = text.slice(span.start, span.end);
    const actor = actors.get(name) ?? { id: name, name, kind: KIND_OF_TYPE[span.type], mentions: [] };
    actor.mentions.push({ start: span.start, end: span.end });
    actors.set(name, actor);
  }
  return [...actors.values()];
}

function seedReport(): void {
  const text = readFileSync(`${FIXTURES}seed/article.txt`, 'utf8');
  const gold = JSON.parse(readFileSync(`${FIXTURES}seed/gold.json`, 'utf8')) as {
    actors: GoldActor[];
    claims: GoldClaim[];
  };
  const engine = analyze(text, { publishedAt: '2025-03-13' });
  const ours = scoreGoldActors(gold.actors, engine.actors, text);
  const theirs = scoreGoldActors(gold.actors, compromiseActors(text), text);
  const required = gold.actors.filter((actor) => actor.required).length;
  console.log('Seed article (tests/fixtures/seed/gold.json), actor mentions:\n');
  console.log(
    formatTable(
      ['system', 'P', 'R', 'F1', 'required actors found', 'split'],
      [
        [
          'Ahram Lens engine',
          percent(ours.precision),
          percent(ours.recall),
          percent(ours.f1),
          `${required - ours.missingActors.length}/${required}`,
          ours.splitActors.length,
        ],
        [
          'compromise',
          percent(theirs.precision),
          percent(theirs.recall),
          percent(theirs.f1),
          `${required - theirs.missingActors.length}/${required}`,
          theirs.splitActors.length,
        ],
      ],
    ),
  );
  if (ours.errors.length > 0) console.log(`\nEngine errors on the seed:\n  ${ours.errors.join('\n  ')}`);
  const claims = scoreGoldClaims(gold.claims, engine.claims);
  console.log(
    `\nClaims: ${claims.found}/${claims.gold} gold claims found with their kind and source; ${claims.predicted} claims in all (at most 20 wanted).`,
  );
  for (const error of claims.errors) console.log(`  ${error}`);
  console.log(
    '\nDates of the seed (value · text) and its timeline (npm run bench:dates measures dates on TempEval-3):',
  );
  for (const date of engine.dates)
    console.log(`  ${date.value.padEnd(12)} ${text.slice(date.start, date.end)}`);
  for (const entry of engine.timeline) console.log(`  ▸ ${entry.date.padEnd(11)} ${entry.label}`);
  console.log(
    '\nSummary of the seed (printed to be read; its ROUGE against the lede is in the summary table below):',
  );
  for (const span of engine.summary) console.log(`  · ${text.slice(span.start, span.end)}`);
  console.log('\nRoles of the seed people (engine · gold):');
  for (const goldActor of gold.actors.filter((actor) => actor.kind === 'person')) {
    const found = engine.actors.find((actor) => ours.alignment.get(actor.id) === goldActor.id);
    console.log(`  ${goldActor.name}: ${found?.role ?? '—'} · ${goldActor.roleInArticle ?? '—'}`);
  }
}

seedReport();
const datasets = sharedDatasets();
if (datasets) {
  printNewsNer(datasets);
  printCrossValidatedNer(datasets);
} else console.log('\n../shared/datasets is not here: the CrossNER rows are skipped.');
printSummaryRouge();
