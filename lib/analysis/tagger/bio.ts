import type { EntityType } from './tag-set';

/** A run of tokens forming one entity: token indices, `end` exclusive. */
export type TokenSpan = { start: number; end: number; type: EntityType };

function typeOf(tag: string): string {
  return tag.slice(2);
}

/**
 * Whether `tag` may follow `previous` in BIO: an I-X tag must continue a B-X or I-X. `previous` is null at the
 * start of a sentence.
 */
export function isValidTransition(previous: string | null, tag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  if (previous === null || previous === 'O') return false;
  return typeOf(previous) === typeOf(tag);
}

/**
 * Makes a tag sequence valid BIO by turning every I-X that does not continue an X entity into B-X (the usual
 * reading of such a sequence: the model saw an entity but missed its start).
 */
export function repairBio(tags: readonly string[]): string[] {
  const repaired: string[] = [];
  let previous: string | null = null;
  for (const tag of tags) {
    const fixed: string = isValidTransition(previous, tag) ? tag : `B-${typeOf(tag)}`;
    repaired.push(fixed);
    previous = fixed;
  }
  return repaired;
}

/** Reads entity spans from a BIO tag sequence (repairing it first). */
export function spansFromTags(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  const repaired = repairBio(tags);
  let current: TokenSpan | null = null;
  for (let i = 0; i < repaired.length; i++) {
    const tag = repaired[i] as string;
    if (tag.startsWith('I-') && current !== null) {
      current.end = i + 1;
      continue;
    }
    if (current !== null) spans.push(current);
    current = tag.startsWith('B-') ? { start: i, end: i + 1, type: typeOf(tag) as EntityType } : null;
  }
  if (current !== null) spans.push(current);
  return spans;
}
