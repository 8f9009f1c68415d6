// `npm run -s analyze -- FILE` and `npm run -s analyze -- --jsonl`: the engine on the command line.
// The same lib/analysis code as in the extension; see scripts/analyze/cli-args.ts for the options.
import { analyze } from '../lib/analysis/analyze';
import { analyzeBatchLine, byteLines } from './analyze/batch';
import { parseCliArgs, USAGE, UsageError } from './analyze/cli-args';
import { InputError, readArticleFile } from './analyze/read-article-file';
import { renderTerminalReport } from './analyze/terminal-report';

async function main(argv: string[]): Promise<number> {
  const command = parseCliArgs(argv);
  if (command.mode === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command.mode === 'jsonl') return runBatch();

  const input = readArticleFile(command.file, command.url);
  const publishedAt = command.publishedAt ?? input.publishedAt;
  const analysis = analyze(input.text, {
    ...(input.title === undefined ? {} : { title: input.title }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
  });
  const result = input.fromHtml ? { ...analysis, text: input.text } : analysis;
  process.stdout.write(
    command.json ? `${JSON.stringify(result)}\n` : renderTerminalReport(result, input.text),
  );
  return 0;
}

async function runBatch(): Promise<number> {
  let lines = 0;
  for await (const line of byteLines(process.stdin)) {
    if (line.toString('utf8').trim() === '') continue;
    lines += 1;
    const output = analyzeBatchLine(line, analyze);
    if (!process.stdout.write(`${output}\n`))
      await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  if (lines === 0) {
    process.stderr.write('No input: --jsonl reads one JSON object per line from standard input.\n');
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else if (error instanceof InputError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
