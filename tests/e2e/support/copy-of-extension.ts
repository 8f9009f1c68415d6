import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ExtensionCopyOptions {
  /** Extra files (path → content), e.g. a blank page for a benchmark's baseline. */
  files?: Record<string, string>;
}

/** A copy of the built extension in a temporary folder; nothing but the extra files differs from the build. */
export function copyOfExtension(extensionDir: string, { files = {} }: ExtensionCopyOptions): string {
  const copy = mkdtempSync(join(tmpdir(), 'ahram-lens-copy-'));
  cpSync(extensionDir, copy, { recursive: true });
  for (const [path, content] of Object.entries(files)) writeFileSync(join(copy, path), content);
  return copy;
}
