import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

/** A news site that is not Al-Ahram (`.test` is reserved: it can never be a real host). */
export const OTHER_SITE_HOST = 'news.example.test';

/** Host names the browser resolves to the fixture server; every other name fails to resolve. */
export const SERVED_HOSTS = ['english.ahram.org.eg', 'weekly.ahram.org.eg', OTHER_SITE_HOST];

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  /** Derived by Chromium from the extension folder's path: read at run time, never hard-coded. */
  extensionId: string;
  profileDir: string;
}

export interface LaunchOptions {
  extensionDir: string;
  fixturePort: number;
  headless: boolean;
  /** A fresh profile unless given: a reused one can keep an old service worker after a rebuild. */
  profileDir?: string;
  /**
   * Lets tests click the extension's toolbar button through the DevTools protocol
   * (Extensions.triggerAction, which Chromium offers only behind this switch). Test browsers only.
   */
  toolbarClicks?: boolean;
  /** The X display a headed browser opens its window on (tests use a virtual one); else the environment's. */
  display?: string;
}

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      'Chromium was not found. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}

export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const extensionDir = resolve(options.extensionDir);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'ahram-lens-profile-'));
  const hostRules = [
    ...SERVED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${options.fixturePort}`),
    // Nothing else resolves: the run is offline by construction, as the extension promises to be.
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
  ].join(', ');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: options.headless,
    ...(options.display === undefined ? {} : { env: { ...process.env, DISPLAY: options.display } }),
    viewport: { width: 1280, height: 900 },
    args: [
      ...(options.headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${hostRules}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      '--enable-unsafe-extension-debugging',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, serviceWorker, extensionId: new URL(serviceWorker.url()).host, profileDir };
}
