import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PAGE } from '../fixtures/fixture-pages';
import { Harness } from './support/harness';
import { VirtualDisplay } from './support/virtual-display';

// The highlight toggle as a reader uses it: the keys pressed on the keyboard, caught by the browser
// (the commands API, manifest "commands"), not a message sent on the reader's behalf. A headless
// browser takes no browser-level keys, so this file opens a real window on a virtual display.

let display: VirtualDisplay;
let harness: Harness;

beforeAll(async () => {
  display = await VirtualDisplay.start();
  harness = await Harness.start({ display: display.name });
});

afterAll(async () => {
  await harness?.close();
  display?.stop();
});

describe('the keyboard shortcut', () => {
  it('Alt+Shift+H hides every highlight on the page, and pressed again brings them back', async () => {
    const { page, ourErrors } = await harness.openFixture(SEED_PAGE);
    await harness.painted(page);
    const marks = page.locator('mark.ahram-lens-actor, mark.ahram-lens-claim');
    const painted = await marks.count();
    expect(painted).toBeGreaterThan(0);
    const text = await page.evaluate(() => document.body.innerText);
    await page.bringToFront();
    display.press('alt+shift+h');
    await expect.poll(() => marks.count(), { timeout: 5_000 }).toBe(0);
    expect(await page.evaluate(() => document.body.innerText)).toBe(text);
    display.press('alt+shift+h');
    await expect.poll(() => marks.count(), { timeout: 5_000 }).toBe(painted);
    expect(ourErrors).toEqual([]);
    await page.close();
  });
});
