import { labelsOf, planQuestions, type AnswerLabel } from './export-plan';
import type { ExportLabels, ExportResponse, SurveyJson } from './export-types';

/**
 * JSON export: the answers exactly as stored, and, when asked, a `labels` object beside them
 * giving each choice answer's label in the export language (a string, a list for a multiple
 * choice or a ranking in rank order, an object per matrix row, an object of cells per
 * matrixdropdown row, a list of objects for matrixdynamic rows and dynamic panels). Free text and numbers have no label. Nothing is
 * neutralized here: JSON is not read by spreadsheets as formulas.
 */

export interface JsonExportInput {
  questionnaire: { key: string; version: number };
  survey: SurveyJson;
  /** ISO time of the export, given by the caller so this module stays free of the clock. */
  exportedAt: string;
  lang: string;
  labels: ExportLabels;
}

export type { AnswerLabel };

export interface JsonExportResponse extends ExportResponse {
  labels?: Record<string, AnswerLabel>;
}

export interface JsonExport {
  questionnaire: { key: string; version: number };
  exportedAt: string;
  lang: string;
  responses: JsonExportResponse[];
}

export function responsesToJson(input: JsonExportInput & { responses: readonly ExportResponse[] }): JsonExport {
  const toJson = responseMapper(input);
  return {
    questionnaire: { key: input.questionnaire.key, version: input.questionnaire.version },
    exportedAt: input.exportedAt,
    lang: input.lang,
    responses: input.responses.map(toJson),
  };
}

/** The same document as responsesToJson, in text chunks, holding one response at a time. */
export async function* responsesToJsonChunks(
  input: JsonExportInput & { responses: Iterable<ExportResponse> | AsyncIterable<ExportResponse> },
): AsyncGenerator<string> {
  const toJson = responseMapper(input);
  const head = JSON.stringify({ questionnaire: input.questionnaire, exportedAt: input.exportedAt, lang: input.lang });
  yield `${head.slice(0, -1)},"responses":[`;
  let first = true;
  for await (const response of input.responses) {
    yield (first ? '' : ',') + JSON.stringify(toJson(response));
    first = false;
  }
  yield ']}';
}

function responseMapper(input: JsonExportInput): (response: ExportResponse) => JsonExportResponse {
  const questions = input.labels === 'text' ? planQuestions(input.survey) : [];
  return (response) => {
    const copy: JsonExportResponse = {
      id: response.id,
      submittedAt: response.submittedAt,
      community: response.community,
      channel: response.channel,
      locale: response.locale,
      questionnaireVersion: response.questionnaireVersion,
      answers: response.answers,
    };
    if (input.labels !== 'text') return copy;
    return { ...copy, labels: labelsOf(questions, response.answers, input.lang) };
  };
}
