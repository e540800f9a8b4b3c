import { Hono } from 'hono';
import { choiceSlots, createCoder, suggestChoiceThemes } from '../../analysis/coding';
import type { AuthEnv } from '../auth/bearer.middleware';
import { readJsonBody } from '../lib/validate-body';
import { ThemeSuggestionsInput } from './questionnaires.schemas';

// Built on first use: compiling the lexicons and model takes a moment that most requests never need.
let coder: ReturnType<typeof createCoder> | undefined;

/**
 * POST /api/questionnaires/theme-suggestions: themes the open-answer coder reads in the text of
 * each choice that names none, so an author putting themes on a questionnaire from another tool
 * starts from a proposal instead of a blank. Nothing is stored; the author saves what they keep.
 */
export function themeSuggestionRoutes() {
  return new Hono<AuthEnv>().post('/theme-suggestions', async (c) => {
    const { survey } = await readJsonBody(c, ThemeSuggestionsInput);
    coder ??= createCoder();
    return c.json({ suggestions: suggestChoiceThemes(choiceSlots(survey), coder) });
  });
}
