import type { EvaluateOptions } from './evaluate-command';
import type { UserAddOptions } from './user-command';

// Each command's module is loaded only when that command runs: loading them all (database
// drivers, questionnaires, the corpus tools) took longer than `code` takes to code 100,000 answers.
async function helpText(): Promise<string> {
  const [{ TRANSLATIONS_HELP }, { IMPORT_HELP }] = await Promise.all([import('./translations-command'), import('./import-command')]);
  return `Usage: npm run --silent tessera -- <command> [options]

Commands:
  code [--threshold 0.5] [--threads N]
      Reads answers as JSON Lines on stdin, one a line: {"id":"a1","text":"...","lang":"fr"}
      (lang optional: the language the respondent chose). Writes one line per answer, in the
      same order: {"id":"a1","themes":["housing"],"scores":{"housing":0.632}}. A line that
      cannot be read gives {"line":3,"error":"..."} and coding goes on. --threads codes on N
      threads (default: one per core when stdin is a file over 1 MiB, else 1; the output is
      the same).
  evaluate [--split train|held-out|all] [--threshold 0.5] [--uncalibrated] [--with-classifier]
           [--errors [--lang xx]] [--fit] [--corpus DIR]
      On the labelled corpus (analysis/devset/corpus): agreement between the two labellings,
      precision, recall, F1, kappa and theme shares per theme, per language and per kind, by
      5-fold cross-validation over the TRAIN part and on the HELD-OUT part (fitted on TRAIN
      only), and after review of the suggested codes; then the team's own devset apart.
      --errors prints the cross-validated TRAIN errors (never held-out ones); --fit writes the
      calibration fitted on the whole TRAIN part; --uncalibrated scores the raw lexicon.
  user add --email EMAIL --name NAME [--admin] [--partnership ID --role admin|researcher|viewer]
      Adds a person who signs in to the workspace (or updates the one with this email), in the
      database DATABASE_URL names (default ./data/tessera.sqlite). The password is read from
      TESSERA_PASSWORD, or else from the first line of stdin; never give it as an argument.
  backup FILE
      Copies the database named by DATABASE_URL (SQLite) into FILE while the server runs.
      For PostgreSQL, prints how to use pg_dump instead.
  restore FILE
      Puts the backup FILE in place of the database named by DATABASE_URL. Stop the server
      first; the database it replaces is kept beside it as <file>.before-restore.
${TRANSLATIONS_HELP}${IMPORT_HELP}  help
      Shows this text.
`;
}

class UsageError extends Error {}

// Starting a coding thread costs about a second of loading lexicons and model: worth it only
// for an input that takes longer than that to code on one.
const PARALLEL_INPUT_BYTES = 1024 * 1024;

/** One thread per core for a large input file on stdin; one thread for a pipe, a terminal or a small file. */
async function defaultCodingThreads(): Promise<number> {
  const { availableParallelism } = await import('node:os');
  const { fstatSync } = await import('node:fs');
  try {
    const stdin = fstatSync(0);
    return stdin.isFile() && stdin.size > PARALLEL_INPUT_BYTES ? availableParallelism() : 1;
  } catch {
    return 1;
  }
}

type Options = EvaluateOptions & { withClassifier: boolean; threads?: number };

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
    } else if (arg === '--threads') {
      const value = Number(args[index + 1]);
      if (!(Number.isInteger(value) && value >= 1 && value <= 64)) throw new UsageError('--threads takes a whole number from 1 to 64, e.g. --threads 2');
      options.threads = value;
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
      process.stdout.write(await helpText());
      return command === undefined ? 2 : 0;
    }
    if (command === 'code') {
      const { threshold, threads } = readOptions(rest);
      const count = threads ?? (await defaultCodingThreads());
      if (count > 1) {
        const { runCodeCommandInParallel } = await import('./parallel-code');
        await runCodeCommandInParallel(process.stdin, process.stdout, { threads: count, ...(threshold !== undefined && { threshold }) });
      } else {
        const { runCodeCommand } = await import('./code-command');
        await runCodeCommand(process.stdin, process.stdout, threshold === undefined ? {} : { threshold });
      }
      return 0;
    }
    if (command === 'evaluate') {
      const options = readOptions(rest);
      const { runEvaluateCommand } = await import('./evaluate-command');
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
    if (command === 'backup' || command === 'restore') {
      const [file, ...extra] = rest;
      if (!file || extra.length > 0) throw new UsageError(`${command} takes one file name`);
      // Loaded here, so the coding commands do not wait for the database driver to load.
      const [{ readConfig }, { BackupError, runBackup, runRestore }] = await Promise.all([import('../env'), import('./backup-command')]);
      const { databaseUrl } = readConfig(process.env);
      try {
        process.stdout.write(`${await (command === 'backup' ? runBackup(databaseUrl, file) : runRestore(databaseUrl, file))}\n`);
      } catch (error) {
        if (!(error instanceof BackupError)) throw error;
        process.stderr.write(`tessera: ${error.message}\n`);
        return 1;
      }
      return 0;
    }
    if (command === 'translations') {
      const { runTranslationsCommand } = await import('./translations-command');
      return await runTranslationsCommand(rest, process.stdin, process.stdout, process.stderr);
    }
    if (command === 'import' || command === 'export') {
      const { runExportCommand, runImportCommand } = await import('./import-command');
      await (command === 'import' ? runImportCommand : runExportCommand)(rest, process.stdout, process.stderr);
      return 0;
    }
    throw new UsageError(`unknown command ${command}`);
  } catch (error) {
    const [{ CommandError }, { TranslationsUsageError }] = await Promise.all([import('./import-command'), import('./translations-command')]);
    if (error instanceof CommandError) {
      process.stderr.write(`tessera: ${error.message}\n${error.exitCode === 2 ? `\n${await helpText()}` : ''}`);
      return error.exitCode;
    }
    if (!(error instanceof UsageError || error instanceof TranslationsUsageError)) throw error;
    process.stderr.write(`tessera: ${error.message}\n\n${await helpText()}`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
