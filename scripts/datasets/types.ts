/** A sentence of training or evaluation data: tokens with one BIO tag each over PER/ORG/LOC/MISC. */
export type TaggedSentence = {
  tokens: string[];
  tags: string[];
  /** The article the sentence is from, where the data marks articles (Wikigold's "-DOCSTART-"). */
  document?: number;
};
