// Renders assets/icon.svg to the PNG sizes browsers ask for, with the same Chromium the tests use.
// Run after changing the SVG: `npx tsx scripts/make-icons.ts`. The PNGs are committed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from './dev/launch-browser';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SIZES = [16, 32, 48, 96, 128];

const svg = readFileSync(`${ROOT}assets/icon.svg`, 'utf8');
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--headless=new'],
});
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: `${ROOT}assets/public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`Wrote ${SIZES.map((size) => `assets/public/icon/${size}.png`).join(', ')}`);
