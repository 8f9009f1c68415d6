import type { Claim } from '../analysis';

/** A claim of a gold file (tests/fixtures/seed/gold.json). For hedged claims `sourceText` is the cue. */
export interface GoldClaim {
  kind: 'attributed' | 'hedged';
  source: string | null;
  sourceText: string;
  start: number;
  end: number;
}

export interface GoldClaimScore {
  /** Gold claims found on the same span with the same kind, source actor and source words. */
  found: number;
  gold: number;
  predicted: number;
  /** What went wrong, one line per gold claim not found right. */
  errors: string[];
}

export function scoreGoldClaims(gold: readonly GoldClaim[], predicted: readonly Claim[]): GoldClaimScore {
  const errors: string[] = [];
  let found = 0;
  for (const expected of gold) {
    const claim = predicted.find(
      (candidate) => candidate.start === expected.start && candidate.end === expected.end,
    );
    const written = claim?.kind === 'hedged' ? claim.cue : claim?.source?.text;
    const problems = [
      !claim && 'not found',
      claim && claim.kind !== expected.kind && `kind ${claim.kind}`,
      claim &&
        (claim.source?.actorId ?? null) !== expected.source &&
        `source actor ${claim.source?.actorId ?? 'none'}`,
      claim && written?.toLowerCase() !== expected.sourceText.toLowerCase() && `source "${written ?? ''}"`,
    ].filter(Boolean);
    if (problems.length === 0) found += 1;
    else
      errors.push(
        `${expected.kind} "${expected.sourceText}" ${expected.start}–${expected.end}: ${problems.join(', ')}`,
      );
  }
  return { found, gold: gold.length, predicted: predicted.length, errors };
}
