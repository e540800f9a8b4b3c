import { Serializer, SurveyModel } from 'survey-core';
import { registerTesseraProperties } from '../../surveys/survey-properties';
import type { FieldError } from '../errors';
import { compileValidator } from '../validation/compile-validator';
import { UnsupportedSurveyError } from '../validation/compile-questions';
import { findForeignPictures } from '../validation/picture-sources';
import { findRefusals } from '../validation/survey-support';
import { objectPaths, questionPaths } from './survey-paths';

registerTesseraProperties();

/** A problem and, when it has one, its place in the JSON document (`pages[0].elements[2].choices`). */
export type SurveyProblem = FieldError & { path?: string };

/**
 * Problems that stop a SurveyJS document from being published: it must load in survey-core
 * without unknown types or properties, hold at least one question, name each question once
 * (answers are keyed by name), use only what the intake validator can check, and show only
 * pictures the respondent page may load (picture-sources.ts).
 * Every problem is listed at once, with its place, so an author fixes them in one pass; a
 * refused element is reported on its own, with its path in the JSON.
 */
export function findSurveyProblems(json: unknown): SurveyProblem[] {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return [{ field: 'survey', code: 'not_an_object', message: 'The survey must be a SurveyJS JSON object.' }];
  }
  const problems: SurveyProblem[] = findRefusals(json).map(({ path, message }) => ({ field: path, code: 'unsupported_feature', message }));
  for (const { path, message } of findForeignPictures(json)) problems.push({ field: path, code: 'picture_elsewhere', message, path });
  const paths = objectPaths(json);
  const model = new SurveyModel(json);
  for (const error of model.jsonErrors ?? []) {
    // An element of an unknown type is already reported above, with its path and what to do.
    if (isUnknownTypeError(error)) continue;
    const at = error.jsonObj && typeof error.jsonObj === 'object' ? paths.get(error.jsonObj) : undefined;
    const property = (error as { propertyName?: string }).propertyName;
    const path = at === undefined ? undefined : error.type === 'unknownproperty' && property ? (at ? `${at}.${property}` : property) : at;
    problems.push({ field: 'survey', code: 'survey_json', message: error.message, ...(path !== undefined && { path }) });
  }
  // Nested questions (matrix cells, dynamic panels' templates) are named within their question.
  const questions = model.getAllQuestions(false, false, false);
  if (questions.length === 0) {
    problems.push({ field: 'survey', code: 'no_questions', message: 'The survey has no questions.' });
  }
  const seen = new Set<string>();
  for (const question of questions) {
    if (seen.has(question.name)) {
      const path = questionPaths(json, question.name)[1];
      problems.push({ field: question.name, code: 'duplicate_name', message: `Two questions are named "${question.name}".`, ...(path && { path }) });
    }
    seen.add(question.name);
  }
  model.dispose();
  // A refused element is already reported with its path; compiling would only say it again.
  if (!problems.some((problem) => problem.code === 'survey_json' || problem.code === 'no_questions' || problem.code === 'unsupported_feature')) {
    // Intake validates against this version: refuse now what the server could not check later.
    try {
      compileValidator(json);
    } catch (error) {
      const refused = error instanceof UnsupportedSurveyError ? error.refusals.map((refusal) => refusal.path) : ['survey'];
      problems.push({ field: refused[0] ?? 'survey', code: 'unsupported_feature', message: (error as Error).message });
    }
  }
  return problems;
}

function isUnknownTypeError(error: { type?: string; jsonObj?: unknown }): boolean {
  if (error.type !== 'incorrecttypeproperty') return false;
  const type = (error.jsonObj as { type?: unknown } | undefined)?.type;
  return typeof type !== 'string' || !Serializer.findClass(type);
}
