import { type Sentence, splitSentences, type Token, tokenize } from '../tokenize';
import { spansFromTags } from './bio';
import { CompactModel } from './compact-model';
import { ContextScores } from './context-scores';
import { transitionMask } from './decode';
import { decodeWithCachedScores } from './fast-decode';
import { ACTOR_TYPES, type ActorType, isTag, type Tag } from './tag-set';
import shippedWeights from './weights.json';
import type { WeightsFile } from './weights-format';
import { AFTER_ID, BEFORE_ID, WordScores } from './word-scores';

/** An actor found in text: UTF-16 offsets (end exclusive) and the text between them. */
export type EntityMention = { start: number; end: number; type: ActorType; text: string };

const ACTORS = new Set<string>(ACTOR_TYPES);

/** A loaded tagger. Build one per weights file and reuse it: loading decodes and indexes the weights. */
export class EntityTagger {
  private readonly model: CompactModel;
  private readonly tags: readonly Tag[];
  private readonly allowed: Uint8Array;
  /** Summed weights per distinct word, kept across calls (news repeats its words). */
  private readonly words: WordScores;
  private readonly context: ContextScores;
  /** The word ids of the sentence being tagged between edge pseudo-words, reused across sentences and calls. */
  private window = new Int32Array(132);
  private readonly scores: Float64Array;

  constructor(file: WeightsFile) {
    this.model = new CompactModel(file);
    const tags = this.model.tags;
    for (const tag of tags) if (!isTag(tag)) throw new Error(`Tagger weights use an unknown tag ${tag}`);
    this.tags = tags as readonly Tag[];
    this.allowed = transitionMask(tags);
    this.words = new WordScores(this.model);
    this.context = new ContextScores(this.model);
    this.scores = new Float64Array(this.model.classCount);
  }

  get featureCount(): number {
    return this.model.featureCount;
  }

  /**
   * One BIO tag per token. Context features never cross sentence boundaries; without `sentences` they are
   * found from the tokens alone (punctuation and abbreviations; newlines are not visible in tokens).
   */
  tagTokens(tokens: readonly Token[], sentences?: readonly Sentence[]): Tag[] {
    const words = this.words;
    words.reserveFor();
    const tagIndices = new Int32Array(tokens.length);
    for (const sentence of sentences ?? splitSentences('', tokens)) {
      const { tokenStart, tokenEnd } = sentence;
      const length = tokenEnd - tokenStart;
      if (this.window.length < length + 4) this.window = new Int32Array(length + 4);
      const window = this.window;
      window[0] = BEFORE_ID;
      window[1] = BEFORE_ID;
      for (let j = 0; j < length; j++) window[j + 2] = words.idOf((tokens[tokenStart + j] as Token).text);
      window[length + 2] = AFTER_ID;
      window[length + 3] = AFTER_ID;
      decodeWithCachedScores(
        this.model,
        words,
        this.context,
        window,
        length,
        this.allowed,
        this.scores,
        tagIndices,
        tokenStart,
      );
    }
    const tags: Tag[] = new Array(tagIndices.length);
    for (let i = 0; i < tagIndices.length; i++) tags[i] = this.tags[tagIndices[i] as number] ?? 'O';
    return tags;
  }

  /** People, organisations and places in `text` (MISC entities are recognised but not reported). */
  findEntities(text: string): EntityMention[] {
    const tokens = tokenize(text);
    const tags = this.tagTokens(tokens, splitSentences(text, tokens));
    return entitiesFromTags(text, tokens, tags);
  }
}

/** Turns token tags into actor mentions with character offsets. */
export function entitiesFromTags(
  text: string,
  tokens: readonly Token[],
  tags: readonly string[],
): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const span of spansFromTags(tags)) {
    if (!ACTORS.has(span.type)) continue;
    const first = tokens[span.start];
    const last = tokens[span.end - 1];
    if (first === undefined || last === undefined) continue;
    mentions.push({
      start: first.start,
      end: last.end,
      type: span.type as ActorType,
      text: text.slice(first.start, last.end),
    });
  }
  return mentions;
}

let shippedTagger: EntityTagger | null = null;

/** The tagger with the weights shipped in the extension, loaded on first use. */
export function getShippedTagger(): EntityTagger {
  shippedTagger ??= new EntityTagger(shippedWeights as WeightsFile);
  return shippedTagger;
}

/** Tags tokens with the shipped weights (see `EntityTagger.tagTokens`). */
export function tagTokens(tokens: readonly Token[], sentences?: readonly Sentence[]): Tag[] {
  return getShippedTagger().tagTokens(tokens, sentences);
}

/** Finds people, organisations and places in text with the shipped weights. */
export function findEntities(text: string): EntityMention[] {
  return getShippedTagger().findEntities(text);
}
