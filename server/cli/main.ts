import { runCodeCommand } from './code-command';
import { runEvaluateCommand } from './evaluate-command';
import { CommandError, IMPORT_HELP, runExportCommand, runImportCommand } from './import-command';

const HELP = `Usage: npm run --silent tessera -- <command> [options]

Commands:
  code [--threshold 0.5]
      Reads answers as JSON Lines on stdin, one a line: {"id":"a1","text":"...","lang":"fr"}
      (lang optional: the language the respondent chose). Writes one line per answer, in the
      same order: {"id":"a1","themes":["housing"],"scores":{"housing":0.632}}. A line that
      cannot be read gives {"line":3,"error":"..."} and coding goes on.
  evaluate [--threshold 0.5] [--with-classifier]
      Prints precision, recall, F1, Cohen's kappa and shares per theme on the held-out
      development answers, then on the whole set.
${IMPORT_HELP}  help
      Shows this text.
`;

class UsageError extends Error {}

function readOptions(args: string[]): { threshold?: number; withClassifier: boolean } {
  const options: { threshold?: number; withClassifier: boolean } = { withClassifier: false };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--threshold') {
      const value = Number(args[index + 1]);
      if (!(value > 0 && value <= 1)) throw new UsageError('--threshold takes a number in (0, 1], e.g. --threshold 0.5');
      options.threshold = value;
      index += 1;
    } else if (arg === '--with-classifier') {
      options.withClassifier = true;
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  return options;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      process.stdout.write(HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === 'code') {
      const { threshold } = readOptions(rest);
      await runCodeCommand(process.stdin, process.stdout, threshold === undefined ? {} : { threshold });
      return 0;
    }
    if (command === 'evaluate') {
      const options = readOptions(rest);
      process.stdout.write(`${runEvaluateCommand(options)}\n`);
      return 0;
    }
    if (command === 'import' || command === 'export') {
      await (command === 'import' ? runImportCommand : runExportCommand)(rest, process.stdout, process.stderr);
      return 0;
    }
    throw new UsageError(`unknown command ${command}`);
  } catch (error) {
    if (error instanceof CommandError) {
      process.stderr.write(`tessera: ${error.message}\n${error.exitCode === 2 ? `\n${HELP}` : ''}`);
      return error.exitCode;
    }
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`tessera: ${error.message}\n\n${HELP}`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
