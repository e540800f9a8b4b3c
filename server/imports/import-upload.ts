import { z } from 'zod';
import { AppError } from '../errors';
import { canonicalJson } from '../lib/canonical-json';
import { IMPORT_FORMATS, importQuestionnaire } from './import-file';
import { UnreadableImport, type ImportResult, type SurveyJson } from './import-types';
import { exportXlsForm } from './xlsform-export';

/** An uploaded questionnaire file inside a JSON body: POST /api/questionnaires `import`. */
export const ImportInput = z.strictObject({
  format: z.enum(IMPORT_FORMATS).optional(),
  file: z.string().min(1, 'Send the file as base64.'),
  fileName: z.string().max(200).optional(),
});

/** Converts an upload, answering 400 with the field at fault when the file cannot be read at all. */
export async function convertUpload(input: z.infer<typeof ImportInput>): Promise<ImportResult> {
  const bytes = Buffer.from(input.file, 'base64');
  try {
    return await importQuestionnaire(bytes, { format: input.format, fileName: input.fileName });
  } catch (error) {
    if (!(error instanceof UnreadableImport)) throw error;
    throw new AppError(400, 'invalid_body', 'The uploaded file cannot be read; see fields.', [{ field: 'import.file', code: 'unreadable_file', message: error.message }]);
  }
}

export const EXPORT_FORMATS = ['surveyjs', 'xlsform'] as const;

/** A version's survey as a downloadable file: canonical SurveyJS JSON or an XLSForm workbook. */
export async function exportedFile(survey: SurveyJson, format: string | undefined, name: string): Promise<Response> {
  if (format === undefined || format === 'surveyjs') {
    return new Response(canonicalJson(survey), {
      headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="${name}.json"` },
    });
  }
  if (format === 'xlsform') {
    const { bytes, notExported } = await exportXlsForm(survey, name);
    return new Response(bytes, {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="${name}.xlsx"`,
        // What XLSForm cannot say, as JSON, so a client can show it beside the download.
        'x-not-exported': encodeURIComponent(JSON.stringify(notExported)),
      },
    });
  }
  throw new AppError(400, 'invalid_body', `Export formats are ${EXPORT_FORMATS.join(' and ')}.`, [{ field: 'format', code: 'invalid_value', message: `Use format=surveyjs or format=xlsform, not "${format}".` }]);
}
