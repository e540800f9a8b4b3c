import { runCodeCommand } from './code-command';
import { runEvaluateCommand } from './evaluate-command';
import type { UserAddOptions } from './user-command';

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
  user add --email EMAIL --name NAME [--admin] [--partnership ID --role admin|researcher|viewer]
      Adds a person who signs in to the workspace (or updates the one with this email), in the
      database DATABASE_URL names (default ./data/tessera.sqlite). The password is read from
      TESSERA_PASSWORD, or else from the first line of stdin; never give it as an argument.
  help
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

function readUserOptions(args: string[]): UserAddOptions {
  const values: Record<string, string> = {};
  let admin = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--admin') admin = true;
    else if (['--email', '--name', '--partnership', '--role'].includes(arg) && args[index + 1] !== undefined) values[arg.slice(2)] = args[++index]!;
    else if (arg === '--password') throw new UsageError('give the password in TESSERA_PASSWORD or on stdin, not as an argument');
    else throw new UsageError(`unknown option ${arg}`);
  }
  if (!values.email || !values.name) throw new UsageError('user add needs --email and --name');
  if (values.partnership === undefined && values.role !== undefined) throw new UsageError('--role goes with --partnership');
  const role = values.role ?? 'researcher';
  if (role !== 'admin' && role !== 'researcher' && role !== 'viewer') throw new UsageError('--role is admin, researcher or viewer');
  return { email: values.email, name: values.name, admin, ...(values.partnership && { partnership: { id: values.partnership, role } }) };
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
    if (command === 'user' && rest[0] === 'add') {
      const options = readUserOptions(rest.slice(1));
      // Loaded only for this command: the database drivers need not slow the others' start.
      const { readPassword, runUserAdd, UserCommandError } = await import('./user-command');
      const { DEFAULT_DATABASE_FILE } = await import('../env');
      const password = await readPassword(process.env, process.stdin);
      try {
        process.stdout.write(`${await runUserAdd(options, password, process.env.DATABASE_URL || DEFAULT_DATABASE_FILE)}\n`);
      } catch (error) {
        if (!(error instanceof UserCommandError)) throw error;
        process.stderr.write(`tessera: ${error.message}\n`);
        return 1;
      }
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
