import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../support/parse-html';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** Runs the real CLI as a user would (through tsx), with `input` on standard input. */
function cli(args: string[], input = '') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the analyze CLI', () => {
  it('prints a readable report of a text file, actors by importance with kind, role and count', () => {
    const { code, stdout } = cli([`${FIXTURES_DIR}seed/article.txt`, '--published', '2025-03-13']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/published 2025-03-13/);
    expect(stdout).toMatch(/Hamas\s+organization\s+24 mentions/);
    expect(stdout).toMatch(/Adam Boehler\s+person\s+2 mentions — US Special Envoy for Hostage Affairs/);
  });

  it('prints the analysis JSON of an HTML page, with the extracted text', () => {
    const { code, stdout } = cli([`${FIXTURES_DIR}seed/seed-page.html`, '--json']);
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(analysis.publishedAt).toBe('2025-03-13');
    expect(analysis.text.startsWith('Tensions have suddenly surged')).toBe(true);
    const boehler = analysis.actors.find((actor: { name: string }) => actor.name === 'Adam Boehler');
    expect(analysis.text.slice(boehler.mentions[0].start, boehler.mentions[0].end)).toBe('Adam Boehler');
  });

  it('analyses a batch in one process, one line out per line in, errors in their place', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Hamas met Egyptian mediators in Cairo.', publishedAt: '2025-03-13' }),
      'not json',
      JSON.stringify({ id: 'c', text: 'Netanyahu spoke.' }),
    ].join('\n');
    const { code, stdout } = cli(['--jsonl'], input);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', null, 'c']);
    expect(lines[0].actors.map((actor: { id: string }) => actor.id)).toContain('hamas');
    expect(lines[1].error).toMatch(/not JSON/);
    expect(lines[2].actors[0].id).toBe('benjamin-netanyahu');
  });

  it.each([
    [['missing-file.txt'], 1, /Cannot read missing-file.txt: no such file/],
    [['--jsonl'], 1, /No input/],
    [[], 2, /Name a file/],
    [['a.txt', '--published', 'soon'], 2, /YYYY-MM-DD/],
  ])('%j exits %i with a clear message', (args, exitCode, message) => {
    const { code, stderr } = cli(args);
    expect(code).toBe(exitCode);
    expect(stderr).toMatch(message);
  });
});
