/**
 * The key under which a surface form is indexed. News writes the same name many ways ("El-Sisi", "El Sisi",
 * "el‑Sisi", "Türkiye"/"Turkiye", "Ra’am"/"Ra'am", "the Kremlin"/"Kremlin"), and the knowledge base should
 * list each spelling once, not once per typographic variant.
 */

// Diacritics (Latin accents, Arabic harakat) decompose under NFD into these marks.
const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u0060\u00B4\u2032]/g;
// Hyphens, dashes and the minus sign separate words exactly as spaces do in names.
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]+/g;
const LEADING_ARTICLE = /^the /;

export function normalizeSurface(surface: string): string {
  return surface
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(SEPARATORS, ' ')
    .trim()
    .replace(LEADING_ARTICLE, '');
}
