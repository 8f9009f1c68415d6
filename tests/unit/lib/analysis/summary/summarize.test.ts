import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../lib/analysis/analyze';
import { splitSentences } from '../../../../../lib/analysis/tokenize';
import { FIXTURES_DIR } from '../../../../support/parse-html';

const seed = readFileSync(`${FIXTURES_DIR}seed/article.txt`, 'utf8');

describe('summarize', () => {
  it('gives three whole sentences of the seed article in reading order, never the footer', () => {
    const { summary } = analyze(seed);
    expect(summary).toHaveLength(3);
    const sentenceSpans = splitSentences(seed).map((sentence) =>
      seed.slice(sentence.start, sentence.end).trim(),
    );
    for (const [index, span] of summary.entries()) {
      const sentence = seed.slice(span.start, span.end);
      expect(sentenceSpans).toContain(sentence);
      expect(sentence).toMatch(/[.!?]['"’”]?$/);
      expect(sentence).not.toMatch(/appears in print|Short link/);
      if (index > 0) expect(span.start).toBeGreaterThan(summary[index - 1]?.end ?? 0);
    }
  });

  it('opens with the lead when the lead is a real sentence', () => {
    const { summary } = analyze(seed);
    expect(summary[0]?.start).toBe(0);
  });

  it('takes the opening of a news story, not the sentences most like the rest', () => {
    const opening = [
      'The storm closed the port for a day.',
      'Ships waited outside the harbour until the wind dropped on Tuesday.',
      'Dock workers said the cranes were not damaged.',
    ];
    const text = [
      ...opening,
      'Hamas rejected the offer from Israel on Monday, officials in Gaza said.',
      'Israel answered that Hamas leaders in Gaza would face new strikes.',
      'Egypt urged Hamas and Israel to return to the talks on Gaza.',
    ].join(' ');
    expect(analyze(text).summary.map((span) => text.slice(span.start, span.end))).toEqual(opening);
  });

  it("passes over a byline, a dateline, prompts and editor's notes that open a page", () => {
    const story = [
      'A council has been fined after a worker fell from a ladder at a school in Leeds.',
      'The man broke both his legs in the fall last May, magistrates heard.',
      'Inspectors found the ladder had not been checked for two years.',
    ];
    const text = [
      "Editor's note: This story is part of a series on safety at work.",
      'By . Sarah Jones . PUBLISHED: . 07:03 EST, 2 March 2013 . | . UPDATED: . 08:07 EST, 2 March 2013 .',
      story[0],
      'Scroll down for video of the school and the council offices .',
      story[1],
      'Click here to read the full report of the inspectors.',
      story[2],
    ].join(' ');
    expect(analyze(text).summary.map((span) => text.slice(span.start, span.end))).toEqual(story);
  });

  it("starts a wire story's summary after its dateline", () => {
    const text =
      'LONDON, England (CNN) -- A storm closed the port of Dover on Sunday. Ferries waited at sea for six hours. Officials said the harbour would open on Monday.';
    const [first, ...rest] = analyze(text).summary.map((span) => text.slice(span.start, span.end));
    expect(first).toBe('A storm closed the port of Dover on Sunday.');
    expect(rest).toEqual([
      'Ferries waited at sea for six hours.',
      'Officials said the harbour would open on Monday.',
    ]);
  });

  it('takes a sentence that ends in a quotation, whatever its quotation marks', () => {
    for (const [open, close] of [
      ['“', '”'],
      ['"', '"'],
      ['``', "''"],
    ]) {
      const text = `The minister called the ruling a ${open}temporary setback.${close}\nHe will appeal it next week in court.\nThe court has set no date yet for it.`;
      const sentences = analyze(text).summary.map((span) => text.slice(span.start, span.end));
      expect(sentences[0], open).toBe(`The minister called the ruling a ${open}temporary setback.${close}`);
    }
  });

  it('takes a sentence that a photo credit follows without a space', () => {
    const text =
      'The cargo ship broke up over Siberia on Thursday, the agency said.(Oleg Urusov/Press Service photo via AP)\nThe launch had gone well.\nThe agency is looking into why.';
    const sentences = analyze(text).summary.map((span) => text.slice(span.start, span.end));
    expect(sentences[0]).toBe('The cargo ship broke up over Siberia on Thursday, the agency said.');
  });

  it('takes no label or fragment for a sentence', () => {
    const text =
      'Photo: Reuters. Egypt said it would host the next round of negotiations in Cairo next week. ' +
      'The United Nations welcomed the agreement and called for aid to enter Gaza at once. ' +
      'Israel said the crossings would open on Sunday morning.';
    const sentences = analyze(text).summary.map((span) => text.slice(span.start, span.end));
    expect(sentences).not.toContain('Photo: Reuters.');
    expect(sentences[0]).toMatch(/^Egypt said/);
  });

  it('does not repeat itself', () => {
    const repeated = Array.from(
      { length: 6 },
      () => 'Hamas and Israel agreed to a ceasefire in Gaza on Monday after long talks.',
    ).join(' ');
    const text = `${repeated} Egypt said it would host the next round of negotiations in Cairo next week. The United Nations welcomed the agreement and called for aid to enter Gaza at once.`;
    const sentences = analyze(text).summary.map((span) => text.slice(span.start, span.end));
    expect(sentences.filter((sentence) => sentence.startsWith('Hamas and Israel'))).toHaveLength(1);
  });

  it('keeps the summary within the fixture articles, at most three sentences each', () => {
    for (const name of readdirSync(`${FIXTURES_DIR}readability`)
      .filter((entry) => !entry.endsWith('.md'))
      .slice(0, 3)) {
      const text = readFileSync(`${FIXTURES_DIR}readability/${name}/expected.html`, 'utf8').replace(
        /<[^>]+>/g,
        ' ',
      );
      const { summary } = analyze(text);
      expect(summary.length).toBeLessThanOrEqual(3);
      for (const span of summary) expect(span.end).toBeLessThanOrEqual(text.length);
    }
  });

  it.each([
    ['empty text', ''],
    ['a title only', 'Hamas talks'],
    ['numbers only', '1 2 3 4 5 6 7 8 9 10 11 12'],
  ])('gives an empty summary for %s', (_, text) => {
    expect(analyze(text).summary).toEqual([]);
  });
});
