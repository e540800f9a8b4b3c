import { z } from 'zod';

/**
 * Building blocks of the OpenAPI document. Every schema in it comes from a zod schema a route
 * validates with (requests, queries) or answers with (responses), so the two cannot drift apart.
 */

/** OpenAPI 3.1 takes JSON Schema 2020-12 as it is; the `$schema` line is dropped as noise. */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

export const errorRef = { $ref: '#/components/schemas/Error' };

export const error = (description: string) => ({ description, content: { 'application/json': { schema: errorRef } } });

/** A JSON success answer described by the zod schema the route's output satisfies. */
export function jsonAnswer(description: string, schema: z.ZodType) {
  const generated = jsonSchemaOf(schema, 'output');
  answerSchemas.set(generated, schema);
  return { description, content: { 'application/json': { schema: generated } } };
}

/**
 * The zod schema each generated answer schema came from, so a test can check a route's real
 * answer against the very schema the document was generated from.
 */
export const answerSchemas = new WeakMap<object, z.ZodType>();

/** A file answer (CSV, XLIFF, HTML, …): described by its media types, not a JSON schema. */
export const fileAnswer = (description: string, mediaTypes: string[]) => ({
  description,
  content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string' } }])),
});

/** A JSON request body; its examples come from the schema's `.meta({ examples })`. */
export const jsonBody = (schema: z.ZodType) => ({ required: true, content: { 'application/json': { schema: jsonSchemaOf(schema) } } });

export const pathParam = (name: string, description: string) => ({ name, in: 'path', required: true, schema: { type: 'string' }, description });

/**
 * One query parameter per field of the route's query schema. A field is required when the
 * schema refuses it missing (a default or a fallback makes it optional).
 */
export function queryParams(schema: z.ZodObject) {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { description, ...fieldSchema } = jsonSchemaOf(field as z.ZodType);
    return {
      name,
      in: 'query',
      required: !(field as z.ZodType).safeParse(undefined).success,
      schema: fieldSchema,
      ...(typeof description === 'string' && { description }),
    };
  });
}

/** Either a bearer token or the workspace's session cookie (with X-CSRF-Token on changes). */
export const secured = { security: [{ bearer: [] }, { session: [] }] };
