import { describe, expect, it } from 'vitest';
import { locateArticle } from '../../../../lib/locator/locate-article';
import { buildTextModel, type TextModel } from '../../../../lib/text-model/text-model';
import { ALL_AHRAM_PAGES } from '../../../fixtures/fixture-pages';
import { parseFixture, parseHtml } from '../../../support/parse-html';

function modelOf(html: string): { model: TextModel; root: Element } {
  const doc = parseHtml(`<html><body><div id="root">${html}</div></body></html>`);
  const root = doc.getElementById('root') as Element;
  return { model: buildTextModel({ roots: [root] }), root };
}

/** What a DOM range covers, with white space collapsed as the model collapses it. */
function rangeText(model: TextModel, start: number, end: number): string {
  return (model.rangeOf(start, end)?.toString() ?? '').replace(/[\s\u00a0]+/g, ' ');
}

describe('buildTextModel: the text', () => {
  it.each([
    ['paragraphs become lines', '<p>One.</p><p>Two.</p>', 'One.\nTwo.'],
    ['<br> breaks a line', 'First line<br>second line<br/><br/>third', 'First line\nsecond line\nthird'],
    [
      'nested inline tags join words',
      '<p>A <strong>bold <em>and</em></strong> plain<a href="#">link</a>.</p>',
      'A bold and plainlink.',
    ],
    ['white space collapses', '<p>\n\t  Spread \n\n   over\tlines  </p>', 'Spread over lines'],
    [
      'non-breaking spaces are spaces',
      '<p>Cairo&nbsp;&nbsp;and&nbsp;Gaza</p><p>&nbsp;</p>',
      'Cairo and Gaza',
    ],
    [
      'scripts, styles and inputs hold no text',
      '<p>Kept<script>var x = 1;</script> text<style>p{}</style><input value="no"></p>',
      'Kept text',
    ],
    [
      'hidden subtrees hold no text',
      '<p>Seen</p><p hidden>unseen</p><div style="display: none">gone</div>',
      'Seen',
    ],
    [
      'a block inside a paragraph breaks it',
      '<div>Before<div>inside</div>after</div>',
      'Before\ninside\nafter',
    ],
    [
      'a photo caption is not article text',
      '<figure><img src="a.jpg"><figcaption>Peacekeepers in Sudan. Credit AFP</figcaption></figure><p>The story.</p>',
      'The story.',
    ],
    ['right-to-left text is kept as it is', '<p>قال <b>المتحدث</b> إن</p>', 'قال المتحدث إن'],
  ])('%s', (_, html, expected) => {
    expect(modelOf(html).model.text).toBe(expected);
  });

  it('leaves out excluded nodes', () => {
    const doc = parseHtml('<div id="r"><p>Keep</p><div class="ad">Advert</div><p>this</p></div>');
    const root = doc.getElementById('r') as Element;
    const model = buildTextModel({ roots: [root], excluded: new Set([doc.querySelector('.ad') as Element]) });
    expect(model.text).toBe('Keep\nthis');
  });

  it('joins several roots as separate lines', () => {
    const doc = parseHtml('<p id="a">First root</p><aside>not in scope</aside><p id="b">second root</p>');
    const model = buildTextModel({
      roots: [doc.getElementById('a') as Element, doc.getElementById('b') as Element],
    });
    expect(model.text).toBe('First root\nsecond root');
  });
});

describe('buildTextModel: offsets to the DOM and back', () => {
  const html =
    '<p>\n\tUS Special Envoy <strong>Adam  Boehler</strong> said</p>Bare text<br />after a <em>break</em>.<p>Last&nbsp;one</p>';

  it('maps every character to its own text node and back', () => {
    const { model } = modelOf(html);
    for (let offset = 0; offset < model.text.length; offset += 1) {
      if (model.text[offset] === '\n') continue; // synthetic: no character in the page
      const position = model.positionAt(offset, 'start');
      expect(position).not.toBeNull();
      if (!position) continue;
      const character = position.node.data[position.offset] ?? '';
      expect(character.replace(/[\s\u00a0]/, ' ')).toBe(model.text[offset]);
      expect(model.offsetOf(position.node, position.offset)).toBe(offset);
    }
  });

  it('turns spans into DOM ranges over the same words, across tags', () => {
    const { model } = modelOf(html);
    for (const phrase of ['Adam Boehler', 'Envoy Adam', 'said\nBare', 'after a break.', 'Last one', 'US']) {
      const start = model.text.indexOf(phrase);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(rangeText(model, start, start + phrase.length)).toBe(phrase.replace('\n', ''));
    }
  });

  it('maps element boundary points to the next text', () => {
    const { model, root } = modelOf(html);
    const strong = root.querySelector('strong') as Element;
    expect(model.offsetOf(strong, 0)).toBe(model.text.indexOf('Adam'));
    const em = root.querySelector('em') as Element;
    expect(model.offsetOf(em.parentNode as Node, Array.from(root.childNodes).indexOf(em))).toBe(
      model.text.indexOf('break'),
    );
    expect(model.offsetOf(root, root.childNodes.length)).toBe(model.text.length);
  });

  it('answers null outside the article', () => {
    const doc = parseHtml('<h1>Title</h1><div id="r"><p>Body</p></div>');
    const model = buildTextModel({ roots: [doc.getElementById('r') as Element] });
    const heading = doc.querySelector('h1')?.firstChild as Text;
    expect(model.offsetOf(heading, 1)).toBeNull();
    expect(model.positionAt(-1, 'start')).toBeNull();
    expect(model.positionAt(model.text.length + 1, 'end')).toBeNull();
    expect(model.rangeOf(2, 2)).toBeNull();
  });

  it('round-trips every sentence of every fixture page', () => {
    for (const page of ALL_AHRAM_PAGES) {
      const result = locateArticle(parseFixture(page.file, `https://english.ahram.org.eg${page.urlPath}`));
      if (result.kind !== 'article') continue;
      const { textModel, text } = result;
      for (const match of text.matchAll(/[^.\n]+[.\n]/g)) {
        const start = match.index;
        const end = start + match[0].trimEnd().length;
        expect(rangeText(textModel, start, end).trim()).toBe(
          text.slice(start, end).replace(/\s+/g, ' ').trim(),
        );
        const from = textModel.positionAt(start, 'start');
        if (from) expect(textModel.offsetOf(from.node, from.offset)).toBe(start);
      }
    }
  });
});
