/**
 * ROUGE (Lin 2004), as used to compare a summary with a reference summary written by a person.
 *
 * ROUGE-N counts the n-grams the two share, each clipped to the number of times it occurs in the
 * other (a word repeated in the candidate is matched at most as often as the reference has it);
 * ROUGE-L takes the longest common subsequence of the two token sequences, the whole summary as one
 * sequence (as `rougeL` in Google's rouge-score, not the per-sentence union LCS of `rougeLsum`).
 * Precision is over the candidate, recall over the reference, F1 their harmonic mean.
 *
 * Text is lowercased and split into runs of letters, marks and digits (any script), with no stopword
 * removal. Nothing is stemmed: the scores run a little lower than ROUGE-1.5.5 with `-m` (Porter
 * stemming), the setting most published news figures use, since "talks" and "talk" do not match here.
 */

export type RougeScore = { precision: number; recall: number; f1: number };

export type RougeReport = { rouge1: RougeScore; rouge2: RougeScore; rougeL: RougeScore };

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

/** Lowercased alphanumeric runs; NFC first so that a precomposed and a decomposed "é" are one word. */
export function rougeTokens(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(TOKEN) ?? [];
}

/** ROUGE-1, ROUGE-2 and ROUGE-L of a candidate summary against one reference. */
export function rouge(candidate: string, reference: string): RougeReport {
  const candidateTokens = rougeTokens(candidate);
  const referenceTokens = rougeTokens(reference);
  return {
    rouge1: rougeN(candidateTokens, referenceTokens, 1),
    rouge2: rougeN(candidateTokens, referenceTokens, 2),
    rougeL: rougeL(candidateTokens, referenceTokens),
  };
}

/** ROUGE-N over token lists: shared n-grams, clipped counts. */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
  const candidateGrams = nGramCounts(candidate, n);
  const referenceGrams = nGramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of candidateGrams) overlap += Math.min(count, referenceGrams.get(gram) ?? 0);
  return score(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** ROUGE-L over token lists: the longest common subsequence. */
export function rougeL(candidate: readonly string[], reference: readonly string[]): RougeScore {
  return score(lcsLength(candidate, reference), candidate.length, reference.length);
}

/**
 * P = matched / candidate units, R = matched / reference units. An empty side scores 0, not NaN: a
 * system that says nothing has matched nothing, and a macro average must stay a number.
 */
function score(matched: number, candidateTotal: number, referenceTotal: number): RougeScore {
  const precision = candidateTotal === 0 ? 0 : matched / candidateTotal;
  const recall = referenceTotal === 0 ? 0 : matched / referenceTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function nGramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let start = 0; start + n <= tokens.length; start += 1) {
    // A space cannot occur inside a token, so joining on it keeps distinct n-grams distinct.
    const gram = tokens.slice(start, start + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Classic dynamic programme, one row at a time: summaries are short, references shorter. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const tokenA of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      current[j] =
        tokenA === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
