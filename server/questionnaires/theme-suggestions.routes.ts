import { Hono } from 'hono';
import { choiceSlots, gatherSuggestions, textsToSuggestFrom } from '../../analysis/coding';
import type { AuthEnv } from '../auth/bearer.middleware';
import { readJsonBody } from '../lib/validate-body';
import { codeOffThread } from './off-thread-coder';
import { ThemeSuggestionsInput } from './questionnaires.schemas';

/**
 * POST /api/questionnaires/theme-suggestions: themes the open-answer coder reads in the text of
 * each choice that names none, so an author putting themes on a questionnaire from another tool
 * starts from a proposal instead of a blank. Nothing is stored; the author saves what they keep.
 */
export function themeSuggestionRoutes() {
  return new Hono<AuthEnv>().post('/theme-suggestions', async (c) => {
    const { survey } = await readJsonBody(c, ThemeSuggestionsInput);
    const texts = textsToSuggestFrom(choiceSlots(survey));
    return c.json({ suggestions: gatherSuggestions(texts, await codeOffThread(texts)) });
  });
}
