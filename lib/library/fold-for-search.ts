// Text folded so that what a reader types finds what they wrote: case, accents and the Arabic
// marks a keyboard may or may not produce do not matter ("Said" finds "Saïd", "احمد" finds "أحمد").

/** Letters that NFD leaves whole but Arabic readers treat as one letter when searching. */
const ARABIC_LETTERS: Record<string, string> = {
  ٱ: 'ا', // alef wasla
  ى: 'ي', // alef maqsura, often typed as yeh and the reverse
  ی: 'ي', // Persian yeh, what some keyboards produce for yeh
  ک: 'ك', // Keheh, the same for kaf
  ة: 'ه', // teh marbuta, often written as heh
};
const ARABIC_LETTER = new RegExp(`[${Object.keys(ARABIC_LETTERS).join('')}]`, 'g');

/**
 * `text` lowered and stripped of combining marks (Latin accents, Arabic harakat, and the hamza
 * and madda NFD splits off alef, waw and yeh), without tatweel, with look-alike Arabic letters
 * unified and runs of white space made one space.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .replace(ARABIC_LETTER, (letter) => ARABIC_LETTERS[letter] ?? letter)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
