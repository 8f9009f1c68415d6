// The visible tags line of a note in Markdown: "_Tags:_ #hostages, #Gaza talks". Tags may hold
// spaces, so they are separated by commas; a comma, a backslash, a line break or trailing space
// inside a tag is written with a backslash, so any tag reads back exactly.

const TAGS_LINE = /^_Tags:_\s?/;

export function isTagsLine(line: string): boolean {
  return TAGS_LINE.test(line);
}

export function tagsLine(tags: readonly string[]): string {
  return `_Tags:_ ${tags.map((tag) => `#${escapeTag(tag)}`).join(', ')}`;
}

/** The tags of a tags line, as a reader may have edited it ("#" optional, spaces around commas ignored). */
export function readTagsLine(line: string): string[] {
  const tags: string[] = [];
  for (const token of tokens(line.replace(TAGS_LINE, ''))) {
    const trimmed = trimUnescaped(token);
    if (trimmed.length === 0) continue;
    const first = trimmed[0];
    const chars = first && !first.escaped && first.char === '#' ? trimmed.slice(1) : trimmed;
    tags.push(chars.map((item) => item.char).join(''));
  }
  return tags;
}

function escapeTag(tag: string): string {
  let escaped = '';
  for (let index = 0; index < tag.length; index += 1) {
    const char = tag[index] ?? '';
    if (char === '\\' || char === ',') escaped += `\\${char}`;
    else if (char === '\n') escaped += '\\n';
    else if (char === '\r') escaped += '\\r';
    else if (index === tag.length - 1 && /\s/.test(char)) escaped += `\\${char}`;
    else escaped += char;
  }
  return escaped;
}

interface TagChar {
  char: string;
  escaped: boolean;
}

/** The comma-separated pieces of a tags line, each character marked as written escaped or not. */
function tokens(text: string): TagChar[][] {
  const pieces: TagChar[][] = [[]];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    const current = pieces[pieces.length - 1] ?? [];
    if (char === ',') {
      pieces.push([]);
    } else if (char === '\\' && index + 1 < text.length) {
      index += 1;
      const next = text[index] ?? '';
      current.push({ char: next === 'n' ? '\n' : next === 'r' ? '\r' : next, escaped: true });
    } else {
      current.push({ char, escaped: false });
    }
  }
  return pieces;
}

function trimUnescaped(token: TagChar[]): TagChar[] {
  const blank = (item: TagChar | undefined) => item !== undefined && !item.escaped && /\s/.test(item.char);
  let start = 0;
  let end = token.length;
  while (start < end && blank(token[start])) start += 1;
  while (end > start && blank(token[end - 1])) end -= 1;
  return token.slice(start, end);
}
