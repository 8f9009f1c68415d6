import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DYNAMIC_PAGE } from '../fixtures/fixture-pages';
import { FIXTURES_DIR, Harness, ORIGIN } from './support/harness';

let harness: Harness;

beforeAll(async () => {
  harness = await Harness.start();
  harness.server.route(DYNAMIC_PAGE.urlPath, { file: FIXTURES_DIR + DYNAMIC_PAGE.file });
});

afterAll(async () => {
  await harness?.close();
});

describe('a page that changes after load', () => {
  it('paints a paragraph added later, once, without doubling any mark', async () => {
    const { page, ourErrors } = await harness.openFixture(DYNAMIC_PAGE);
    await page.waitForSelector('#late-paragraph mark.ahram-lens-actor', {
      state: 'attached',
      timeout: 15_000,
    });
    await harness.painted(page);
    const late = await page.locator('#late-paragraph mark.ahram-lens-actor').allTextContents();
    expect(late).toEqual(expect.arrayContaining(['Badr Abdelatty', 'Cairo']));
    // Every mark holds one mention: no mark inside another of ours.
    expect(await page.locator('mark.ahram-lens-actor mark.ahram-lens-actor').count()).toBe(0);
    expect(await page.locator('mark[data-actor-id="adam-boehler"]').count()).toBe(2);
    expect(ourErrors).toEqual([]);
    await page.close();
  });

  it('reads the new article after in-page navigation, and reports it under its new address', async () => {
    const { page } = await harness.openFixture(DYNAMIC_PAGE);
    await page.waitForSelector('#late-paragraph mark.ahram-lens-actor', {
      state: 'attached',
      timeout: 15_000,
    });
    await harness.painted(page);
    await page.click('#next-article');
    await page.waitForSelector('mark[data-actor-id="naguib-sawiris"]', {
      state: 'attached',
      timeout: 15_000,
    });
    expect(await page.locator('mark[data-actor-id="adam-boehler"]').count()).toBe(0);
    const { report } = await harness.reportFor(`${ORIGIN}/News/541300.aspx`);
    expect(report.status === 'article' && report.title).toBe('Sawiris meets Madbouly on new investments');
    await page.close();
  });
});
