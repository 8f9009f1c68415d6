/**
 * The dateline that opens a wire or network story, up to and with its dash: "(CNN) -- ",
 * "WASHINGTON (Reuters) - ", "CAIRO, March 13 (AP) — ", "LONDON — ". It tells where the story was
 * filed, not what happened, so a summary starts after it. Either a place in capitals or an agency
 * in brackets must be there: a sentence that merely opens with a capitalised word and a dash
 * ("Egypt — and its neighbours — …") keeps its opening.
 */
const DATELINE =
  /^(?:(?<place>\p{Lu}[\p{Lu}\p{M}.'’-]+(?: \p{Lu}[\p{Lu}\p{M}.'’-]+){0,3})(?:, [^\n()–—]{1,40}?)? ?)?(?<agency>\((?:\p{Lu}[\p{L}.&]*)(?: \p{Lu}[\p{L}.&]*){0,3}\) ?)?(?:--|-|–|—) +(?=\S)/u;

/** Where the story proper begins in the sentence that starts at `start`: after its dateline, if any. */
export function afterDateline(text: string, start: number): number {
  const match = DATELINE.exec(text.slice(start, start + 80));
  if (!match?.groups) return start;
  // A dash alone, with neither a place nor an agency before it, is no dateline.
  if (!match.groups.place && !match.groups.agency) return start;
  return start + match[0].length;
}
