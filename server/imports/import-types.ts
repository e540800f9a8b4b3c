/** A SurveyJS document as plain JSON. */
export type SurveyJson = Record<string, unknown>;

export type ImportFormat = 'xlsform' | 'limesurvey' | 'surveyjs';

/**
 * One thing an import could not carry over, located the way its author will look for it: the
 * sheet, row and column of an XLSForm, or the question code and field of a LimeSurvey survey.
 */
export interface NotConverted {
  sheet?: string;
  row?: number;
  column?: string;
  question?: string;
  reason: string;
}

export interface ImportResult {
  format: ImportFormat;
  survey: SurveyJson;
  notConverted: NotConverted[];
}

/** Thrown when the bytes are not a file of the format at all (not when parts fail to convert). */
export class UnreadableImport extends Error {}
