import { runCodeCommand } from './code-command';
import { runEvaluateCommand, type EvaluateOptions } from './evaluate-command';

const HELP = `Usage: npm run --silent tessera -- <command> [options]

Commands:
  code [--threshold 0.5]
      Reads answers as JSON Lines on stdin, one a line: {"id":"a1","text":"...","lang":"fr"}
      (lang optional: the language the respondent chose). Writes one line per answer, in the
      same order: {"id":"a1","themes":["housing"],"scores":{"housing":0.632}}. A line that
      cannot be read gives {"line":3,"error":"..."} and coding goes on.
  evaluate [--split train|held-out|all] [--threshold 0.5] [--uncalibrated] [--with-classifier]
           [--errors [--lang xx]] [--fit] [--corpus DIR]
      On the labelled corpus (analysis/devset/corpus): agreement between the two labellings,
      precision, recall, F1, kappa and theme shares per theme, per language and per kind, by
      5-fold cross-validation over the TRAIN part and on the HELD-OUT part (fitted on TRAIN
      only), and after review of the suggested codes; then the team's own devset apart.
      --errors prints the cross-validated TRAIN errors (never held-out ones); --fit writes the
      calibration fitted on the whole TRAIN part; --uncalibrated scores the raw lexicon.
  help
      Shows this text.
`;

class UsageError extends Error {}

type Options = EvaluateOptions & { withClassifier: boolean };

function readOptions(args: string[]): Options {
  const options: Options = { withClassifier: false };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--threshold') {
      const value = Number(args[index + 1]);
      if (!(value > 0 && value <= 1)) throw new UsageError('--threshold takes a number in (0, 1], e.g. --threshold 0.5');
      options.threshold = value;
      index += 1;
    } else if (arg === '--with-classifier') {
      options.withClassifier = true;
    } else if (arg === '--split') {
      const value = args[index + 1];
      if (value !== 'train' && value !== 'held-out' && value !== 'all') throw new UsageError('--split takes train, held-out or all');
      options.split = value;
      index += 1;
    } else if (arg === '--corpus') {
      const value = args[index + 1];
      if (!value) throw new UsageError('--corpus takes a directory with texts/ and labels/');
      options.corpus = value;
      index += 1;
    } else if (arg === '--lang') {
      const value = args[index + 1];
      if (!value) throw new UsageError('--lang takes a language code, e.g. --lang fr');
      options.lang = value;
      index += 1;
    } else if (arg === '--errors' || arg === '--fit' || arg === '--uncalibrated') {
      options[arg.slice(2) as 'errors' | 'fit' | 'uncalibrated'] = true;
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
    throw new UsageError(`unknown command ${command}`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`tessera: ${error.message}\n\n${HELP}`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
