import { type Sentence, splitSentences, type Token, tokenize } from '../tokenize';
import { spansFromTags } from './bio';
import { CompactModel } from './compact-model';
import { decodeGreedy, transitionMask } from './decode';
import * as features from './features';
import { ACTOR_TYPES, type ActorType, isTag, type Tag } from './tag-set';
import shippedWeights from './weights.json';
import type { WeightsFile } from './weights-format';

/** An actor found in text: UTF-16 offsets (end exclusive) and the text between them. */
export type EntityMention = { start: number; end: number; type: ActorType; text: string };

const ACTORS = new Set<string>(ACTOR_TYPES);

// Local bindings for the per-token loop (module runners may compile imports to property getters).
const { computeTokenInfo, STATIC_FEATURE_COUNT, writeStaticFeatures } = features;

/** A loaded tagger. Build one per weights file and reuse it: loading decodes and indexes the weights. */
export class EntityTagger {
  private readonly model: CompactModel;
  private readonly tags: readonly Tag[];
  private readonly allowed: Uint8Array;
  /**
   * Static features of the sentence being tagged, reused across sentences and calls: one buffer for a whole
   * article would be a fresh 130 KB allocation per call, which costs page faults on some systems.
   */
  private staticFeatures = new Int32Array(128 * STATIC_FEATURE_COUNT);

  constructor(file: WeightsFile) {
    this.model = new CompactModel(file);
    const tags = this.model.tags;
    for (const tag of tags) if (!isTag(tag)) throw new Error(`Tagger weights use an unknown tag ${tag}`);
    this.tags = tags as readonly Tag[];
    this.allowed = transitionMask(tags);
  }

  get featureCount(): number {
    return this.model.featureCount;
  }

  /**
   * One BIO tag per token. Context features never cross sentence boundaries; without `sentences` they are
   * found from the tokens alone (punctuation and abbreviations; newlines are not visible in tokens).
   */
  tagTokens(tokens: readonly Token[], sentences?: readonly Sentence[]): Tag[] {
    const words = tokens.map((token) => token.text);
    const info = computeTokenInfo(words);
    const tagIndices = new Int32Array(words.length);
    for (const sentence of sentences ?? splitSentences('', tokens)) {
      const { tokenStart, tokenEnd } = sentence;
      const needed = (tokenEnd - tokenStart) * STATIC_FEATURE_COUNT;
      if (this.staticFeatures.length < needed) this.staticFeatures = new Int32Array(needed);
      const staticFeatures = this.staticFeatures;
      for (let i = tokenStart; i < tokenEnd; i++) {
        writeStaticFeatures(
          info,
          i,
          tokenStart,
          tokenEnd,
          staticFeatures,
          (i - tokenStart) * STATIC_FEATURE_COUNT,
        );
      }
      decodeGreedy(this.model, info, staticFeatures, tokenStart, tokenEnd, this.allowed, tagIndices);
    }
    return Array.from(tagIndices, (index) => this.tags[index] ?? 'O');
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
