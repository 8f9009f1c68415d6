import { FNV_OFFSET, featureHash as importedFeatureHash, hashStep as importedHashStep } from './hashing';

// Local bindings for the hot loops: module runners that compile imports to property getters (tsx, vitest)
// would otherwise pay a getter call per feature.
const featureHash = importedFeatureHash;
const hashStep = importedHashStep;

/**
 * Feature extraction for the entity tagger.
 *
 * Per token we first compute a few hashes once (normalised lowercase word, word shapes, prefixes and
 * suffixes, capitalisation class, flags); a feature is then the hash of a template id and those values.
 * Static features (everything but previous tags) are written for all tokens up front; the features that
 * depend on the previously predicted tags are produced while decoding.
 *
 * To add a feature source later (e.g. a gazetteer match per token), add a per-token array to `TokenInfo`,
 * a template id below, and one line in `writeStaticFeatures`; `STATIC_FEATURE_COUNT` follows. Old weights
 * then simply have no weights for the new template. Tagging scores the same templates through cached sums
 * (word-scores.ts, context-scores.ts): a new template must be added there too.
 */

// Template ids. Never renumber: the ids are part of the hashes stored in weights.json.
export const T_BIAS = 0;
export const T_WORD = 1;
export const T_SHAPE = 2;
export const T_SHAPE_CAPPED = 3;
export const T_PREFIX = [4, 5, 6, 7] as const;
export const T_SUFFIX = [8, 9, 10, 11] as const;
export const T_CAPITALISATION = 12;
export const T_FLAGS = 13;
export const T_LENGTH_CAPITALISATION = 14;
export const T_INITIAL_CAPITALISATION = 15;
export const T_INITIAL_WORD = 16;
export const T_PREV_WORD = 17;
export const T_PREV2_WORD = 18;
export const T_NEXT_WORD = 19;
export const T_NEXT2_WORD = 20;
export const T_PREV_SHAPE = 21;
export const T_NEXT_SHAPE = 22;
export const T_PREV2_SHAPE = 23;
export const T_NEXT2_SHAPE = 24;
export const T_PREV_WORD_WORD = 25;
export const T_WORD_NEXT_WORD = 26;
export const T_SHAPE_TRIGRAM = 27;
export const T_CAPITALISATION_TRIGRAM = 28;
export const T_PREV_SUFFIX3 = 29;
export const T_NEXT_SUFFIX3 = 30;
export const T_PREV_WORD_SHAPE = 31;
export const T_SHAPE_NEXT_WORD = 32;
// Templates over previously predicted tags.
export const T_PREV_TAG = 40;
export const T_PREV2_TAGS = 41;
export const T_PREV_TAG_WORD = 42;
export const T_PREV_TAG_SHAPE = 43;
export const T_PREV_TAG_NEXT_WORD = 44;

export const STATIC_FEATURE_COUNT = 33;
export const TAG_FEATURE_COUNT = 5;

/** Capitalisation classes. */
const CAP_NO_LETTERS = 1;
const CAP_LOWER = 2;
const CAP_TITLE = 3;
const CAP_ALL_CAPS = 4;
const CAP_MIXED = 5;
const CAP_CASELESS = 6;

/** Flag bits. */
const FLAG_HYPHEN = 1;
const FLAG_APOSTROPHE = 2;
const FLAG_PERIOD = 4;
const FLAG_DIGIT = 8;
const FLAG_INNER_CAPITAL = 16;

/** Values standing for the words and shapes beyond the sentence edges. */
export const BEFORE_SENTENCE = 0x5bef0e;
export const AFTER_SENTENCE = 0xaf7e25;
/** Capitalisation value of a neighbour beyond the sentence edge (the classes above are 1–6). */
export const NO_CAPITALISATION = 0;

/** Per-token values that features are built from; one entry per token of the whole text. */
export type TokenInfo = {
  length: number;
  word: Int32Array;
  shape: Int32Array;
  shapeCapped: Int32Array;
  prefixes: Int32Array; // 4 per token
  suffixes: Int32Array; // 4 per token
  capitalisation: Int32Array;
  flags: Int32Array;
  lengthClass: Int32Array;
};

/**
 * Folds typographic variants onto what the (mostly ASCII) training text uses, and all digits onto "0" so
 * that numbers generalise ("1948" and "2023" are the same word to the tagger).
 */
function normaliseCode(code: number): number {
  if (code < 128) return code >= 48 && code <= 57 ? 48 : code;
  switch (code) {
    case 0x2018:
    case 0x2019:
    case 0x02bc:
    case 0x2032:
      return 39; // '
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x00ab:
    case 0x00bb:
      return 34; // "
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
      return 45; // -
    case 0x2026:
      return 46; // … as .
  }
  if ((code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)) return 48;
  return code;
}

const LETTER = /\p{L}/u;

/** Shape class of a char: X upper, x lower, d digit, a caseless letter, else the normalised char. */
function shapeCode(char: string, code: number): number {
  if (code < 128) {
    if (code >= 65 && code <= 90) return 88; // X
    if (code >= 97 && code <= 122) return 120; // x
    if (code >= 48 && code <= 57) return 100; // d
    return code;
  }
  const normalised = normaliseCode(code);
  if (normalised === 48) return 100;
  if (normalised !== code) return normalised;
  if (char.toLowerCase() !== char) return 88;
  if (char.toUpperCase() !== char) return 120;
  if (LETTER.test(char)) return 97; // a
  return code;
}

function lengthClass(length: number): number {
  if (length <= 4) return length;
  if (length <= 6) return 5;
  if (length <= 9) return 6;
  return 7;
}

/** Computes the per-token values for a sequence of token texts. */
export function computeTokenInfo(words: readonly string[]): TokenInfo {
  const info = createTokenInfo(words.length);
  for (let t = 0; t < words.length; t++) writeTokenInfo(info, t, words[t] as string);
  return info;
}

/** Room for the values of `n` tokens. */
export function createTokenInfo(n: number): TokenInfo {
  return {
    length: n,
    word: new Int32Array(n),
    shape: new Int32Array(n),
    shapeCapped: new Int32Array(n),
    prefixes: new Int32Array(n * 4),
    suffixes: new Int32Array(n * 4),
    capitalisation: new Int32Array(n),
    flags: new Int32Array(n),
    lengthClass: new Int32Array(n),
  };
}

/** Writes the values of one token, `word`, at index `t` of `info`. */
export function writeTokenInfo(info: TokenInfo, t: number, word: string): void {
  const lower = word.toLowerCase();
  const length = word.length;
  // Prefixes are snapshots of the word hash after 1–4 chars; suffixes hash the last chars backwards.
  // A word shorter than an affix gives the whole word as that affix.
  let hash = FNV_OFFSET;
  for (let i = 0; i < lower.length; i++) {
    hash = hashStep(hash, normaliseCode(lower.charCodeAt(i)));
    if (i < 4) info.prefixes[t * 4 + i] = hash;
  }
  info.word[t] = hash;
  let suffix = FNV_OFFSET;
  for (let k = 0; k < 4; k++) {
    if (k < lower.length) suffix = hashStep(suffix, normaliseCode(lower.charCodeAt(lower.length - 1 - k)));
    if (k >= lower.length) info.prefixes[t * 4 + k] = hash;
    info.suffixes[t * 4 + k] = suffix;
  }
  let shape = FNV_OFFSET;
  let shapeCapped = FNV_OFFSET;
  let previousShape = -1;
  let run = 0;
  let uppers = 0;
  let lowers = 0;
  let caseless = 0;
  let flags = 0;
  let firstIsUpper = false;
  for (let i = 0; i < length; i++) {
    const code = word.charCodeAt(i);
    const s = shapeCode(code < 128 ? '' : word.charAt(i), code);
    if (s === previousShape) {
      run++;
    } else {
      shape = hashStep(shape, s);
      previousShape = s;
      run = 1;
    }
    if (run <= 4) shapeCapped = hashStep(shapeCapped, s);
    if (s === 88) {
      uppers++;
      if (i === 0) firstIsUpper = true;
      else flags |= FLAG_INNER_CAPITAL;
    } else if (s === 120) lowers++;
    else if (s === 97) caseless++;
    else if (s === 100) flags |= FLAG_DIGIT;
    else if (s === 45) flags |= FLAG_HYPHEN;
    else if (s === 39) flags |= FLAG_APOSTROPHE;
    else if (s === 46) flags |= FLAG_PERIOD;
  }
  info.shape[t] = shape;
  info.shapeCapped[t] = shapeCapped;
  info.flags[t] = flags;
  info.lengthClass[t] = lengthClass(length);
  let capitalisation = CAP_NO_LETTERS;
  if (uppers + lowers === 0) capitalisation = caseless > 0 ? CAP_CASELESS : CAP_NO_LETTERS;
  else if (uppers === 0) capitalisation = CAP_LOWER;
  else if (lowers === 0) capitalisation = uppers > 1 ? CAP_ALL_CAPS : CAP_TITLE;
  else capitalisation = firstIsUpper ? CAP_TITLE : CAP_MIXED;
  info.capitalisation[t] = capitalisation;
}

/**
 * Writes the STATIC_FEATURE_COUNT static feature hashes of token `i` into `out` from `offset`. The
 * sentence is tokens `sentenceStart` to `sentenceEnd` (exclusive); context never crosses it.
 */
export function writeStaticFeatures(
  info: TokenInfo,
  i: number,
  sentenceStart: number,
  sentenceEnd: number,
  out: Int32Array,
  offset: number,
): void {
  const word = info.word;
  const shape = info.shape;
  const cap = info.capitalisation;
  const hasPrev = i - 1 >= sentenceStart;
  const hasPrev2 = i - 2 >= sentenceStart;
  const hasNext = i + 1 < sentenceEnd;
  const hasNext2 = i + 2 < sentenceEnd;
  const w = word[i] as number;
  const s = shape[i] as number;
  const c = cap[i] as number;
  const prevWord = hasPrev ? (word[i - 1] as number) : BEFORE_SENTENCE;
  const prev2Word = hasPrev2 ? (word[i - 2] as number) : BEFORE_SENTENCE;
  const nextWord = hasNext ? (word[i + 1] as number) : AFTER_SENTENCE;
  const next2Word = hasNext2 ? (word[i + 2] as number) : AFTER_SENTENCE;
  const prevShape = hasPrev ? (shape[i - 1] as number) : BEFORE_SENTENCE;
  const prev2Shape = hasPrev2 ? (shape[i - 2] as number) : BEFORE_SENTENCE;
  const nextShape = hasNext ? (shape[i + 1] as number) : AFTER_SENTENCE;
  const next2Shape = hasNext2 ? (shape[i + 2] as number) : AFTER_SENTENCE;
  const prevCap = hasPrev ? (cap[i - 1] as number) : NO_CAPITALISATION;
  const nextCap = hasNext ? (cap[i + 1] as number) : NO_CAPITALISATION;
  const prevSuffix3 = hasPrev ? (info.suffixes[(i - 1) * 4 + 2] as number) : BEFORE_SENTENCE;
  const nextSuffix3 = hasNext ? (info.suffixes[(i + 1) * 4 + 2] as number) : AFTER_SENTENCE;
  const initial = i === sentenceStart ? 1 : 0;
  let o = offset;
  out[o++] = featureHash(T_BIAS, 0);
  out[o++] = featureHash(T_WORD, w);
  out[o++] = featureHash(T_SHAPE, s);
  out[o++] = featureHash(T_SHAPE_CAPPED, info.shapeCapped[i] as number);
  for (let k = 0; k < 4; k++) {
    out[o++] = featureHash(T_PREFIX[k] as number, info.prefixes[i * 4 + k] as number);
    out[o++] = featureHash(T_SUFFIX[k] as number, info.suffixes[i * 4 + k] as number);
  }
  out[o++] = featureHash(T_CAPITALISATION, c);
  out[o++] = featureHash(T_FLAGS, info.flags[i] as number);
  out[o++] = featureHash(T_LENGTH_CAPITALISATION, info.lengthClass[i] as number, c);
  out[o++] = featureHash(T_INITIAL_CAPITALISATION, initial, c);
  out[o++] = featureHash(T_INITIAL_WORD, initial, w);
  out[o++] = featureHash(T_PREV_WORD, prevWord);
  out[o++] = featureHash(T_PREV2_WORD, prev2Word);
  out[o++] = featureHash(T_NEXT_WORD, nextWord);
  out[o++] = featureHash(T_NEXT2_WORD, next2Word);
  out[o++] = featureHash(T_PREV_SHAPE, prevShape);
  out[o++] = featureHash(T_NEXT_SHAPE, nextShape);
  out[o++] = featureHash(T_PREV2_SHAPE, prev2Shape);
  out[o++] = featureHash(T_NEXT2_SHAPE, next2Shape);
  out[o++] = featureHash(T_PREV_WORD_WORD, prevWord, w);
  out[o++] = featureHash(T_WORD_NEXT_WORD, w, nextWord);
  out[o++] = featureHash(T_SHAPE_TRIGRAM, prevShape, s, nextShape);
  out[o++] = featureHash(T_CAPITALISATION_TRIGRAM, prevCap, c, nextCap);
  out[o++] = featureHash(T_PREV_SUFFIX3, prevSuffix3);
  out[o++] = featureHash(T_NEXT_SUFFIX3, nextSuffix3);
  out[o++] = featureHash(T_PREV_WORD_SHAPE, prevWord, s);
  out[o++] = featureHash(T_SHAPE_NEXT_WORD, s, nextWord);
}

/** Tag value standing for "no previous token" in tag features. */
export const NO_TAG = -1;

/**
 * Writes the TAG_FEATURE_COUNT features of token `i` that depend on the two previously predicted tags
 * (tag indices, or NO_TAG before the sentence start).
 */
export function writeTagFeatures(
  info: TokenInfo,
  i: number,
  sentenceEnd: number,
  previousTag: number,
  previousTag2: number,
  out: Int32Array,
  offset: number,
): void {
  const w = info.word[i] as number;
  const nextWord = i + 1 < sentenceEnd ? (info.word[i + 1] as number) : AFTER_SENTENCE;
  out[offset] = featureHash(T_PREV_TAG, previousTag);
  out[offset + 1] = featureHash(T_PREV2_TAGS, previousTag, previousTag2);
  out[offset + 2] = featureHash(T_PREV_TAG_WORD, previousTag, w);
  out[offset + 3] = featureHash(T_PREV_TAG_SHAPE, previousTag, info.shape[i] as number);
  out[offset + 4] = featureHash(T_PREV_TAG_NEXT_WORD, previousTag, nextWord);
}
