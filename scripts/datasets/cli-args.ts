import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is scripts/datasets/cli-args.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The value after `--name`, if given. */
export function argValue(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}

export function numberArg(args: readonly string[], name: string, fallback: number): number {
  const value = argValue(args, name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`--${name} must be a number, got ${value}`);
  return parsed;
}

/** The datasets folder: `--datasets DIR`, else ../shared/datasets beside the repository. */
export function datasetsDir(args: readonly string[]): string {
  return resolve(argValue(args, 'datasets') ?? resolve(REPO_ROOT, '..', 'shared', 'datasets'));
}
