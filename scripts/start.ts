// `npm start`: build the extension, serve the demo article on 127.0.0.1, and open Chromium with the
// extension loaded on it. With a display the browser window stays open for you; without one it runs
// headless, saves screenshots under demo-output/ and says where they went.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ALL_AHRAM_PAGES, SEED_PAGE } from '../tests/fixtures/fixture-pages';
import { type FixtureServer, startFixtureServer } from './dev/fixture-server';
import { launchWithExtension } from './dev/launch-browser';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUTPUT_DIR = `${ROOT}demo-output/`;
const PORT = Number(process.env.AHRAM_LENS_PORT ?? 8417);
const ORIGIN = 'http://english.ahram.org.eg';

function fail(message: string): never {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

function build(): void {
  console.log('Building the extension (npm run build)…');
  const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) fail('The build failed; see the messages above.');
}

async function serve(): Promise<FixtureServer> {
  try {
    const server = await startFixtureServer(PORT);
    for (const page of ALL_AHRAM_PAGES)
      server.route(page.urlPath, { file: `${ROOT}tests/fixtures/${page.file}` });
    return server;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      fail(
        `Port ${PORT} on 127.0.0.1 is busy. Stop what uses it, or pick another: AHRAM_LENS_PORT=8418 npm start`,
      );
    }
    throw error;
  }
}

async function main(): Promise<void> {
  build();
  const server = await serve();
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  console.log(
    `Serving the demo pages on http://127.0.0.1:${server.port} (shown to the browser as ${ORIGIN}).`,
  );
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  try {
    browser = await launchWithExtension({
      extensionDir: `${ROOT}.output/chrome-mv3`,
      fixturePort: server.port,
      headless,
    });
  } catch (error) {
    await server.close();
    fail(error instanceof Error ? error.message : String(error));
  }
  const demoUrl = ORIGIN + SEED_PAGE.urlPath;
  const page = await browser.context.newPage();
  await page.goto(demoUrl, { waitUntil: 'domcontentloaded' });
  console.log(`Opened the demo article: ${demoUrl}`);

  if (!headless) {
    for (const blank of browser.context.pages())
      if (blank !== page && blank.url() === 'about:blank') await blank.close();
    console.log('Other fixture pages you can open in that window:');
    for (const fixture of ALL_AHRAM_PAGES) console.log(`  ${ORIGIN}${fixture.urlPath}`);
    console.log('Close the browser window (or press Ctrl+C) to stop.');
    await new Promise<void>((resolve) => {
      browser.context.on('close', () => resolve());
      process.on('SIGINT', () => resolve());
    });
  } else {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.waitForLoadState('load');
    const painted = await page
      .waitForSelector('mark.ahram-lens-actor', { state: 'attached', timeout: 15_000 })
      .then(() => page.waitForTimeout(300))
      .then(
        () => true,
        () => false,
      );
    if (!painted) console.warn('The extension painted no highlights on the demo page within 15 s.');
    const articlePath = `${OUTPUT_DIR}demo-article.png`;
    await page.screenshot({ path: articlePath });
    const cardPath = `${OUTPUT_DIR}demo-card.png`;
    const boehler = page.locator('mark[data-actor-id="adam-boehler"]').first();
    if (painted && (await boehler.count()) > 0) {
      await boehler.scrollIntoViewIfNeeded();
      await boehler.hover();
      await page.waitForTimeout(800);
      await page.screenshot({ path: cardPath });
    }
    const tabReport = await browser.serviceWorker.evaluate(async (url: string) => {
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const all = await chrome.storage.session.get(null);
        const entry = Object.entries(all).find(([, value]) => (value as { url?: string }).url === url);
        if (entry) return entry[0];
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return null;
    }, demoUrl);
    const popupPath = `${OUTPUT_DIR}demo-popup.png`;
    if (tabReport) {
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabReport.split(':')[1]}`);
      await popup.getByRole('heading').first().waitFor();
      await popup.screenshot({ path: popupPath });
    } else {
      console.warn('The extension sent no report for the demo page; no popup screenshot.');
    }
    console.log('No display found, so Chromium ran headless. Screenshots:');
    console.log(`  ${articlePath}`);
    if (painted) console.log(`  ${cardPath}`);
    if (tabReport) console.log(`  ${popupPath}`);
  }
  await browser.context.close().catch(() => {});
  await server.close();
}

main().catch((error: unknown) =>
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error)),
);
