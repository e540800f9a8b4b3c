import { UnreadableImport, type ImportFormat, type ImportResult } from './import-types';
import { importLss } from './lss-import';
import { importXlsForm } from './xlsform-import';

export const IMPORT_FORMATS = ['xlsform', 'limesurvey', 'surveyjs'] as const;

/** The format of a file from its first bytes: an .xlsx is a zip, an .lss XML, SurveyJS JSON. */
export function detectFormat(bytes: Uint8Array): ImportFormat | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsform';
  const start = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return 'limesurvey';
  if (start.startsWith('{')) return 'surveyjs';
  return undefined;
}

/**
 * Converts a questionnaire file into SurveyJS JSON with the list of what did not convert.
 * Throws UnreadableImport only when the file is not of the format at all.
 */
export async function importQuestionnaire(bytes: Uint8Array, options: { format?: ImportFormat; fileName?: string } = {}): Promise<ImportResult> {
  const format = options.format ?? detectFormat(bytes);
  if (!format) throw new UnreadableImport('The file is neither an XLSForm (.xlsx), a LimeSurvey structure (.lss) nor SurveyJS JSON.');
  if (format === 'xlsform') return importXlsForm(bytes, options.fileName);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (format === 'limesurvey') return importLss(text);
  let survey: unknown;
  try {
    survey = JSON.parse(text);
  } catch (error) {
    throw new UnreadableImport(`The file is not JSON (${(error as Error).message}).`);
  }
  if (survey === null || typeof survey !== 'object' || Array.isArray(survey)) throw new UnreadableImport('The JSON is not a SurveyJS document (an object).');
  return { format, survey: survey as Record<string, unknown>, notConverted: [] };
}
