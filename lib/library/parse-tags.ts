/** Tags as the reader types them, comma-separated ("،" too, for Arabic keyboards), each once. */
export function parseTags(typed: string): string[] {
  const tags = typed
    .split(/[,،]/)
    .map((tag) => tag.trim().replace(/^#+/, '').trim())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** Tags back into the text box, as parseTags reads them. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
