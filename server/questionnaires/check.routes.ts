import { Hono } from 'hono';
import type { AuthEnv } from '../auth/bearer.middleware';
import { readJsonBody } from '../lib/validate-body';
import { SurveyCheckInput } from './questionnaires.schemas';
import { findSurveyProblems } from './survey-check';

/**
 * POST /api/questionnaires/check: every problem that would stop publishing a SurveyJS
 * document, each with its place in the JSON, without storing anything. Authors check a file
 * before it becomes a draft; publishing runs the same check.
 */
export function questionnaireCheckRoutes() {
  return new Hono<AuthEnv>().post('/check', async (c) => {
    const { survey } = await readJsonBody(c, SurveyCheckInput);
    return c.json({ problems: findSurveyProblems(survey) });
  });
}
