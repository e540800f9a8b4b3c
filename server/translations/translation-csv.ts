import { AppError } from '../errors';
import { CRLF, UTF8_BOM, quoteField } from '../exports/csv-cells';
import { stateNote, type ImportedFile, type ImportedUnit, type TranslationExport } from './translation-file';

const HEADER = ['id', 'source', 'translation', 'state', 'note'];

/**
 * Spreadsheets read a cell starting with = + - @ (and their full-width forms, tab, CR) as a
 * formula (see server/exports/csv-cells.ts). A leading quote makes it text; a text that already
 * starts with quotes before such a character gets one more, so reading strips exactly one back.
 */
const GUARDED = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const guard = (text: string): string => (GUARDED.test(text) ? `'${text}` : text);
const unguard = (text: string): string => (text.startsWith("'") && GUARDED.test(text) ? text.slice(1) : text);

export function toTranslationCsv(file: TranslationExport): string {
  const rows = [HEADER, ...file.strings.map((detail) => [detail.id, detail.source, detail.text ?? '', detail.state, stateNote(detail.state) ?? ''])];
  return UTF8_BOM + rows.map((row) => row.map((cell) => quoteField(guard(cell), ',')).join(',') + CRLF).join('');
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let index = text.startsWith(UTF8_BOM) ? 1 : 0;
  for (; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (field += '"'), (index += 1);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') record.push(field), (field = '');
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      record.push(field), records.push(record), (record = []), (field = '');
    } else field += char;
  }
  if (quoted) throw new AppError(400, 'invalid_translation_file', 'The CSV file ends inside a quoted field: a closing quote is missing.');
  if (field !== '' || record.length) record.push(field), records.push(record);
  return records.filter((row) => row.some((cell) => cell !== ''));
}

export function parseTranslationCsv(text: string): ImportedFile {
  const [header, ...rows] = parseCsvRecords(text);
  const column = (name: string) => header?.indexOf(name) ?? -1;
  const [id, source, translation, state] = ['id', 'source', 'translation', 'state'].map(column) as [number, number, number, number];
  if (id < 0 || source < 0 || translation < 0) {
    throw new AppError(400, 'invalid_translation_file', 'The CSV file needs a header row with at least the columns id, source and translation.');
  }
  const units: ImportedUnit[] = rows.map((row) => {
    const target = unguard(row[translation] ?? '');
    return {
      id: row[id] ?? '',
      source: unguard(row[source] ?? ''),
      target: target === '' ? null : target,
      // A spreadsheet user confirms a stale translation by writing "translated" in its state cell.
      confirmed: state >= 0 && (row[state] ?? '').trim().toLowerCase() === 'translated',
    };
  });
  return { locale: null, units };
}
