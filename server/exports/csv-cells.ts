/**
 * Excel reads a CSV without a byte order mark in the Windows ANSI code page, so é, ç and any
 * Arabic or Chinese text come out garbled; with a UTF-8 BOM it reads UTF-8.
 */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180 ends records with CRLF. */
export const CRLF = '\r\n';

/** A cell before writing: numbers are kept apart from text so formula neutralizing can tell them apart. */
export type Cell = string | number | null;

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"):
 * = + - @, tab and carriage return. The full-width forms are included because some spreadsheet
 * programs normalize them to ASCII before parsing.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/**
 * Text a respondent (or an administrator) typed never reaches a spreadsheet as a formula: a cell
 * starting with a trigger gets a leading single quote, which spreadsheets show as text.
 * A finite number is written as a number even when negative: "-3" cannot hold a formula, and
 * quoting it would turn every negative answer into text and break sums. Text that merely looks
 * like a number ("-3" typed in a free-text box) is still neutralized: only JavaScript numbers
 * from the stored answers are trusted.
 */
export function neutralizeFormula(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]!) ? `'${text}` : text;
}

export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return neutralizeFormula(cell);
}

/** RFC 4180: quote a field holding the delimiter, a quote, CR or LF; double the quotes inside. */
export function quoteField(text: string, delimiter: string): string {
  const needsQuotes = text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(cells: readonly Cell[], delimiter: string): string {
  return cells.map((cell) => quoteField(cellText(cell), delimiter)).join(delimiter) + CRLF;
}
