// The analyze CLI's command line (DESIGN.md): `analyze FILE [--published YYYY-MM-DD] [--json] [--url URL]`
// or `analyze --jsonl` (batch: JSON lines on stdin, JSON lines on stdout).

export type CliCommand =
  | { mode: 'file'; file: string; json: boolean; publishedAt?: string; url?: string }
  | { mode: 'jsonl' }
  | { mode: 'help' };

export const USAGE = `Usage:
  npm run -s analyze -- FILE [--published YYYY-MM-DD] [--json] [--url URL]
      Analyse one article (plain text, or an HTML page: its article is located first).
      --json       print the analysis JSON instead of a readable report
      --published  the publication date, against which relative dates resolve
      --url        the page's address, for HTML saved from a site (picks the site's adapter)
  npm run -s analyze -- --jsonl < in.jsonl > out.jsonl
      Analyse a batch: each input line is {"id", "text", "publishedAt"?}; each output line is
      {"id", ...analysis}, or {"id", "error"} for a line that could not be analysed.`;

export class UsageError extends Error {}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseCliArgs(argv: readonly string[]): CliCommand {
  let file: string | undefined;
  let json = false;
  let jsonl = false;
  let publishedAt: string | undefined;
  let url: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    const value = (): string => {
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value.`);
      index += 1;
      return next;
    };
    if (arg === '--help' || arg === '-h') return { mode: 'help' };
    else if (arg === '--json') json = true;
    else if (arg === '--jsonl') jsonl = true;
    else if (arg === '--published') publishedAt = value();
    else if (arg === '--url') url = value();
    else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}.`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`One file at a time (got ${file} and ${arg}).`);
  }
  if (jsonl) {
    if (file !== undefined) throw new UsageError('--jsonl reads standard input; give no file.');
    return { mode: 'jsonl' };
  }
  if (file === undefined) throw new UsageError('Name a file to analyse, or use --jsonl.');
  if (publishedAt !== undefined && !DATE.test(publishedAt)) {
    throw new UsageError(`--published wants YYYY-MM-DD, not ${JSON.stringify(publishedAt)}.`);
  }
  return {
    mode: 'file',
    file,
    json,
    ...(publishedAt === undefined ? {} : { publishedAt }),
    ...(url === undefined ? {} : { url }),
  };
}
