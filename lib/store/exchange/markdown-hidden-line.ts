// The machine-readable line each note carries in an exported Markdown file: an HTML comment
// (invisible once the Markdown is rendered) holding the note's fields that the text does not show.
// The JSON is base64-encoded: the base64 alphabet has no "-" and no ">", so nothing in a note can
// close the comment early or fake one.

const NOTE_LINE = /^<!--\s*ahram-lens-note(?=\s|-->)(.*?)-->\s*$/;
const VERSION_LINE = /^<!--\s*ahram-lens-notes\s+(\d+)\s*-->\s*$/;

/** The version of our Markdown layout this code writes and the newest it can read. */
export const MARKDOWN_VERSION = 1;

/** The first line of an exported file, so a later layout can be told apart. */
export function versionLine(): string {
  return `<!-- ahram-lens-notes ${MARKDOWN_VERSION} -->`;
}

/** The layout version a line declares, or null when it is not our version line. */
export function declaredVersion(line: string): number | null {
  const match = VERSION_LINE.exec(line);
  return match ? Number(match[1]) : null;
}

export function hiddenLine(fields: Record<string, unknown>): string {
  const bytes = new TextEncoder().encode(JSON.stringify(fields));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `<!-- ahram-lens-note ${btoa(binary)} -->`;
}

/** Whether a text holds at least one note line, i.e. may be Markdown we exported. */
export function containsHiddenLine(text: string): boolean {
  return /^<!--\s*ahram-lens-note(?=\s|-->)/m.test(text);
}

/** Whether a line starts a note: only at the start of a line, as our export writes it. */
export function isHiddenLine(line: string): boolean {
  return NOTE_LINE.test(line);
}

/** The fields a note line holds, or null when the line was damaged (edited, cut short). */
export function readHiddenLine(line: string): Record<string, unknown> | null {
  const payload = NOTE_LINE.exec(line)?.[1]?.trim() ?? '';
  try {
    const binary = atob(payload);
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const fields: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return typeof fields === 'object' && fields !== null && !Array.isArray(fields)
      ? (fields as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
