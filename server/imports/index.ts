// Imports and exports questionnaires in the formats researchers already use (XLSForm, LimeSurvey
// .lss, SurveyJS JSON): pure conversions of bytes, with a list of what did not convert.
export { detectFormat, IMPORT_FORMATS, importQuestionnaire } from './import-file';
export { UnreadableImport, type ImportFormat, type ImportResult, type NotConverted, type SurveyJson } from './import-types';
