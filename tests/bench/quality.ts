// `npm run bench:quality`: how well the engine finds actors, beside compromise measured in the same
// run. On the seed article's gold (tests/fixtures/seed) always; on the CrossNER dev splits when
// ../shared/datasets is present (they are development data, held out from the tagger's training).
import { readFileSync } from 'node:fs';
import type { Actor, ActorKind } from '../../lib/analysis/analysis';
import { analyze } from '../../lib/analysis/analyze';
import {
  addCounts,
  countEntities,
  type EntityCounts,
  f1Report,
  type ScoredEntity,
} from '../../lib/analysis/eval/entity-f1';
import { type GoldActor, scoreGoldActors } from '../../lib/analysis/eval/gold-actors';
import { type GoldClaim, scoreGoldClaims } from '../../lib/analysis/eval/gold-claims';
import { findEntities } from '../../lib/analysis/tagger/model';
import { goldText } from '../../scripts/datasets/gold-entities';
import { CROSSNER_DOMAINS, readCrossner } from '../../scripts/datasets/read-crossner';
import { compromiseEntities, type TypedSpan } from './compromise-baseline';
import { formatTable } from './measure';
import { FIXTURES, sharedDatasets } from './paths';
import { printSummaryRouge } from './summary-rouge';

const TYPE_OF_KIND: Record<ActorKind, string | null> = {
  person: 'PER',
  organization: 'ORG',
  state: 'LOC',
  place: 'LOC',
  other: null,
};
const KIND_OF_TYPE: Record<TypedSpan['type'], ActorKind> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'state',
};
const percent = (value: number) => (100 * value).toFixed(1);

/** The engine's mentions as typed entity spans; demonyms are not names of their own in NER data. */
function engineEntities(text: string): ScoredEntity[] {
  return analyze(text).actors.flatMap((actor) => {
    const type = TYPE_OF_KIND[actor.kind];
    if (!type) return [];
    return actor.mentions
      .filter((mention) => mention.form !== 'demonym')
      .map(({ start, end }) => ({ start, end, type }));
  });
}

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

function datasetReport(datasets: string): void {
  console.log('\nCrossNER dev splits (held out from training), typed exact-span F1 over PER/ORG/LOC:\n');
  const rows: (string | number)[][] = [];
  for (const domain of CROSSNER_DOMAINS) {
    const counts = { engine: {} as EntityCounts, tagger: {} as EntityCounts, compromise: {} as EntityCounts };
    for (const sentence of readCrossner(datasets, domain, 'dev')) {
      const { text, entities } = goldText(sentence);
      addCounts(counts.engine, countEntities(entities, engineEntities(text)));
      addCounts(counts.tagger, countEntities(entities, findEntities(text)));
      addCounts(counts.compromise, countEntities(entities, compromiseEntities(text)));
    }
    const engine = f1Report(counts.engine);
    rows.push([
      domain,
      percent(engine.micro.f1),
      ['PER', 'ORG', 'LOC'].map((type) => percent(engine.perType[type]?.f1 ?? 0)).join(' / '),
      percent(f1Report(counts.tagger).micro.f1),
      percent(f1Report(counts.compromise).micro.f1),
      engine.micro.support,
    ]);
  }
  console.log(
    formatTable(
      ['domain', 'engine F1', 'engine PER/ORG/LOC', 'tagger alone', 'compromise', 'gold entities'],
      rows,
    ),
  );
}

seedReport();
const datasets = sharedDatasets();
if (datasets) datasetReport(datasets);
else console.log('\n../shared/datasets is not here: the CrossNER rows are skipped.');
printSummaryRouge();
