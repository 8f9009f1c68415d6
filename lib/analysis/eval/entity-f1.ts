/**
 * Typed exact-span entity F1, as used to measure actor recognition.
 *
 * A prediction is correct when a gold entity has exactly its span and type. Only the scored types (by
 * default PER, ORG, LOC) count. Gold entities of other types (MISC, elections, works, …) are out of scope: a
 * prediction that overlaps only out-of-scope gold entities counts neither way, as in the project's scoring
 * rule, so that a model is not punished for e.g. tagging a party inside an election name the data calls
 * an event.
 */

export type ScoredEntity = { start: number; end: number; type: string };

export type TypeCounts = { truePositives: number; falsePositives: number; falseNegatives: number };

export type EntityCounts = Record<string, TypeCounts>;

export type F1Score = { precision: number; recall: number; f1: number; support: number };

export const DEFAULT_SCORED_TYPES: readonly string[] = ['PER', 'ORG', 'LOC'];

function emptyCounts(types: readonly string[]): EntityCounts {
  const counts: EntityCounts = {};
  for (const type of types) counts[type] = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  return counts;
}

function overlaps(a: ScoredEntity, b: ScoredEntity): boolean {
  return a.start < b.end && b.start < a.end;
}

function spanKey(entity: ScoredEntity): string {
  return `${entity.start}:${entity.end}:${entity.type}`;
}

/** Counts true/false positives and false negatives per scored type for one document or sentence. */
export function countEntities(
  gold: readonly ScoredEntity[],
  predicted: readonly ScoredEntity[],
  scoredTypes: readonly string[] = DEFAULT_SCORED_TYPES,
): EntityCounts {
  const scored = new Set(scoredTypes);
  const counts = emptyCounts(scoredTypes);
  const goldInScope = gold.filter((entity) => scored.has(entity.type));
  const goldOutOfScope = gold.filter((entity) => !scored.has(entity.type));
  const unmatchedGold = new Map<string, number>();
  for (const entity of goldInScope) {
    const key = spanKey(entity);
    unmatchedGold.set(key, (unmatchedGold.get(key) ?? 0) + 1);
  }
  // Each gold entity matches at most one prediction; duplicate predictions count as false positives.
  for (const entity of predicted) {
    const typeCounts = counts[entity.type];
    if (typeCounts === undefined) continue;
    const key = spanKey(entity);
    const remaining = unmatchedGold.get(key) ?? 0;
    if (remaining > 0) {
      unmatchedGold.set(key, remaining - 1);
      typeCounts.truePositives++;
      continue;
    }
    const touchesInScope = goldInScope.some((other) => overlaps(entity, other));
    const touchesOutOfScope = goldOutOfScope.some((other) => overlaps(entity, other));
    if (touchesOutOfScope && !touchesInScope) continue;
    typeCounts.falsePositives++;
  }
  for (const entity of goldInScope) {
    const key = spanKey(entity);
    const remaining = unmatchedGold.get(key) ?? 0;
    if (remaining > 0) {
      unmatchedGold.set(key, remaining - 1);
      (counts[entity.type] as TypeCounts).falseNegatives++;
    }
  }
  return counts;
}

/** Adds `more` into `total` (types missing from `total` are added). */
export function addCounts(total: EntityCounts, more: EntityCounts): EntityCounts {
  for (const [type, typeCounts] of Object.entries(more)) {
    const target = total[type] ?? { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    target.truePositives += typeCounts.truePositives;
    target.falsePositives += typeCounts.falsePositives;
    target.falseNegatives += typeCounts.falseNegatives;
    total[type] = target;
  }
  return total;
}

function score(counts: TypeCounts): F1Score {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

export type F1Report = { perType: Record<string, F1Score>; micro: F1Score };

/** Per-type and micro-averaged precision, recall and F1 (fractions in 0..1). */
export function f1Report(
  counts: EntityCounts,
  scoredTypes: readonly string[] = DEFAULT_SCORED_TYPES,
): F1Report {
  const perType: Record<string, F1Score> = {};
  const micro: TypeCounts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const type of scoredTypes) {
    const typeCounts = counts[type] ?? { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    perType[type] = score(typeCounts);
    micro.truePositives += typeCounts.truePositives;
    micro.falsePositives += typeCounts.falsePositives;
    micro.falseNegatives += typeCounts.falseNegatives;
  }
  return { perType, micro: score(micro) };
}

/** Convenience: the report for a single set of gold and predicted entities. */
export function entityF1(
  gold: readonly ScoredEntity[],
  predicted: readonly ScoredEntity[],
  scoredTypes: readonly string[] = DEFAULT_SCORED_TYPES,
): F1Report {
  return f1Report(countEntities(gold, predicted, scoredTypes), scoredTypes);
}
