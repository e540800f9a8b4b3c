import { Serializer, SurveyModel } from 'survey-core';
import { registerTesseraProperties } from '../../surveys/survey-properties';
import type { FieldError } from '../errors';
import { compileValidator } from '../validation/compile-validator';
import { UnsupportedSurveyError } from '../validation/compile-questions';
import { findRefusals } from '../validation/survey-support';

registerTesseraProperties();

/**
 * Problems that stop a SurveyJS document from being published: it must load in survey-core
 * without unknown types or properties, hold at least one question, name each question once
 * (answers are keyed by name), and use only what the intake validator can check. A refused
 * element is reported on its own, with its path in the JSON as the field.
 */
export function findSurveyProblems(json: unknown): FieldError[] {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return [{ field: 'survey', code: 'not_an_object', message: 'The survey must be a SurveyJS JSON object.' }];
  }
  const refusals = findRefusals(json);
  const problems: FieldError[] = refusals.map(({ path, message }) => ({ field: path, code: 'unsupported_feature', message }));
  const model = new SurveyModel(json);
  for (const error of model.jsonErrors ?? []) {
    // An element of an unknown type is already reported above, with its path and what to do.
    if (isUnknownTypeError(error)) continue;
    problems.push({ field: 'survey', code: 'survey_json', message: error.message });
  }
  // Nested questions (matrix cells, dynamic panels' templates) are named within their question.
  const questions = model.getAllQuestions(false, false, false);
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
