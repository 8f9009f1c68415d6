import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { locateArticle } from '../../lib/locator/locate-article';
import { tempevalText } from '../../scripts/datasets/tempeval-text';
import { ALL_AHRAM_PAGES } from '../fixtures/fixture-pages';
import { FIXTURES, sharedDatasets } from './paths';

export interface NewsText {
  id: string;
  text: string;
}

/**
 * Real news texts to time the engine on: the Ahram fixture pages and the Readability news pages
 * (as the extension would read them), and, when ../shared/datasets is present, the 73 AQUAINT
 * newswire stories of TempEval-3 (tags stripped).
 */
export function loadNewsTexts(): NewsText[] {
  const texts: NewsText[] = [];
  for (const page of ALL_AHRAM_PAGES) {
    const result = locateArticle(
      parse(readFileSync(FIXTURES + page.file, 'utf8'), `https://english.ahram.org.eg${page.urlPath}`),
    );
    if (result.kind === 'article') texts.push({ id: page.file, text: result.text });
  }
  for (const name of readdirSync(`${FIXTURES}readability`)) {
    if (name.endsWith('.md')) continue;
    const result = locateArticle(
      parse(readFileSync(`${FIXTURES}readability/${name}/source.html`, 'utf8'), 'https://example.org/'),
    );
    if (result.kind === 'article') texts.push({ id: `readability/${name}`, text: result.text });
  }
  const datasets = sharedDatasets();
  if (datasets) {
    const dir = `${datasets}tempeval3-aquaint/`;
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.tml'))) {
      texts.push({ id: name, text: tempevalText(readFileSync(dir + name, 'utf8')) });
    }
  }
  return texts;
}

function parse(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}
