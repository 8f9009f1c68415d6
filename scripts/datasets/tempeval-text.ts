/** The story of a TimeML file: the TEXT element without its annotation tags. */
export function tempevalText(tml: string): string {
  const body = tml.match(/<TEXT>([\s\S]*?)<\/TEXT>/)?.[1] ?? '';
  return body
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .trim();
}
