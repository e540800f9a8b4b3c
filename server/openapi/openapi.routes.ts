import { Hono } from 'hono';
import { buildOpenApiDocument } from './openapi-document';

export function openApiRoutes() {
  const document = buildOpenApiDocument();
  return new Hono().get('/openapi.json', (c) => c.json(document));
}
