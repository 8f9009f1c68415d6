import { describe, expect, it } from 'vitest';
import { readAhramOnline, splitSourceLine } from '../../../../lib/locator/ahram-online';
import { locateArticle } from '../../../../lib/locator/locate-article';
import { parseHtml } from '../../../support/parse-html';

const LONG_PARAGRAPH =
  'In a statement after the meeting, the mediators welcomed the progress made so far and urged all parties to keep talking. ' +
  'Egypt and its partners met in Cairo on Monday to discuss the next stage of the ceasefire in Gaza, ' +
  'which the mediators hope will bring a lasting end to the fighting and open the crossings to aid. ' +
  'Officials said the talks would resume next week after consultations with both sides and their allies.';

function ahramPage(body: string, { prefix = '' } = {}): string {
  return `<html><body><div id="Content">
    <div id="${prefix}ContentPlaceHolder1_hd" class="hd_inner">A headline<br /></div>
    <div id="${prefix}ContentPlaceHolder1_bref" class="bref_inner">A lede</div>
    <div id="${prefix}ContentPlaceHolder1_source" class="bref_list">Ahram Online , Monday 2 May 2011</div>
    ${body}
  </div></body></html>`;
}

describe('splitSourceLine', () => {
  it.each([
    ['Abdel Moneim Said  , Friday 15 Apr 2011', 'Abdel Moneim Said', '2011-04-15'],
    ['Dina Zayed, Reuters, Wednesday 10 Nov 2010', 'Dina Zayed, Reuters', '2010-11-10'],
    [
      'Mustafa Ali and Salma El-Wardani, Sunday 24 Jul 2011',
      'Mustafa Ali and Salma El-Wardani',
      '2011-07-24',
    ],
  ])('%j', (source, byline, publishedAt) => {
    expect(splitSourceLine(source)).toEqual({ byline, publishedAt });
  });

  it('keeps a date-only line as a date, and a name-only line as a byline', () => {
    expect(splitSourceLine('Friday 15 Apr 2011')).toEqual({ publishedAt: '2011-04-15' });
    expect(splitSourceLine('Ahram Online')).toEqual({ byline: 'Ahram Online' });
  });
});

describe('readAhramOnline', () => {
  it('returns null when the page does not have the site markup', () => {
    expect(
      readAhramOnline(parseHtml(`<html><body><article><p>${LONG_PARAGRAPH}</p></article></body></html>`)),
    ).toBeNull();
  });

  it('reads the 2012 ids with the ctl00_ prefix', () => {
    const doc = parseHtml(
      ahramPage(`<div id="ctl00_ContentPlaceHolder1_divContent"><p>${LONG_PARAGRAPH}</p></div>`, {
        prefix: 'ctl00_',
      }),
    );
    const article = readAhramOnline(doc);
    expect(article?.title).toBe('A headline');
    expect(article?.publishedAt).toBe('2011-05-02');
    expect(article?.textModel.text).toBe(LONG_PARAGRAPH);
  });

  it('drops the ad slot, the keyword list and the short link, keeping a script inside a paragraph', () => {
    const doc = parseHtml(
      ahramPage(`<div id="ContentPlaceHolder1_divContent"><p>
        <div style="float:right"><script>google_ad_client = 'x';</script><div class="ad_box">Advertisement</div></div>
        First paragraph.</p><p>Second <script>var counter = 1;</script>paragraph.</p>
        <div class='line_inner_AfterTopic'></div><br/><div class="search_word"><div class="hd_word">Search Keywords:</div>
        <a href="#">Egypt</a></div><br />Short link: <br /><input type='text' class='text_inner_ShortLink' value='1.aspx' />
        <p>&nbsp;</p></div>`),
    );
    expect(readAhramOnline(doc)?.textModel.text).toBe('First paragraph.\nSecond paragraph.');
  });

  it('finds the paragraphs when pasted Word markup closed the body early', () => {
    // What the parser leaves of such a page: an empty body box, the paragraphs after it.
    const doc = parseHtml(
      ahramPage(`<div id="ContentPlaceHolder1_divContent"></div>
        <p>${LONG_PARAGRAPH}</p><p>A second paragraph.</p>
        <div class="line_inner_AfterTopic"></div><div class="search_word">Search Keywords: Egypt</div>`),
      'https://english.ahram.org.eg/News/1.aspx',
    );
    const result = locateArticle(doc);
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    expect(result.path).toBe('ahram-online');
    expect(result.text).toBe(`${LONG_PARAGRAPH}\nA second paragraph.`);
    expect(result.elements.map((element) => element.tagName)).toEqual(['P', 'P']);
  });
});
