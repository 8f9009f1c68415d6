import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = `${ROOT}tests/fixtures/`;

/** The development datasets beside the checkout (../shared/datasets), when this machine has them. */
export function sharedDatasets(): string | null {
  const dir = process.env.AHRAM_LENS_DATASETS ?? `${ROOT}../shared/datasets/`;
  return existsSync(dir) ? (dir.endsWith('/') ? dir : `${dir}/`) : null;
}
