// The engine's actors on the CrossNER dev splits and Wikigold, held out by cross-validation. The
// shipped tagger learns from all of them (scripts/train-tagger.ts), so scoring it on them would score
// training data: instead every dev split and Wikigold are cut into five contiguous folds, and each
// fold is scored by weights trained on everything else (train splits, the other four folds) with the
// shipped recipe. Beside it, in the same run: weights trained without any dev sentence (how the
// tagger was trained before), and compromise.

import { findActors } from '../../lib/analysis/actors/find-actors';
import type { Actor, ActorKind } from '../../lib/analysis/analysis';
import {
  addCounts,
  countEntities,
  type EntityCounts,
  f1Report,
  type ScoredEntity,
} from '../../lib/analysis/eval/entity-f1';
import { getKnowledgeBase } from '../../lib/analysis/knowledge/knowledge-base';
import { EntityTagger } from '../../lib/analysis/tagger/model';
import { SHIPPED_RECIPE, trainWeights } from '../../lib/analysis/tagger/train-weights';
import { splitSentences, tokenize } from '../../lib/analysis/tokenize';
import { type GoldText, goldArticles, goldText } from '../../scripts/datasets/gold-entities';
import { CROSSNER_DOMAINS, type CrossnerDomain } from '../../scripts/datasets/read-crossner';
import {
  foldOf,
  preparedSentences,
  readTrainingData,
  type TrainingData,
  trainingSentences,
} from '../../scripts/datasets/training-data';
import { compromiseEntities } from './compromise-baseline';
import { formatTable } from './measure';

export const FOLDS = 5;

const TYPE_OF_KIND: Record<ActorKind, string | null> = {
  person: 'PER',
  organization: 'ORG',
  state: 'LOC',
  place: 'LOC',
  other: null,
};

/** The engine's mentions as typed entity spans; demonyms are not names of their own in NER data. */
export function entitiesOfActors(actors: readonly Actor[]): ScoredEntity[] {
  return actors.flatMap((actor) => {
    const type = TYPE_OF_KIND[actor.kind];
    if (!type) return [];
    return actor.mentions
      .filter((mention) => mention.form !== 'demonym')
      .map(({ start, end }) => ({ start, end, type }));
  });
}

export interface Scores {
  engine: EntityCounts;
  tagger: EntityCounts;
}

export function emptyScores(): Scores {
  return { engine: {}, tagger: {} };
}

/** Scores the engine (knowledge base, rules and this tagger) and the tagger alone on gold texts. */
export function scoreTexts(scores: Scores, tagger: EntityTagger, texts: readonly GoldText[]): void {
  const knowledgeBase = getKnowledgeBase();
  for (const { text, entities } of texts) {
    const tokens = tokenize(text);
    const actors = findActors(
      { text, tokens, sentences: splitSentences(text, tokens) },
      knowledgeBase,
      tagger,
    );
    addCounts(scores.engine, countEntities(entities, entitiesOfActors(actors)));
    addCounts(scores.tagger, countEntities(entities, tagger.findEntities(text)));
  }
}

function trainedTagger(data: TrainingData, options: Parameters<typeof trainingSentences>[1]): EntityTagger {
  return new EntityTagger(trainWeights(preparedSentences(trainingSentences(data, options)), SHIPPED_RECIPE));
}

const percent = (value: number) => (100 * value).toFixed(1);

/** Trains 1 + FOLDS taggers (about a minute each on a small machine) and prints the table. */
export function printCrossValidatedNer(datasets: string, log: (line: string) => void = console.error): void {
  const data = readTrainingData(datasets);
  const crossValidated = new Map<CrossnerDomain, Scores>(CROSSNER_DOMAINS.map((d) => [d, emptyScores()]));
  const withoutDev = new Map<CrossnerDomain, Scores>(CROSSNER_DOMAINS.map((d) => [d, emptyScores()]));
  const wikigold = emptyScores();
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  log('training the tagger without the dev splits (the baseline)…');
  const baseline = trainedTagger(data, { heldOutDev: true });
  for (const domain of CROSSNER_DOMAINS)
    scoreTexts(withoutDev.get(domain) as Scores, baseline, (data.dev.get(domain) ?? []).map(goldText));
  for (let fold = 0; fold < FOLDS; fold++) {
    log(`${elapsed()}: fold ${fold + 1} of ${FOLDS}, training on everything else…`);
    const tagger = trainedTagger(data, { devFold: { fold, folds: FOLDS } });
    for (const domain of CROSSNER_DOMAINS) {
      const { held } = foldOf(data.dev.get(domain) ?? [], fold, FOLDS);
      scoreTexts(crossValidated.get(domain) as Scores, tagger, held.map(goldText));
    }
    scoreTexts(wikigold, tagger, goldArticles(foldOf(data.wikigold, fold, FOLDS).held));
  }
  log(`${elapsed()}: done`);
  const row = (name: string, texts: readonly GoldText[], cv: Scores, withoutDevScores?: Scores) => {
    const engine = f1Report(cv.engine);
    const compromise: EntityCounts = {};
    for (const { text, entities } of texts)
      addCounts(compromise, countEntities(entities, compromiseEntities(text)));
    return [
      name,
      percent(engine.micro.f1),
      ['PER', 'ORG', 'LOC'].map((type) => percent(engine.perType[type]?.f1 ?? 0)).join(' / '),
      percent(f1Report(cv.tagger).micro.f1),
      withoutDevScores ? percent(f1Report(withoutDevScores.engine).micro.f1) : '(trained on it)',
      percent(f1Report(compromise).micro.f1),
      engine.micro.support,
    ];
  };
  const rows = [
    ...CROSSNER_DOMAINS.map((domain) =>
      row(
        domain,
        (data.dev.get(domain) ?? []).map(goldText),
        crossValidated.get(domain) as Scores,
        withoutDev.get(domain) as Scores,
      ),
    ),
    row('wikigold (CoNLL types)', goldArticles(data.wikigold), wikigold),
  ];
  console.log(
    `\nCrossNER dev splits (sentence by sentence) and Wikigold (annotated with CoNLL-2003's types, the closest here to general news; each article read whole), typed exact-span F1 over PER/ORG/LOC, each sentence scored by weights that never saw it (${FOLDS}-fold cross-validation, contiguous folds):\n`,
  );
  console.log(
    formatTable(
      [
        'domain',
        'engine F1',
        'engine PER/ORG/LOC',
        'tagger alone',
        'engine, tagger without dev',
        'compromise',
        'gold entities',
      ],
      rows,
    ),
  );
}
