import type { Context } from 'hono';
import { z } from 'zod';
import { readJsonBody } from '../lib/validate-body';
import type { PublishLanguageChoices } from './publish-languages';

const PublishInput = z.strictObject({
  draftLanguages: z.array(z.string()).optional(),
  removeLanguages: z.array(z.string()).optional(),
});

/** The optional body of a publish request; publishing without a body asks for nothing special. */
export async function readPublishChoices(c: Context): Promise<PublishLanguageChoices> {
  const length = c.req.header('content-length');
  if (length === '0' || (length === undefined && !c.req.header('content-type'))) return {};
  return readJsonBody(c, PublishInput);
}
