/** A sentence of training or evaluation data: tokens with one BIO tag each over PER/ORG/LOC/MISC. */
export type TaggedSentence = { tokens: string[]; tags: string[] };
