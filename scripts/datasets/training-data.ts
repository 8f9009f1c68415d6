import { tagIndex } from '../../lib/analysis/tagger/tag-set';
import { type PreparedSentence, prepareSentence } from '../../lib/analysis/tagger/trainer';
import { CROSSNER_DOMAINS, type CrossnerDomain, readCrossner } from './read-crossner';
import { readWikigold } from './read-wikigold';
import type { TaggedSentence } from './types';

/** Every openly licensed sentence the tagger may learn from: CrossNER train and dev of five domains, Wikigold. */
export interface TrainingData {
  train: Map<CrossnerDomain, TaggedSentence[]>;
  dev: Map<CrossnerDomain, TaggedSentence[]>;
  wikigold: TaggedSentence[];
}

export function readTrainingData(datasets: string): TrainingData {
  const train = new Map<CrossnerDomain, TaggedSentence[]>();
  const dev = new Map<CrossnerDomain, TaggedSentence[]>();
  for (const domain of CROSSNER_DOMAINS) {
    train.set(domain, readCrossner(datasets, domain, 'train'));
    dev.set(domain, readCrossner(datasets, domain, 'dev'));
  }
  return { train, dev, wikigold: readWikigold(datasets) };
}

/**
 * Fold `fold` of `folds` of a list of sentences: one contiguous block. Contiguous, not every k-th
 * sentence: neighbouring sentences come from the same Wikipedia article and repeat its names, so
 * interleaved folds would let the tagger learn the very names it is then measured on.
 */
export function foldOf<T>(items: readonly T[], fold: number, folds: number): { held: T[]; rest: T[] } {
  const from = Math.floor((items.length * fold) / folds);
  const to = Math.floor((items.length * (fold + 1)) / folds);
  return { held: items.slice(from, to), rest: [...items.slice(0, from), ...items.slice(to)] };
}

/**
 * The sentences to train on: every train split and Wikigold, and the dev splits unless held out —
 * `devFold` keeps one fold of every domain's dev split and of Wikigold out of training
 * (cross-validation; Wikigold is the one set annotated like general news, CoNLL's PER/ORG/LOC/MISC),
 * `heldOutDev` keeps the dev splits out altogether.
 */
export function trainingSentences(
  data: TrainingData,
  options: { heldOutDev?: boolean; devFold?: { fold: number; folds: number } } = {},
): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  for (const domain of CROSSNER_DOMAINS) sentences.push(...(data.train.get(domain) ?? []));
  const { devFold } = options;
  sentences.push(...(devFold ? foldOf(data.wikigold, devFold.fold, devFold.folds).rest : data.wikigold));
  if (options.heldOutDev) return sentences;
  for (const domain of CROSSNER_DOMAINS) {
    const dev = data.dev.get(domain) ?? [];
    sentences.push(...(devFold ? foldOf(dev, devFold.fold, devFold.folds).rest : dev));
  }
  return sentences;
}

export function preparedSentences(sentences: readonly TaggedSentence[]): PreparedSentence[] {
  return sentences.map((sentence) =>
    prepareSentence({ words: sentence.tokens, tags: sentence.tags.map((tag) => tagIndex(tag)) }),
  );
}
