import type { Actor } from './analysis';

/**
 * Actors in the order a reader wants them: the most mentioned first; a role given in the article
 * counts as a mention more (the article took the trouble to introduce them); ties by first mention.
 */
export function byImportance(actors: readonly Actor[]): Actor[] {
  const score = (actor: Actor): number => actor.mentions.length + (actor.role ? 1 : 0);
  const firstMention = (actor: Actor): number => actor.mentions[0]?.start ?? Number.POSITIVE_INFINITY;
  return [...actors].sort((a, b) => score(b) - score(a) || firstMention(a) - firstMention(b));
}
