/**
 * The dateline that opens a wire or network story: "(CNN) -- ", "(CNN)The …", "Washington (CNN) — ",
 * "WASHINGTON (Reuters) - ", "CAIRO, March 13 (AP) — ", "LONDON — ", "INDEPENDENCE, Mo. _ ". It
 * tells where the story was filed, not what happened, so a summary starts after it. Either an
 * agency in brackets or a place in capitals with a dash must be there: a sentence that merely opens
 * with a capitalised word and a dash ("Egypt — and its neighbours — …") keeps its opening.
 */
const PLACE_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]+`;
const CAPITALS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}.'’-]+`;
/** What may follow the place before the agency or the dash: ", England", ", March 13". */
const PLACE_DETAIL = String.raw`(?:, [^\n()–—]{1,40}?)?`;
/** "_" is the dash of 1990s wire copy ("INDEPENDENCE, Mo. _ The …"). */
const DASH = '(?:--|-|–|—|_)';

/** "Washington (CNN) -- ", "(Reuters) - ", "(CNN)The": an agency, after a place or alone. */
const AGENCY_DATELINE = new RegExp(
  String.raw`^(?:${PLACE_WORD}(?: ${PLACE_WORD}){0,3}${PLACE_DETAIL} ?)?\(\p{Lu}[\p{L}.&]*(?: \p{Lu}[\p{L}.&]*){0,3}\)(?: ?${DASH} +| *(?=[\p{Lu}"“‘']))`,
  'u',
);
/** "NEW YORK — ", "CAIRO, March 13 - ": a place in capitals and a dash. */
const PLACE_DATELINE = new RegExp(
  String.raw`^${CAPITALS_WORD}(?: ${CAPITALS_WORD}){0,3}${PLACE_DETAIL} ?${DASH} +(?=\S)`,
  'u',
);
/** A dateline is short: looking this far is enough. */
const LOOK_AHEAD = 80;

/** Where the story proper begins in the sentence that starts at `start`: after its dateline, if any. */
export function afterDateline(text: string, start: number): number {
  const opening = text.slice(start, start + LOOK_AHEAD);
  const match = AGENCY_DATELINE.exec(opening) ?? PLACE_DATELINE.exec(opening);
  return match ? start + match[0].length : start;
}
