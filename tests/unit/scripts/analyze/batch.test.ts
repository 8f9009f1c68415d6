import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../../lib/analysis/analysis';
import { analyzeBatchLine, byteLines } from '../../../../scripts/analyze/batch';

// A stand-in engine that records what it was asked, so these tests are about the batch plumbing.
function recordingEngine() {
  const calls: { text: string; publishedAt?: string }[] = [];
  const analyze = (text: string, options: { publishedAt?: string }): Analysis => {
    calls.push({ text, ...options });
    return { actors: [], claims: [], dates: [], timeline: [], summary: [{ start: 0, end: text.length }] };
  };
  return { calls, analyze };
}

describe('analyzeBatchLine', () => {
  it('answers a good line with its id and the analysis', () => {
    const engine = recordingEngine();
    const output = JSON.parse(
      analyzeBatchLine('{"id":"a1","text":"Hello.","publishedAt":"2025-03-13"}', engine.analyze),
    );
    expect(output).toEqual({
      id: 'a1',
      actors: [],
      claims: [],
      dates: [],
      timeline: [],
      summary: [{ start: 0, end: 6 }],
    });
    expect(engine.calls).toEqual([{ text: 'Hello.', publishedAt: '2025-03-13' }]);
  });

  it.each([
    ['not json', null, /not JSON/],
    ['[1,2]', null, /not a JSON object/],
    ['{"text":"no id"}', null, /"id"/],
    ['{"id":7,"text":42}', 7, /"text"/],
    ['{"id":"x","text":"t","publishedAt":"March"}', 'x', /publishedAt/],
  ])('answers a bad line %j with an error and its id where known', (line, id, message) => {
    const output = JSON.parse(analyzeBatchLine(line, recordingEngine().analyze));
    expect(output.id).toBe(id);
    expect(output.error).toMatch(message);
  });

  it('answers a line that is not UTF-8 with an error', () => {
    const output = JSON.parse(
      analyzeBatchLine(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), recordingEngine().analyze),
    );
    expect(output.error).toMatch(/not UTF-8/);
  });

  it('goes on after an engine failure', () => {
    const failing = (): Analysis => {
      throw new Error('engine broke');
    };
    expect(JSON.parse(analyzeBatchLine('{"id":"z","text":"t"}', failing))).toEqual({
      id: 'z',
      error: 'engine broke',
    });
  });
});

describe('byteLines', () => {
  it('splits on LF and CRLF across chunk boundaries, keeping a last line without newline', async () => {
    const stream = Readable.from([Buffer.from('one\r\ntw'), Buffer.from('o\nthree')]);
    const lines: string[] = [];
    for await (const line of byteLines(stream)) lines.push(line.toString('utf8'));
    expect(lines).toEqual(['one', 'two', 'three']);
  });
});
