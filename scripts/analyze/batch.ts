import type { Analysis, AnalyzeOptions } from '../../lib/analysis/analysis';

type Analyze = (text: string, options: AnalyzeOptions) => Analysis;

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One output line for one input line: the analysis, or why there is none. The batch goes on. */
export function analyzeBatchLine(line: Buffer | string, analyze: Analyze): string {
  let id: string | number | null = null;
  try {
    const value = parseObject(typeof line === 'string' ? line : decodeLine(line));
    if (typeof value.id === 'string' || typeof value.id === 'number') id = value.id;
    const record = checkRecord(value);
    const options: AnalyzeOptions =
      record.publishedAt === undefined ? {} : { publishedAt: record.publishedAt };
    return JSON.stringify({ id: record.id, ...analyze(record.text, options) });
  } catch (error) {
    return JSON.stringify({ id, error: error instanceof Error ? error.message : String(error) });
  }
}

function decodeLine(bytes: Buffer): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    throw new Error('line is not UTF-8');
  }
}

function parseObject(line: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('line is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('line is not a JSON object');
  return value as Record<string, unknown>;
}

function checkRecord(value: Record<string, unknown>): {
  id: string | number;
  text: string;
  publishedAt?: string;
} {
  const { id, text, publishedAt } = value;
  if (typeof id !== 'string' && typeof id !== 'number') throw new Error('"id" must be a string or a number');
  if (typeof text !== 'string') throw new Error('"text" must be a string');
  if (publishedAt !== undefined && (typeof publishedAt !== 'string' || !DATE.test(publishedAt))) {
    throw new Error('"publishedAt" must be YYYY-MM-DD');
  }
  return publishedAt === undefined ? { id, text } : { id, text, publishedAt };
}

/** Splits a byte stream into lines (LF or CRLF) without decoding, so one bad line stays one bad line. */
export async function* byteLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let pending = Buffer.alloc(0);
  for await (const chunk of stream) {
    pending = Buffer.concat([pending, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
    for (let newline = pending.indexOf(10); newline >= 0; newline = pending.indexOf(10)) {
      yield stripCarriageReturn(pending.subarray(0, newline));
      pending = pending.subarray(newline + 1);
    }
  }
  if (pending.length > 0) yield stripCarriageReturn(pending);
}

function stripCarriageReturn(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 13 ? line.subarray(0, -1) : line;
}
