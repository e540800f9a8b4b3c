import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../errors';

/** Parses a JSON body against a schema, answering 400 with the fields at fault. */
export async function readJsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new AppError(400, 'malformed_json', 'The request body is not valid JSON. Check for a missing brace or quote.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => ({
      field: issue.path.join('.') || '(body)',
      code: issue.code,
      message: issue.message,
    }));
    throw new AppError(400, 'invalid_body', 'The request body does not have the expected shape; see fields.', fields);
  }
  return parsed.data;
}
