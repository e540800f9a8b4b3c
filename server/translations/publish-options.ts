import type { Context } from 'hono';
import { z } from 'zod';
import { readJsonBody } from '../lib/validate-body';
import type { PublishLanguageChoices } from './publish-languages';

export const PublishInput = z
  .strictObject({
    draftLanguages: z.array(z.string()).optional().describe('languages to publish as drafts, with a notice to respondents'),
    removeLanguages: z.array(z.string()).optional().describe('languages taken out before publishing'),
  })
  .meta({ examples: [{ removeLanguages: ['fr'] }] });

/** The optional body of a publish request; publishing without a body asks for nothing special. */
export async function readPublishChoices(c: Context): Promise<PublishLanguageChoices> {
  const length = c.req.header('content-length');
  if (length === '0' || (length === undefined && !c.req.header('content-type'))) return {};
  return readJsonBody(c, PublishInput);
}
