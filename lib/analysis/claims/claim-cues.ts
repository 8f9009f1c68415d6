import cues from './cues.json';

// The claim vocabulary, kept as data (./cues.json).

export const SPEECH_VERBS: ReadonlySet<string> = new Set(cues.speechVerbs);
export const BELIEF_VERBS: ReadonlySet<string> = new Set(cues.beliefVerbs);
export const UNNAMED_SOURCE_NOUNS: ReadonlySet<string> = new Set(cues.unnamedSourceNouns);

/** Multi-word cues as lower-case word sequences, longest first so "appears to" wins over "appears". */
export const HEDGES: readonly string[][] = toSequences(cues.hedges);
export const SOURCE_OPENERS: readonly string[][] = toSequences(cues.sourceOpeners);

/** What a word can be the (first) word of, as bit flags: a claim scan looks each word up once. */
export const CUE_OPENER = 1;
export const CUE_SPEECH = 2;
export const CUE_BELIEF = 4;
export const CUE_HEDGE = 8;
export const CUE_FLAGS: ReadonlyMap<string, number> = cueFlags();

function cueFlags(): Map<string, number> {
  const flags = new Map<string, number>();
  const mark = (word: string, flag: number) => flags.set(word, (flags.get(word) ?? 0) | flag);
  for (const sequence of SOURCE_OPENERS) mark(sequence[0] ?? '', CUE_OPENER);
  for (const verb of SPEECH_VERBS) mark(verb, CUE_SPEECH);
  for (const verb of BELIEF_VERBS) mark(verb, CUE_BELIEF);
  for (const sequence of HEDGES) mark(sequence[0] ?? '', CUE_HEDGE);
  return flags;
}

/** Sequences by their first word, so a scan tries only the cues that can start at a word. */
export function byFirstWord(sequences: readonly string[][]): ReadonlyMap<string, readonly string[][]> {
  const index = new Map<string, string[][]>();
  for (const sequence of sequences) {
    const first = sequence[0] ?? '';
    index.set(first, [...(index.get(first) ?? []), sequence]);
  }
  return index;
}

function toSequences(phrases: readonly string[]): string[][] {
  return phrases.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);
}
