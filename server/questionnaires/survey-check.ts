import { SurveyModel } from 'survey-core';
import { registerTesseraProperties } from '../../surveys/survey-properties';
import type { FieldError } from '../errors';
import { compileValidator } from '../validation/compile-validator';

registerTesseraProperties();

/**
 * Problems that stop a SurveyJS document from being published: it must load in survey-core
 * without unknown types or properties, hold at least one question, name each question once
 * (answers are keyed by name), and use only what the intake validator can check.
 */
export function findSurveyProblems(json: unknown): FieldError[] {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return [{ field: 'survey', code: 'not_an_object', message: 'The survey must be a SurveyJS JSON object.' }];
  }
  const problems: FieldError[] = [];
  const model = new SurveyModel(json);
  for (const error of model.jsonErrors ?? []) {
    problems.push({ field: 'survey', code: 'survey_json', message: error.message });
  }
  const questions = model.getAllQuestions(false, false, true);
  if (questions.length === 0) {
    problems.push({ field: 'survey', code: 'no_questions', message: 'The survey has no questions.' });
  }
  const seen = new Set<string>();
  for (const question of questions) {
    if (seen.has(question.name)) {
      problems.push({ field: question.name, code: 'duplicate_name', message: `Two questions are named "${question.name}".` });
    }
    seen.add(question.name);
  }
  model.dispose();
  if (problems.length === 0) {
    // Intake validates against this version: refuse now what the server could not check later.
    try {
      compileValidator(json);
    } catch (error) {
      problems.push({ field: 'survey', code: 'unsupported_feature', message: (error as Error).message });
    }
  }
  return problems;
}
