import { SurveyModel } from 'survey-core';
import { registerTesseraProperties } from '../../surveys/survey-properties';
import type { FieldError } from '../errors';
import { compileValidator } from '../validation/compile-validator';
import { objectPaths, questionPaths } from './survey-paths';

registerTesseraProperties();

/** A problem and, when it has one, its place in the JSON document (`pages[0].elements[2].choices`). */
export type SurveyProblem = FieldError & { path?: string };

/**
 * Problems that stop a SurveyJS document from being published: it must load in survey-core
 * without unknown types or properties, hold at least one question, name each question once
 * (answers are keyed by name), and use only what the intake validator can check.
 * Every problem is listed at once, with its place, so an author fixes them in one pass.
 */
export function findSurveyProblems(json: unknown): SurveyProblem[] {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return [{ field: 'survey', code: 'not_an_object', message: 'The survey must be a SurveyJS JSON object.' }];
  }
  const problems: SurveyProblem[] = [];
  const model = new SurveyModel(json);
  const paths = objectPaths(json);
  for (const error of model.jsonErrors ?? []) {
    const at = error.jsonObj && typeof error.jsonObj === 'object' ? paths.get(error.jsonObj) : undefined;
    const property = (error as { propertyName?: string }).propertyName;
    const path = at === undefined ? undefined : error.type === 'unknownproperty' && property ? (at ? `${at}.${property}` : property) : at;
    problems.push({ field: 'survey', code: 'survey_json', message: error.message, ...(path !== undefined && { path }) });
  }
  const questions = model.getAllQuestions(false, false, true);
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
  if (!problems.some((problem) => problem.code === 'survey_json' || problem.code === 'no_questions')) {
    // Intake validates against this version: refuse now what the server could not check later.
    try {
      compileValidator(json);
    } catch (error) {
      problems.push({ field: 'survey', code: 'unsupported_feature', message: (error as Error).message });
    }
  }
  return problems;
}
