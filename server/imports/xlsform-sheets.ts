import ExcelJS from 'exceljs';
import { UnreadableImport } from './import-types';

/** One filled row of an XLSForm sheet: its 1-based row number in the file and its cells by header. */
export interface SheetRow {
  row: number;
  cells: Map<string, string>;
}

export interface XlsFormSheets {
  survey: SheetRow[];
  choices: SheetRow[];
  settings: SheetRow[];
  /** The survey sheet's headers as written, in order (translation columns included). */
  surveyHeaders: string[];
  choiceHeaders: string[];
}

/**
 * Reads the survey, choices and settings sheets of an XLSForm workbook. Headers are kept as
 * written except that the column name before "::" is lowercased ("Label::Français (fr)" →
 * "label::Français (fr)"), as pyxform reads them. Cells are read as their displayed text.
 */
export async function readXlsFormSheets(bytes: Uint8Array): Promise<XlsFormSheets> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UnreadableImport(`The file is not an .xlsx workbook Tessera can read (${(error as Error).message}).`);
  }
  const sheet = (name: string) => workbook.worksheets.find((candidate) => candidate.name.trim().toLowerCase() === name);
  const survey = sheet('survey');
  if (!survey) throw new UnreadableImport('The workbook has no "survey" sheet, so it is not an XLSForm.');
  const surveySheet = readSheet(survey);
  const choiceSheet = readSheet(sheet('choices'));
  return {
    survey: surveySheet.rows,
    choices: choiceSheet.rows,
    settings: readSheet(sheet('settings')).rows,
    surveyHeaders: surveySheet.headers,
    choiceHeaders: choiceSheet.headers,
  };
}

function readSheet(worksheet: ExcelJS.Worksheet | undefined): { headers: string[]; rows: SheetRow[] } {
  if (!worksheet) return { headers: [], rows: [] };
  const headers: string[] = [];
  worksheet.getRow(1).eachCell((cell, column) => {
    headers[column] = normalizeHeader(cellText(cell));
  });
  const rows: SheetRow[] = [];
  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = new Map<string, string>();
    row.eachCell((cell, column) => {
      const header = headers[column];
      const text = cellText(cell).trim();
      if (header && text !== '') cells.set(header, text);
    });
    if (cells.size > 0) rows.push({ row: rowNumber, cells });
  });
  return { headers: headers.filter((header) => header), rows };
}

function normalizeHeader(header: string): string {
  const trimmed = header.trim();
  const separator = trimmed.indexOf('::');
  if (separator < 0) return trimmed.toLowerCase();
  return `${trimmed.slice(0, separator).trim().toLowerCase()}::${trimmed.slice(separator + 2).trim()}`;
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Rich text, hyperlinks and formulas: the text a person sees in the cell.
  return cell.text ?? '';
}
