import type { Actor } from '../analysis';

/** An actor of a gold file (tests/fixtures/seed/gold.json): every mention, each required or optional. */
export interface GoldActor {
  id: string;
  name: string;
  kind: string;
  required: boolean;
  roleInArticle?: string;
  mentions: { start: number; end: number; text: string; required: boolean }[];
}

export interface GoldActorScore {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Required gold actors that no predicted actor stands for. */
  missingActors: string[];
  /** Required gold actors whose mentions were spread over two or more predicted actors. */
  splitActors: string[];
  /** Which gold actor each predicted actor was taken to be (by most shared mentions). */
  alignment: Map<string, string>;
  /** Each error, for a reader to look at: "FP 'Tel Aviv' 336–344 given to tel-aviv". */
  errors: string[];
}

/**
 * Mention-level F1 against gold actors, as DESIGN.md defines it: a predicted mention is right when a
 * gold mention has exactly its span and belongs to the gold actor its predicted actor stands for.
 * Optional gold mentions given to the right actor count neither way; given to a wrong actor they are
 * false positives. A prediction on a span no gold mention has is a false positive.
 */
export function scoreGoldActors(
  gold: readonly GoldActor[],
  predicted: readonly Actor[],
  text = '',
): GoldActorScore {
  const goldBySpan = new Map<string, { actorId: string; required: boolean }>();
  for (const actor of gold) {
    for (const mention of actor.mentions) {
      goldBySpan.set(`${mention.start}:${mention.end}`, { actorId: actor.id, required: mention.required });
    }
  }
  const alignment = alignActors(predicted, goldBySpan);

  let truePositives = 0;
  let falsePositives = 0;
  const matched = new Set<string>();
  const errors: string[] = [];
  const predictedActorsPerGold = new Map<string, Set<string>>();
  for (const actor of predicted) {
    const standsFor = alignment.get(actor.id);
    for (const mention of actor.mentions) {
      const key = `${mention.start}:${mention.end}`;
      const goldMention = goldBySpan.get(key);
      if (goldMention && goldMention.actorId === standsFor) {
        if (goldMention.required) {
          truePositives += 1;
          matched.add(key);
          const set = predictedActorsPerGold.get(standsFor) ?? new Set<string>();
          set.add(actor.id);
          predictedActorsPerGold.set(standsFor, set);
        }
        continue;
      }
      falsePositives += 1;
      errors.push(`FP ${JSON.stringify(text.slice(mention.start, mention.end))} ${key} given to ${actor.id}`);
    }
  }
  let falseNegatives = 0;
  for (const actor of gold) {
    for (const mention of actor.mentions) {
      const key = `${mention.start}:${mention.end}`;
      if (mention.required && !matched.has(key)) {
        falseNegatives += 1;
        errors.push(`FN ${JSON.stringify(mention.text)} ${key} of ${actor.id}`);
      }
    }
  }
  const requiredActors = gold.filter((actor) => actor.required);
  const standIns = new Set(alignment.values());
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePositives + falseNegatives);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    truePositives,
    falsePositives,
    falseNegatives,
    missingActors: requiredActors.filter((actor) => !standIns.has(actor.id)).map((actor) => actor.id),
    splitActors: requiredActors
      .filter((actor) => (predictedActorsPerGold.get(actor.id)?.size ?? 0) > 1)
      .map((actor) => actor.id),
    alignment,
    errors,
  };
}

function alignActors(
  predicted: readonly Actor[],
  goldBySpan: ReadonlyMap<string, { actorId: string }>,
): Map<string, string> {
  const alignment = new Map<string, string>();
  for (const actor of predicted) {
    const votes = new Map<string, number>();
    for (const mention of actor.mentions) {
      const gold = goldBySpan.get(`${mention.start}:${mention.end}`);
      if (gold) votes.set(gold.actorId, (votes.get(gold.actorId) ?? 0) + 1);
    }
    let best: string | undefined;
    for (const [goldId, count] of votes)
      if (best === undefined || count > (votes.get(best) ?? 0)) best = goldId;
    if (best !== undefined) alignment.set(actor.id, best);
  }
  return alignment;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
