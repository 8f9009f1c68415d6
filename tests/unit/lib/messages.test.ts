import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import {
  type ArticleView,
  MAX_ARTICLE_CHARACTERS,
  MAX_PUBLISHED_VIEW_CHARACTERS,
  parseMessage,
  parseTabMessage,
} from '../../../lib/messages';

const TEXT = 'Hamas said on Monday that talks with Egypt would resume in Cairo.';

function view(overrides: Partial<ArticleView> = {}): ArticleView {
  return {
    title: 'Talks resume',
    text: TEXT,
    analysis: analyze(TEXT),
    notes: [
      { id: 'n1', body: 'Check this', tags: ['gaza'], color: 'yellow', quote: 'Hamas said', found: true },
    ],
    ...overrides,
  };
}

describe('parseMessage', () => {
  it('accepts a message of ours, exactly as sent', () => {
    const message = { type: 'analyze-article', text: TEXT, publishedAt: '2025-03-13' };
    expect(parseMessage(message)).toBe(message);
    const prepare = { type: 'prepare-engine' };
    expect(parseMessage(prepare)).toBe(prepare);
  });

  it.each([
    ['an unknown type', { type: 'drop-database' }],
    ['a missing field', { type: 'get-tab-report' }],
    ['a field of the wrong type', { type: 'get-tab-report', tabId: '7' }],
    ['a field of its own', { type: 'list-notes', extra: true }],
    ['a text with the engine’s warm-up', { type: 'prepare-engine', text: TEXT }],
    ['a text beyond the limit', { type: 'analyze-article', text: 'a'.repeat(MAX_ARTICLE_CHARACTERS + 1) }],
    ['a date that is not a date', { type: 'analyze-article', text: TEXT, publishedAt: 'March 13' }],
    ['not an object', 'list-notes'],
  ])('refuses %s', (_, message) => {
    expect(parseMessage(message)).toBeNull();
  });

  it('accepts a published article view, and refuses one whose notes are malformed', () => {
    expect(parseMessage({ type: 'publish-article-view', view: view() })).not.toBeNull();
    const badNote = { id: 'n1', body: 'x', tags: 'gaza', color: 'yellow', quote: '', found: true };
    expect(
      parseMessage({ type: 'publish-article-view', view: view({ notes: [badNote as never] }) }),
    ).toBeNull();
    expect(parseMessage({ type: 'publish-article-view', view: { ...view(), analysis: 'x' } })).toBeNull();
    expect(parseMessage({ type: 'publish-article-view', view: { ...view(), url: 'http://x' } })).toBeNull();
    const long = 'a'.repeat(MAX_PUBLISHED_VIEW_CHARACTERS + 1);
    expect(parseMessage({ type: 'publish-article-view', view: view({ text: long }) })).toBeNull();
  });
});

describe('parseTabMessage', () => {
  it('accepts the popup’s and the background’s messages to a tab, nothing else', () => {
    expect(parseTabMessage({ type: 'reveal-span', start: 0, end: 5 })).not.toBeNull();
    expect(parseTabMessage({ type: 'reveal-span', start: 0 })).toBeNull();
    expect(parseTabMessage({ type: 'analyze-article', text: TEXT })).toBeNull();
  });
});
