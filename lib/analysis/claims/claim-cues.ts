import cues from './cues.json';

// The claim vocabulary, kept as data (./cues.json).

export const SPEECH_VERBS: ReadonlySet<string> = new Set(cues.speechVerbs);
export const BELIEF_VERBS: ReadonlySet<string> = new Set(cues.beliefVerbs);
export const UNNAMED_SOURCE_NOUNS: ReadonlySet<string> = new Set(cues.unnamedSourceNouns);

/** Multi-word cues as lower-case word sequences, longest first so "appears to" wins over "appears". */
export const HEDGES: readonly string[][] = toSequences(cues.hedges);
export const SOURCE_OPENERS: readonly string[][] = toSequences(cues.sourceOpeners);

function toSequences(phrases: readonly string[]): string[][] {
  return phrases.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);
}
