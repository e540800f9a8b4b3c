import { Hono } from 'hono';
import { openAnswerPlan, themesOffered } from '../../analysis/coding';
import type { AuthEnv } from '../auth/bearer.middleware';
import { convertUpload } from '../imports/import-upload';
import { readJsonBody } from '../lib/validate-body';
import { SurveyCheckInput } from './questionnaires.schemas';
import { findSurveyProblems } from './survey-check';

/**
 * POST /api/questionnaires/check: every problem that would stop publishing a SurveyJS
 * document, each with its place in the JSON, and what analysis will code, without storing anything. Authors check a file
 * before it becomes a draft; publishing runs the same check. Given an XLSForm or LimeSurvey
 * `import` instead, it answers with the converted survey too.
 */
export function questionnaireCheckRoutes() {
  return new Hono<AuthEnv>().post('/check', async (c) => {
    const input = await readJsonBody(c, SurveyCheckInput);
    if (!input.import) return c.json({ problems: findSurveyProblems(input.survey), coding: codingCoverage(input.survey) });
    // An XLSForm or LimeSurvey file is converted first, so the workspace can show the SurveyJS
    // JSON it becomes, what did not convert, and what publishing would refuse, all at once.
    const { survey, notConverted } = await convertUpload(input.import);
    return c.json({ problems: findSurveyProblems(survey), coding: codingCoverage(survey), survey, notConverted });
  });
}

/**
 * What analysis will code, so an author learns before launching, not from an empty results page,
 * that no choice names a theme or no question holds text for the open-answer coder.
 */
function codingCoverage(survey: unknown) {
  return { openQuestions: openAnswerPlan(survey).questions.map((question) => question.name), themedQuestions: [...themesOffered(survey).keys()] };
}
