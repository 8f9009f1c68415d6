import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ExtensionCopyOptions {
  /** Extra files (path → content), e.g. a blank page for a benchmark's baseline. */
  files?: Record<string, string>;
  /**
   * Leaves the content script out of the manifest, keeping the host access its match patterns gave:
   * every tab is then like one opened before the extension was installed, which no content script
   * reaches.
   */
  withoutContentScripts?: boolean;
}

/** A copy of the built extension in a temporary folder; nothing but `options` differs from the build. */
export function copyOfExtension(
  extensionDir: string,
  { files = {}, withoutContentScripts = false }: ExtensionCopyOptions,
): string {
  const copy = mkdtempSync(join(tmpdir(), 'ahram-lens-copy-'));
  cpSync(extensionDir, copy, { recursive: true });
  if (withoutContentScripts) {
    const manifestPath = join(copy, 'manifest.json');
    const { content_scripts: contentScripts = [], ...manifest } = JSON.parse(
      readFileSync(manifestPath, 'utf8'),
    ) as { content_scripts?: { matches: string[] }[]; host_permissions?: string[] };
    manifest.host_permissions = [
      ...(manifest.host_permissions ?? []),
      ...contentScripts.flatMap((script) => script.matches),
    ];
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  }
  for (const [path, content] of Object.entries(files)) writeFileSync(join(copy, path), content);
  return copy;
}
