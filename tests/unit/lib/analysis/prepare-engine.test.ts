import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../../../../lib/analysis/analyze');
  vi.resetModules();
});

describe('prepareEngine', () => {
  it('runs the whole engine once per start of the background, however often it is asked', async () => {
    const analyze = vi.fn();
    vi.doMock('../../../../lib/analysis/analyze', () => ({ analyze }));
    const { prepareEngine } = await import('../../../../lib/analysis/prepare-engine');
    prepareEngine();
    prepareEngine();
    expect(analyze).toHaveBeenCalledTimes(1);
    const [text, options] = analyze.mock.calls[0] as [string, { publishedAt: string }];
    expect(text.length).toBeGreaterThan(100);
    expect(options.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('finds actors, a claim and dates in its warm-up text, so every stage has run', async () => {
    const analyze = vi.fn((...args: Parameters<typeof import('../../../../lib/analysis/analyze').analyze>) =>
      real(...args),
    );
    const { analyze: real } = await vi.importActual<typeof import('../../../../lib/analysis/analyze')>(
      '../../../../lib/analysis/analyze',
    );
    vi.doMock('../../../../lib/analysis/analyze', () => ({ analyze }));
    const { prepareEngine } = await import('../../../../lib/analysis/prepare-engine');
    prepareEngine();
    const analysis = analyze.mock.results[0]?.value as ReturnType<typeof real>;
    expect(analysis.actors.length).toBeGreaterThan(2);
    expect(analysis.claims.length).toBeGreaterThan(0);
    expect(analysis.dates.length).toBeGreaterThan(0);
    expect(analysis.summary.length).toBeGreaterThan(0);
  });
});
