/** An id from another tool is kept as it is when it is a single word of sensible length. */
const USABLE_ID = /^\S{1,500}$/;

/**
 * The note id for a record from another tool: its own id when usable, so importing the same file
 * twice meets the same notes again instead of copying them; else an id derived from the record's
 * content, which is just as stable.
 */
export function foreignNoteId(id: unknown, record: unknown): string {
  if (typeof id === 'string' && USABLE_ID.test(id)) return id;
  return `imported-${contentHash(JSON.stringify(record) ?? '')}`;
}

/** Two 32-bit FNV-1a hashes (different seeds) side by side: 64 bits, enough to keep ids apart. */
function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
