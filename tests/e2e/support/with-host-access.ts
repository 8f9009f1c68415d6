import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A copy of the built extension that already holds access to `hosts`. A reader's click on the
 * toolbar button grants `activeTab` for the page they are on; a test cannot click the toolbar, so
 * its copy is given that access at install instead. Nothing else differs from the shipped build.
 */
export function withHostAccess(extensionDir: string, hosts: string[]): string {
  const copy = mkdtempSync(join(tmpdir(), 'ahram-lens-granted-'));
  cpSync(extensionDir, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return copy;
}
