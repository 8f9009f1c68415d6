import { analyze } from './analyze';

/**
 * A few sentences of the kind the engine reads, written for this purpose: one analysis of them builds
 * the knowledge base's index, the surface trie and the tagger, and runs every stage once, so that
 * the first article is analysed by code that is already loaded and compiled.
 */
const WARM_UP_TEXT =
  'CAIRO, 2 March 2025 - Egyptian Foreign Minister Badr Abdelatty said on Sunday that talks between ' +
  'Israel and Hamas would resume next week, according to officials. The United Nations reportedly ' +
  'welcomed the move. "We hope for a lasting ceasefire," he told reporters in Cairo.';

let prepared = false;

/**
 * Builds the engine ahead of the first article, once per start of the background (which Chromium
 * stops after half a minute idle): asked for as an Ahram page begins to load, it runs while the page
 * is still parsing instead of after the article has been found.
 */
export function prepareEngine(): void {
  if (prepared) return;
  prepared = true;
  analyze(WARM_UP_TEXT, { publishedAt: '2025-03-02' });
}
