import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PAGE } from '../fixtures/fixture-pages';
import { Harness, ORIGIN } from './support/harness';

// Extension pages forbid inline scripts (CSP), so axe is evaluated through the debugger protocol.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let harness: Harness;
let article: Page;
let popup: Page;

beforeAll(async () => {
  harness = await Harness.start();
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
    await article.evaluate(() => window.scrollTo(0, 0));
    await popup.locator('.summary .sentence').last().click();
    await expect.poll(() => article.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(0);
  });

  it('passes an accessibility check with no serious violations, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.evaluate(AXE_SOURCE);
      const violations = await popup.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> };
          }
        ).axe;
        const result = await axe.run();
        return result.violations
          .filter((violation) => ['serious', 'critical'].includes(violation.impact))
          .map((violation) => violation.id);
      });
      expect(violations, scheme).toEqual([]);
      await harness.screenshot(popup, `popup-${scheme}`);
    }
  });
});
