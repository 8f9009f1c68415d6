// The engine's actors on unseen general news: the 73 AQUAINT newswire stories of TempEval-3 (AP, New
// York Times, Xinhua, 1998–2000), annotated for this project with CoNLL-2003's types
// (tests/fixtures/aquaint-entities/README.md). No tagger weights, rule or knowledge-base entry was
// made from them: they only measure, with the shipped weights, beside compromise.

import { addCounts, countEntities, type EntityCounts, f1Report } from '../../lib/analysis/eval/entity-f1';
import { getShippedTagger } from '../../lib/analysis/tagger/model';
import { readAquaintEntities } from '../../scripts/datasets/read-aquaint-entities';
import { compromiseEntities } from './compromise-baseline';
import { formatTable } from './measure';
import { emptyScores, scoreTexts } from './ner-cross-validation';
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
  const scores = emptyScores();
  scoreTexts(scores, getShippedTagger(), stories);
  const compromise: EntityCounts = {};
  for (const { text, entities } of stories)
    addCounts(compromise, countEntities(entities, compromiseEntities(text)));
  console.log(
    `\nUnseen general news: ${stories.length} AQUAINT newswire stories (TempEval-3), annotated here with CoNLL-2003's types, each story read whole; typed exact-span F1 over PER/ORG/LOC with the shipped weights:\n`,
  );
  console.log(
    formatTable(
      ['system', 'F1', 'P / R', 'PER / ORG / LOC', 'gold entities'],
      [row('engine', scores.engine), row('tagger alone', scores.tagger), row('compromise', compromise)],
    ),
  );
}
