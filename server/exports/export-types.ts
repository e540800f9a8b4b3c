import type { SurveyJson } from '../questionnaires/diff-survey-model';

export type { SurveyJson };

/** One stored response as the exports read it; answers keyed by question name, as submitted. */
export interface ExportResponse {
  id: string;
  /** ISO 8601 text, written as given (the database may keep only a date). */
  submittedAt: string;
  community: string;
  channel: string;
  locale: string;
  questionnaireVersion: number;
  answers: Record<string, unknown>;
}

/** `text`: choice values shown as their label in the export language; `values`: as stored. */
export type ExportLabels = 'text' | 'values';

export interface CsvExportOptions {
  survey: SurveyJson;
  /** Language of headers and labels; falls back to English, then to the name or value. */
  lang: string;
  labels: ExportLabels;
  /**
   * `,` by default (RFC 4180). Excel set to a French (Canada) or European regional format expects
   * `;` when a file is double-clicked, so a partnership can ask for it.
   */
  delimiter?: ',' | ';';
  /**
   * Groups to write per dynamic panel or matrixdynamic (csvGroupCounts), keyed by its path without
   * group numbers; one when not given.
   */
  groups?: Record<string, number>;
}
