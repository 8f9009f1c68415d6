import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PAGE } from '../fixtures/fixture-pages';
import { seriousAxeViolations } from './support/axe';
import { accessibleText } from './support/closed-shadow';
import { Harness, ORIGIN } from './support/harness';
import { ToolbarPopup } from './support/toolbar-popup';

let harness: Harness;
let article: Page;
let popup: Page;

beforeAll(async () => {
  harness = await Harness.start({ toolbarClicks: true });
  article = (await harness.openFixture(SEED_PAGE)).page;
  await harness.painted(article);
  const { tabId } = await harness.reportFor(ORIGIN + SEED_PAGE.urlPath);
  popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.getByRole('heading', { name: 'Summary' }).waitFor();
});

afterAll(async () => {
  await harness?.close();
});

describe('the popup on the seed article', () => {
  it('has the five sections, headed', async () => {
    for (const name of ['Summary', 'Timeline', 'Actors', 'Claims', 'Notes']) {
      expect(await popup.getByRole('heading', { name, level: 2 }).count()).toBe(1);
    }
    expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe(
      'The US and Hamas talk directly',
    );
  });

  it('draws the four timeline entries oldest first, the publication marked', async () => {
    expect(await popup.locator('.timeline .when').allTextContents()).toEqual([
      '1990s',
      'October 2023',
      'January 2025',
      '13 March 2025',
    ]);
    expect(await popup.locator('.timeline .publication .when').textContent()).toBe('13 March 2025');
    expect(await popup.locator('.timeline .what').first().textContent()).toBe('Oslo Agreement');
  });

  it('lists Boehler among the actors with his role, and his claim under his name', async () => {
    const boehler = popup.locator('.actors li', { hasText: 'Adam Boehler' });
    expect(await boehler.locator('.actor-meta').textContent()).toBe(
      'Person · US Special Envoy for Hostage Affairs',
    );
    const group = popup.locator('.claim-group', {
      has: popup.getByRole('heading', { name: 'Adam Boehler', level: 3 }),
    });
    expect(await group.textContent()).toContain(
      'According to US Special Envoy for Hostage Affairs Adam Boehler',
    );
    const unnamed = popup.locator('.claim-group', {
      has: popup.getByRole('heading', { name: 'Unnamed sources' }),
    });
    expect(await unnamed.textContent()).toMatch(/reports/);
  });

  it('scrolls the page to a summary sentence when it is clicked', async () => {
    // The summary opens with the lead, at the top of the article: start from the bottom of the page.
    const bottom = await article.evaluate(() => {
      window.scrollTo(0, document.body.scrollHeight);
      return window.scrollY;
    });
    expect(bottom).toBeGreaterThan(0);
    await popup.locator('.summary .sentence').first().click();
    await expect.poll(() => article.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeLessThan(bottom);
  });

  it('opens an actor’s card on the page when the actor is clicked', async () => {
    await popup.locator('.actors button', { hasText: 'Adam Boehler' }).click();
    const card = article.locator('ahram-lens-card');
    await expect.poll(() => card.evaluate((element) => getComputedStyle(element).display)).toBe('block');
    expect(await accessibleText(article)).toMatch(/dialog:Adam Boehler/);
    await article.keyboard.press('Escape');
  });

  it('scrolls the page to a timeline event when it is clicked', async () => {
    await article.evaluate(() => window.scrollTo(0, 0));
    await popup.locator('.timeline button.what').first().click();
    await expect.poll(() => article.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(0);
  });

  it('is reachable by keyboard, every stop with a visible focus, down to the notes library link', async () => {
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops: { text: string; outlined: boolean }[] = [];
    for (let step = 0; step < 80; step += 1) {
      await popup.keyboard.press('Tab');
      const stop = await popup.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        if (!active || active === document.body) return null;
        const style = getComputedStyle(active);
        return {
          text: (active.textContent ?? '').trim().slice(0, 40),
          outlined: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
        };
      });
      if (!stop) break;
      stops.push(stop);
      if (stop.text.startsWith('All your notes')) break;
    }
    expect(stops.filter((stop) => !stop.outlined)).toEqual([]);
    expect(stops.some((stop) => stop.text.startsWith('Adam Boehler'))).toBe(true);
    expect(stops.at(-1)?.text).toBe('All your notes (notes library)');
    const href = await popup
      .getByRole('link', { name: 'All your notes (notes library)' })
      .getAttribute('href');
    expect(href).toBe(`chrome-extension://${harness.extensionId}/notes.html`);
  });

  it('passes an accessibility check with no serious violations, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      const violations = await seriousAxeViolations(popup);
      expect(violations, scheme).toEqual([]);
      await harness.screenshot(popup, `popup-${scheme}`);
    }
  });
});

describe('the real toolbar popup', () => {
  it('opens from the toolbar button on the article’s tab and shows that article, rendered at once', async () => {
    const toolbar = await ToolbarPopup.open(harness, article);
    await toolbar.waitForHeading('Notes');
    const text = await toolbar.text();
    expect(text).toContain('The US and Hamas talk directly');
    expect(text).toContain('Adam Boehler');
    expect(text).toContain('US Special Envoy for Hostage Affairs');
    // Rendered from what the tab already holds: the render mark is there, after the start mark.
    const start = await toolbar.markTime('ahram-lens:popup-start');
    const rendered = await toolbar.markTime('ahram-lens:popup-rendered');
    expect(rendered).toBeGreaterThanOrEqual(start);
    await toolbar.screenshot('popup-toolbar');
    await toolbar.close();
  });
});
