/**
 * Whether the sentence starting at `start` is the print edition's footer ("* A version of this
 * article appears in print in the … edition of Al-Ahram Weekly"): page furniture, neither a claim
 * nor a summary sentence.
 */
export function isPrintFooter(text: string, start: number): boolean {
  return text[start] === '*' || /^A version of this article appears/i.test(text.slice(start, start + 40));
}
