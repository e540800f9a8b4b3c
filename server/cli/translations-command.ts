import { readFileSync } from 'node:fs';
import { connectDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { readConfig } from '../env';
import { AppError } from '../errors';
import { findQuestionnaire } from '../questionnaires/questionnaires.repository';
import { exportTranslations, importTranslations, requireVersion, type TranslationFormat } from '../translations/translation-service';

export const TRANSLATIONS_HELP = `  translations export QUESTIONNAIRE VERSION LOCALE [--format xlf|csv]
      Writes one language's strings of a version (XLIFF 2.0 by default, or CSV) to stdout:
      the English source, the current translation, its state and a note where it is stale.
  translations import QUESTIONNAIRE VERSION LOCALE [--file PATH]
      Reads an XLIFF 2.0 or CSV file (stdin unless --file) into a draft version, all or
      nothing: each string with a problem is listed and nothing is stored.
      Both use DATABASE_URL, like the server.
`;

export class TranslationsUsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined) throw new TranslationsUsageError(`${name} needs a value`);
  args.splice(index, 2);
  return value;
}

/** Runs `translations export|import`; returns the exit code. */
export async function runTranslationsCommand(args: string[], stdin: NodeJS.ReadableStream, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const rest = [...args];
  const format = option(rest, '--format') ?? 'xlf';
  const file = option(rest, '--file');
  const [action, key, version, locale, ...extra] = rest;
  if ((action !== 'export' && action !== 'import') || !key || !version || !locale || extra.length) {
    throw new TranslationsUsageError('usage: translations export|import QUESTIONNAIRE VERSION LOCALE');
  }
  if (format !== 'xlf' && format !== 'csv') throw new TranslationsUsageError('--format is xlf or csv');
  const handle = connectDatabase(readConfig(process.env).databaseUrl);
  try {
    await migrateToLatest(handle.db, handle.dialect);
    const questionnaire = await findQuestionnaire(handle.db, key);
    if (!questionnaire) throw new AppError(404, 'questionnaire_not_found', `No questionnaire has the key or id "${key}".`);
    const found = await requireVersion(handle.db, questionnaire.id, version);
    if (action === 'export') {
      out.write(exportTranslations(questionnaire, found, locale, format as TranslationFormat));
      return 0;
    }
    const text = file ? readFileSync(file, 'utf8') : await readAll(stdin);
    const outcome = await importTranslations(handle.db, found, locale, text);
    out.write(`${JSON.stringify({ changed: outcome.changed, confirmed: outcome.confirmed })}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    err.write(`tessera: ${error.message}\n`);
    for (const field of error.fields ?? []) err.write(`  ${field.field}: ${field.code}: ${field.message}\n`);
    return 1;
  } finally {
    await handle.close();
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  return text;
}
