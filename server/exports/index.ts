// Response exports: pure functions from a survey and stored responses to CSV or JSON text.
// No I/O: the routes read the database and stream what these return.
export { csvColumns, csvGroupCounts, csvHeader, csvRow, responsesToCsv, responsesToCsvLines } from './csv-export';
export { responsesToJson, responsesToJsonChunks } from './json-export';
export type { AnswerLabel, JsonExport, JsonExportInput, JsonExportResponse } from './json-export';
export { neutralizeFormula, UTF8_BOM } from './csv-cells';
export type { CsvExportOptions, ExportLabels, ExportResponse, SurveyJson } from './export-types';
