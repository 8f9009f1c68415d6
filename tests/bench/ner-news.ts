// The engine's actors on unseen general news: the 73 AQUAINT newswire stories of TempEval-3 (AP, New
// York Times, Xinhua, 1998–2000), annotated for this project with CoNLL-2003's types
// (tests/fixtures/aquaint-entities/README.md). No tagger weights, rule or knowledge-base entry was
// made from them: they only measure, with the shipped weights, beside compromise.

import { findActors } from '../../lib/analysis/actors/find-actors';
import { addCounts, countEntities, type EntityCounts, f1Report } from '../../lib/analysis/eval/entity-f1';
import { getKnowledgeBase } from '../../lib/analysis/knowledge/knowledge-base';
import { getShippedTagger } from '../../lib/analysis/tagger/model';
import { splitSentences, tokenize } from '../../lib/analysis/tokenize';
import { readAquaintEntities } from '../../scripts/datasets/read-aquaint-entities';
import { compromiseEntities } from './compromise-baseline';
import { formatTable } from './measure';
import { entitiesOfActors } from './ner-cross-validation';
import { FIXTURES } from './paths';

const percent = (value: number) => (100 * value).toFixed(1);

function row(name: string, counts: EntityCounts): string[] {
  const report = f1Report(counts);
  return [
    name,
    percent(report.micro.f1),
    `${percent(report.micro.precision)} / ${percent(report.micro.recall)}`,
    ['PER', 'ORG', 'LOC'].map((type) => percent(report.perType[type]?.f1 ?? 0)).join(' / '),
    String(report.micro.support),
  ];
}

export function printNewsNer(datasets: string): void {
  const stories = readAquaintEntities(`${FIXTURES}aquaint-entities/`, `${datasets}tempeval3-aquaint/`);
  const knowledgeBase = getKnowledgeBase();
  const tagger = getShippedTagger();
  const engine: EntityCounts = {};
  const taggerAlone: EntityCounts = {};
  const compromise: EntityCounts = {};
  for (const { text, entities } of stories) {
    const tokens = tokenize(text);
    const actors = findActors(
      { text, tokens, sentences: splitSentences(text, tokens) },
      knowledgeBase,
      tagger,
    );
    addCounts(engine, countEntities(entities, entitiesOfActors(actors)));
    addCounts(taggerAlone, countEntities(entities, tagger.findEntities(text)));
    addCounts(compromise, countEntities(entities, compromiseEntities(text)));
  }
  console.log(
    `\nUnseen general news: ${stories.length} AQUAINT newswire stories (TempEval-3), annotated here with CoNLL-2003's types, each story read whole; typed exact-span F1 over PER/ORG/LOC with the shipped weights:\n`,
  );
  console.log(
    formatTable(
      ['system', 'F1', 'P / R', 'PER / ORG / LOC', 'gold entities'],
      [row('engine', engine), row('tagger alone', taggerAlone), row('compromise', compromise)],
    ),
  );
}
