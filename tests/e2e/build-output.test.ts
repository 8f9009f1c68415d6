import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/harness';

const FIREFOX_DIR = EXTENSION_DIR.replace('chrome-mv3', 'firefox-mv2');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function manifestOf(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

describe('what the extension ships', () => {
  beforeAll(() => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'ignore' });
  }, 60_000);

  it('asks for the least permissions, in both browsers', () => {
    for (const dir of [EXTENSION_DIR, FIREFOX_DIR]) {
      const manifest = manifestOf(dir);
      expect(manifest.name).toBe('Ahram Lens');
      expect(manifest.permissions).toEqual(['storage', 'activeTab', 'scripting']);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      // No web page may message the extension.
      expect(manifest.externally_connectable).toBeUndefined();
      const scripts = manifest.content_scripts as { matches: string[] }[];
      expect(scripts.map((script) => script.matches)).toEqual([['*://*.ahram.org.eg/*']]);
      const icons = manifest.icons as Record<string, string>;
      for (const size of ['16', '48', '128'])
        expect(statSync(join(dir, icons[size] ?? 'missing')).size).toBeGreaterThan(0);
    }
  });

  it('carries a Firefox add-on id', () => {
    const gecko = (manifestOf(FIREFOX_DIR).browser_specific_settings as { gecko?: { id?: string } }).gecko;
    expect(gecko?.id).toMatch(/@/);
  });

  it('holds no network call anywhere in its code', () => {
    const code = filesUnder(EXTENSION_DIR).filter((file) => /\.(js|html)$/.test(file));
    expect(code.length).toBeGreaterThan(2);
    for (const file of code) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(
        /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts/,
      );
    }
  });

  it('keeps the content script within its 60 KB gzipped budget', () => {
    const content = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));
    expect(gzipSync(content).length).toBeLessThan(60 * 1024);
  });
});
