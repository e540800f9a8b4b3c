import { Hono } from 'hono';
import type { AuthEnv } from '../auth/bearer.middleware';
import { convertUpload } from '../imports/import-upload';
import { readJsonBody } from '../lib/validate-body';
import { SurveyCheckInput } from './questionnaires.schemas';
import { findSurveyProblems } from './survey-check';

/**
 * POST /api/questionnaires/check: every problem that would stop publishing a SurveyJS
 * document, each with its place in the JSON, without storing anything. Authors check a file
 * before it becomes a draft; publishing runs the same check. Given an XLSForm or LimeSurvey
 * `import` instead, it answers with the converted survey too.
 */
export function questionnaireCheckRoutes() {
  return new Hono<AuthEnv>().post('/check', async (c) => {
    const input = await readJsonBody(c, SurveyCheckInput);
    if (!input.import) return c.json({ problems: findSurveyProblems(input.survey) });
    // An XLSForm or LimeSurvey file is converted first, so the workspace can show the SurveyJS
    // JSON it becomes, what did not convert, and what publishing would refuse, all at once.
    const { survey, notConverted } = await convertUpload(input.import);
    return c.json({ problems: findSurveyProblems(survey), survey, notConverted });
  });
}
