/**
 * Lines a site sets around its story that read like sentences but tell none of it: the print
 * edition's footer ("* A version of this article appears in print in the … edition of Al-Ahram
 * Weekly"), and the prompts and notes news sites put between paragraphs ("Scroll down for video",
 * "Editor's note: …", "Click here to …", "Read more: …", "Follow her on Twitter"), and the
 * byline and time stamps some set as sentences ("Last updated at 8:06 AM on 19th October 2011 .").
 * Neither a claim nor a summary sentence.
 */
const FURNITURE =
  /^(?:\*|A version of this article appears|Scroll down for|Editor['’]s note\b|Click here\b|Read more\b|Follow (?:\S+ ){1,3}on (?:Twitter|X|Facebook|Instagram)\b|(?:Copyright )?(?:©|\(c\) \d)|All rights reserved\b|Sign up (?:for|to)\b|Subscribe (?:to|now)\b|(?:Last )?(?:updated|published|posted)(?::| at| on)\s*(?:\.|\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,? \d))/i;
/**
 * A byline's names, cut from their "By" by the full stop some sites set after it ("By . Mark
 * Duell . Last updated at …", "By . Associated Press and Daily Mail Reporter . PUBLISHED: …").
 */
const AFTER_BYLINE_BY = /(?:^|[.!?]\s+)By\s*\.\s*$/;

/** Whether the sentence starting at `start` is page furniture, not the story's text. */
export function isPageFurniture(text: string, start: number): boolean {
  return (
    FURNITURE.test(text.slice(start, start + 60)) ||
    AFTER_BYLINE_BY.test(text.slice(Math.max(0, start - 20), start))
  );
}
