import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ExtensionCopyOptions {
  /**
   * Host access the copy holds from install. A reader's click on the toolbar button grants
   * `activeTab` for the page they are on; a test cannot click the toolbar, so its copy is given
   * that access in advance instead.
   */
  hosts?: string[];
  /** Extra files (path → content), e.g. a blank page for a benchmark's baseline. */
  files?: Record<string, string>;
}

/** A copy of the built extension in a temporary folder; nothing but `options` differs from the build. */
export function copyOfExtension(
  extensionDir: string,
  { hosts = [], files = {} }: ExtensionCopyOptions,
): string {
  const copy = mkdtempSync(join(tmpdir(), 'ahram-lens-copy-'));
  cpSync(extensionDir, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  if (hosts.length > 0) manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  for (const [path, content] of Object.entries(files)) writeFileSync(join(copy, path), content);
  return copy;
}
