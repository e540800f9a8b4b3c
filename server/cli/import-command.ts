import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { connectDatabase } from '../db/connect';
import { readConfig } from '../env';
import { importQuestionnaire, UnreadableImport, type ImportFormat, type NotConverted } from '../imports';
import { IMPORT_FORMATS } from '../imports/import-file';
import { exportXlsForm } from '../imports/xlsform-export';
import { canonicalJson } from '../lib/canonical-json';
import { findQuestionnaire, findVersion } from '../questionnaires/questionnaires.repository';

export const IMPORT_HELP = `  import FILE [--format xlsform|limesurvey|surveyjs] [--out FILE.json]
      Converts an XLSForm (.xlsx), a LimeSurvey structure (.lss) or SurveyJS JSON into SurveyJS
      JSON: printed, or written to --out. What did not convert is listed on stderr, one line
      each. Fails (exit 1) only when the file cannot be read.
  export QUESTIONNAIRE VERSION [--format surveyjs|xlsform] [--out FILE]
  export SURVEY.json --format xlsform --out FILE.xlsx
      Writes a version stored in DATABASE_URL (or a SurveyJS file) as canonical SurveyJS JSON
      or as an XLSForm workbook (--out required); what XLSForm cannot say goes to stderr.
`;

export class CommandError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

interface Options {
  positional: string[];
  format?: string;
  out?: string;
}

function readOptions(args: string[]): Options {
  const options: Options = { positional: [] };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--format' || arg === '--out') {
      const value = args[index + 1];
      if (!value) throw new CommandError(`${arg} needs a value`, 2);
      if (arg === '--format') options.format = value;
      else options.out = value;
      index += 1;
    } else if (arg.startsWith('--')) {
      throw new CommandError(`unknown option ${arg}`, 2);
    } else {
      options.positional.push(arg);
    }
  }
  return options;
}

export function formatNotConverted(entry: NotConverted): string {
  const place = [entry.sheet && `sheet ${entry.sheet}`, entry.row !== undefined && `row ${entry.row}`, entry.question && `question ${entry.question}`, entry.column && `column ${entry.column}`]
    .filter(Boolean)
    .join(', ');
  return place ? `${place}: ${entry.reason}` : entry.reason;
}

export async function runImportCommand(args: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<void> {
  const options = readOptions(args);
  const [file] = options.positional;
  if (!file || options.positional.length > 1) throw new CommandError('import takes one FILE', 2);
  if (options.format && !(IMPORT_FORMATS as readonly string[]).includes(options.format)) throw new CommandError(`--format is one of ${IMPORT_FORMATS.join(', ')}`, 2);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new CommandError(`cannot read ${file}: ${(error as Error).message}`, 1);
  }
  try {
    const result = await importQuestionnaire(bytes, { format: options.format as ImportFormat | undefined, fileName: basename(file) });
    const json = `${JSON.stringify(result.survey, null, 2)}\n`;
    if (options.out) writeFileSync(options.out, json);
    else stdout.write(json);
    stderr.write(`${basename(file)}: ${result.format}, ${result.notConverted.length === 0 ? 'everything converted' : `${result.notConverted.length} item(s) not converted`}\n`);
    for (const entry of result.notConverted) stderr.write(`  ${formatNotConverted(entry)}\n`);
  } catch (error) {
    if (error instanceof UnreadableImport) throw new CommandError(`${file}: ${error.message}`, 1);
    throw error;
  }
}

export async function runExportCommand(args: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<void> {
  const options = readOptions(args);
  const format = options.format ?? 'surveyjs';
  if (format !== 'surveyjs' && format !== 'xlsform') throw new CommandError('--format is surveyjs or xlsform', 2);
  if (format === 'xlsform' && !options.out) throw new CommandError('an XLSForm is a binary file: give --out FILE.xlsx', 2);
  const { survey, name } = await loadSurvey(options.positional);
  if (format === 'surveyjs') {
    const json = canonicalJson(survey);
    if (options.out) writeFileSync(options.out, json);
    else stdout.write(`${json}\n`);
    return;
  }
  const { bytes, notExported } = await exportXlsForm(survey, name);
  writeFileSync(options.out!, bytes);
  for (const entry of notExported) stderr.write(`  ${formatNotConverted(entry)}\n`);
}

async function loadSurvey(positional: string[]): Promise<{ survey: Record<string, unknown>; name: string }> {
  const [first, second] = positional;
  if (first && positional.length === 1 && first.endsWith('.json')) {
    try {
      return { survey: JSON.parse(readFileSync(first, 'utf8')) as Record<string, unknown>, name: basename(first, '.json') };
    } catch (error) {
      throw new CommandError(`cannot read ${first}: ${(error as Error).message}`, 1);
    }
  }
  if (!first || !second || positional.length > 2) throw new CommandError('export takes QUESTIONNAIRE VERSION, or one SURVEY.json', 2);
  const handle = connectDatabase(readConfig(process.env).databaseUrl);
  try {
    const questionnaire = await findQuestionnaire(handle.db, first);
    if (!questionnaire) throw new CommandError(`no questionnaire has the id or key ${first}`, 1);
    const version = await findVersion(handle.db, questionnaire.id, Number(second));
    if (!version) throw new CommandError(`${questionnaire.key} has no version ${second}`, 1);
    return { survey: version.survey, name: `${questionnaire.key}-v${version.version}` };
  } finally {
    await handle.close();
  }
}
