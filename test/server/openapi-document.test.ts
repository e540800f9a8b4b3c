import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSchemas } from '../../server/openapi/openapi-parts';
import { buildOpenApiDocument } from '../../server/openapi/openapi-document';
import { EXAMPLE_IDS, EXAMPLE_PERSON } from '../../server/openapi/example-ids';
import { submission, validNewcomerAnswers } from '../helpers/answers';
import { call, createTestContext, launchConsultation, signIn, type BrowserSession, type TestContext } from '../helpers/test-app';

type Operation = {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: object }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
type Schema = { type?: string | string[]; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; examples?: unknown[]; $ref?: string; additionalProperties?: unknown };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const document = buildOpenApiDocument() as unknown as { paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>> };

function operations() {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method]! })),
  );
}

/** Every key of an actual answer must be declared in the documented schema, at every depth. */
function undeclaredKeys(value: unknown, schema: Schema | undefined, at = '$'): string[] {
  if (!schema || value === null || typeof value !== 'object') return [];
  if (schema.anyOf) {
    const fits = schema.anyOf.map((option) => undeclaredKeys(value, option, at));
    return fits.find((problems) => problems.length === 0) ?? fits[0] ?? [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => undeclaredKeys(item, schema.items, `${at}[${index}]`));
  if (!schema.properties) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key in schema.properties! ? undeclaredKeys(child, schema.properties![key], `${at}.${key}`) : [`${at}.${key}`],
  );
}

describe('the OpenAPI document', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext('sqlite');
  });
  afterAll(async () => ctx.close());

  it('is what /api/openapi.json serves', async () => {
    const served = await (await ctx.app.request('/api/openapi.json')).json();
    expect(served).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it('documents every API route the app serves', () => {
    const served = ctx.app.routes
      .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/'))
      .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:([A-Za-z]+)/g, '{$1}')}`);
    expect(served.length).toBeGreaterThan(40);
    const documented = new Set(operations().map(({ path, method }) => `${method} ${path}`));
    expect(served.filter((route) => !documented.has(route))).toEqual([]);
    expect([...documented].filter((route) => !served.includes(route))).toEqual([]);
  });

  it('gives every JSON request body a real schema', () => {
    const bare = operations()
      .filter(({ operation }) => operation.requestBody?.content['application/json'])
      .filter(({ operation }) => {
        const schema = operation.requestBody!.content['application/json']!.schema;
        return !schema.$ref && !schema.properties && !schema.anyOf;
      })
      .map(({ path, method }) => `${method} ${path}`);
    expect(bare).toEqual([]);
  });

  it('declares every path parameter, and only those, and types every query parameter', () => {
    for (const { path, method, operation } of operations()) {
      const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]).sort();
      const declared = (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name).sort();
      expect(declared, `${method} ${path}`).toEqual(inPath);
      const query = (operation.parameters ?? []).filter((p) => p.in === 'query');
      expect(new Set(query.map((p) => p.name)).size, `${method} ${path}`).toBe(query.length);
      for (const parameter of query) expect(parameter.schema, `${method} ${path} ?${parameter.name}`).toMatchObject({ type: expect.anything() });
    }
  });

  it('gives every JSON request body an example', () => {
    const missing = operations()
      .filter(({ operation }) => {
        const schema = operation.requestBody?.content['application/json']?.schema;
        return schema && !schema.$ref && !schema.examples?.length;
      })
      .map(({ path, method }) => `${method} ${path}`);
    expect(missing).toEqual([]);
  });

  it('accepts each documented example and answers as documented', async () => {
    let sent = 0;
    for (const { path, method, operation } of operations()) {
      const schema = operation.requestBody?.content['application/json']?.schema;
      for (const example of schema?.examples ?? []) {
        const prepare = PREPARE[`${method} ${path}`];
        expect(prepare, `no way to prepare ${method} ${path}`).toBeDefined();
        const { params, ids = {}, session } = await prepare!(ctx);
        const url = path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name]!));
        let body = JSON.stringify(example).replaceAll(EXAMPLE_IDS.partnership, ctx.partnerships.a);
        for (const [placeholder, real] of Object.entries(ids)) body = body.replaceAll(placeholder, real);
        const response = await ctx.app.request(url, { method: method.toUpperCase(), headers: { ...credentials(ctx, session), 'content-type': 'application/json' }, body });
        const success = Object.keys(operation.responses).filter((status) => status.startsWith('2')).sort()[0]!;
        const text = await response.text();
        expect(`${response.status} ${method} ${path}`, text).toBe(`${success} ${method} ${path}`);
        const documented = operation.responses[success]!.content?.['application/json']?.schema;
        if (documented) {
          const answer = JSON.parse(text);
          const zodSchema = answerSchemas.get(documented);
          expect(zodSchema, `${method} ${path}: answer schema not generated from zod`).toBeDefined();
          const parsed = zodSchema!.safeParse(answer);
          expect(parsed.success ? [] : parsed.error.issues, `${method} ${path}`).toEqual([]);
          expect(undeclaredKeys(answer, documented), `${method} ${path}`).toEqual([]);
        }
        sent++;
      }
    }
    expect(sent).toBeGreaterThanOrEqual(20);
  });

  it('answers every documented read as documented', async () => {
    let read = 0;
    for (const { path, method, operation } of operations()) {
      const documented = operation.responses['200']?.content?.['application/json']?.schema;
      // Downloads (a SurveyJS file, an export) are documented as files, not as JSON answers.
      if (method !== 'get' || !documented || documented.type === 'string') continue;
      const prepare = READS[path];
      expect(prepare, `no way to prepare GET ${path}`).toBeDefined();
      const { params, query = '', session } = await prepare!(ctx);
      const url = path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name]!)) + query;
      const response = await ctx.app.request(url, { headers: credentials(ctx, session) });
      const text = await response.text();
      expect(`${response.status} GET ${path}`, text).toBe(`200 GET ${path}`);
      const answer = JSON.parse(text);
      const parsed = answerSchemas.get(documented)!.safeParse(answer);
      expect(parsed.success ? [] : parsed.error.issues, `GET ${path}`).toEqual([]);
      expect(undeclaredKeys(answer, documented), `GET ${path}`).toEqual([]);
      read++;
    }
    expect(read).toBeGreaterThanOrEqual(27);
  });
});

describe('the comparison’s trimmed answer in the OpenAPI document', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext('sqlite');
    // Responses in two communities, so the answers hold groups, pairs, tests and gap rows to check.
    const consultation = await launchConsultation(ctx, { communities: ['Peel', 'Halton'] });
    for (const [index, community] of ['Peel', 'Peel', 'Peel', 'Halton', 'Halton', 'Halton'].entries()) {
      const answers = index % 2 === 0 ? validNewcomerAnswers() : { ...validNewcomerAnswers(), needs: ['learn_language'], top_priorities: ['learn_language'] };
      const sent = submission({ community, answers });
      expect((await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body: sent })).status).toBe(201);
    }
    expect((await call(ctx.app, 'POST', `/api/consultations/${consultation.id}/coding/run`, { token: ctx.tokens.admin })).status).toBe(200);
  });
  afterAll(async () => ctx.close());

  it('documents lang and flags with their values, and answers as documented with them', async () => {
    const operation = document.paths['/api/analysis/compare']!.get!;
    const parameter = (name: string) => operation.parameters?.find((p) => p.name === name && p.in === 'query');
    expect(parameter('lang')?.schema).toMatchObject({ type: 'string', enum: ['en', 'fr'] });
    expect(parameter('flags')?.schema).toMatchObject({ type: 'string', enum: ['all', 'overall'] });
    expect(operation.responses['400']).toBeDefined();
    const documented = operation.responses['200']!.content!['application/json']!.schema;
    for (const query of ['&by=community&lang=fr&flags=overall', '&by=community', '&by=community&suppress=true', '&by=wave&lang=en', '&by=wave']) {
      const response = await ctx.app.request(`/api/analysis/compare?partnershipId=${ctx.partnerships.a}${query}`, { headers: { authorization: `Bearer ${ctx.tokens.admin}` } });
      expect(response.status, query).toBe(200);
      const answer = await response.json();
      expect(answer.comparison.themes[0].groups.length, query).toBeGreaterThan(0);
      expect(answerSchemas.get(documented)!.safeParse(answer).success, query).toBe(true);
      expect(undeclaredKeys(answer, documented), query).toEqual([]);
    }
  });

  it('answers the summary and the gap as documented, figures included', async () => {
    for (const path of ['/api/analysis/summary', '/api/analysis/gap']) {
      const documented = document.paths[path]!.get!.responses['200']!.content!['application/json']!.schema;
      for (const query of ['', '&suppress=true']) {
        const response = await ctx.app.request(`${path}?partnershipId=${ctx.partnerships.a}${query}`, { headers: { authorization: `Bearer ${ctx.tokens.admin}` } });
        expect(response.status, path + query).toBe(200);
        const answer = await response.json();
        expect(answerSchemas.get(documented)!.safeParse(answer).success, path + query).toBe(true);
        expect(undeclaredKeys(answer, documented), path + query).toEqual([]);
      }
    }
  });
});

let coded: Promise<{ consultationId: string; responseId: string; slug: string }> | undefined;
const sharedConsultation = (ctx: TestContext) => (coded ??= codedConsultation(ctx));

/** The admin's token, or a signed-in person's cookie and CSRF token for the routes that take only a session. */
function credentials(ctx: TestContext, session?: BrowserSession): Record<string, string> {
  return session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : { authorization: `Bearer ${ctx.tokens.admin}` };
}

/** A fresh invitation to partnership A, and the token its link carries. */
async function invitationToken(ctx: TestContext) {
  const invited = await call(ctx.app, 'POST', `/api/partnerships/${ctx.partnerships.a}/invitations`, {
    token: ctx.tokens.researcherA,
    body: { email: `invitee-${++invitations}@example.org`, role: 'viewer' },
  });
  if (invited.status !== 201) throw new Error(`invitation not created: ${invited.text}`);
  return (invited.json.link as string).split('/').pop()!;
}
let invitations = 0;

/** A fresh password reset link for partnership A's viewer, and its token. */
async function resetToken(ctx: TestContext) {
  const issued = await call(ctx.app, 'POST', `/api/users/${ctx.users.viewerA.id}/password-reset`, { token: ctx.tokens.admin });
  if (issued.status !== 201) throw new Error(`reset not issued: ${issued.text}`);
  return (issued.json.link as string).split('/').pop()!;
}

/** How to reach each documented read: its path ids, and a query where one is needed. */
const READS: Record<string, (ctx: TestContext) => Promise<{ params: Record<string, string>; query?: string; session?: BrowserSession }>> = {
  '/api/auth/session': async (ctx) => ({ params: {}, session: await signIn(ctx.app, ctx.users.researcherA.email) }),
  '/api/partnerships/{id}/people': async (ctx) => ({ params: { id: ctx.partnerships.a } }),
  '/api/partnerships/{id}/invitations': async (ctx) => {
    await invitationToken(ctx);
    return { params: { id: ctx.partnerships.a } };
  },
  '/api/invitations/{token}': async (ctx) => ({ params: { token: await invitationToken(ctx) } }),
  '/api/password-resets/{token}': async (ctx) => ({ params: { token: await resetToken(ctx) } }),
  '/api/tokens': async () => ({ params: {} }),
  '/api/users': async (ctx) => {
    // Someone has signed in, so both a date and a null last sign-in are in the answer.
    await signIn(ctx.app, ctx.users.researcherA.email);
    return { params: {} };
  },
  '/api/health': async () => ({ params: {} }),
  '/api/openapi.json': async () => ({ params: {} }),
  '/api/c/{slug}': async (ctx) => ({ params: { slug: (await sharedConsultation(ctx)).slug } }),
  '/api/tokens/me': async () => ({ params: {} }),
  '/api/partnerships': async () => ({ params: {} }),
  '/api/partnerships/{id}': async (ctx) => ({ params: { id: ctx.partnerships.a } }),
  '/api/questionnaires': async () => ({ params: {} }),
  '/api/questionnaires/{id}': async () => ({ params: { id: 'newcomer-needs' } }),
  '/api/questionnaires/{id}/versions/{version}': async () => ({ params: { id: 'newcomer-needs', version: '1' } }),
  '/api/questionnaires/{id}/versions/{version}/translations': async () => ({ params: { id: 'newcomer-needs', version: '1' } }),
  '/api/questionnaires/{id}/versions/{version}/links': async () => ({ params: { id: 'newcomer-needs', version: '1' } }),
  '/api/questionnaires/{id}/diff': async () => ({ params: { id: 'newcomer-needs' }, query: '?from=1&to=1&lang=fr' }),
  '/api/consultations': async () => ({ params: {} }),
  '/api/consultations/{id}': async (ctx) => ({ params: { id: (await sharedConsultation(ctx)).consultationId } }),
  '/api/consultations/{id}/progress': async (ctx) => ({ params: { id: (await sharedConsultation(ctx)).consultationId } }),
  '/api/consultations/{id}/responses': async (ctx) => ({ params: { id: (await sharedConsultation(ctx)).consultationId }, query: '?limit=1' }),
  '/api/consultations/{id}/review': async (ctx) => ({ params: { id: (await sharedConsultation(ctx)).consultationId } }),
  '/api/consultations/{id}/agreement': async (ctx) => ({ params: { id: (await sharedConsultation(ctx)).consultationId } }),
  '/api/analysis/summary': async (ctx) => ({ params: {}, query: `?partnershipId=${ctx.partnerships.a}` }),
  '/api/analysis/compare': async (ctx) => ({ params: {}, query: `?partnershipId=${ctx.partnerships.a}&by=community` }),
  '/api/analysis/gap': async (ctx) => ({ params: {}, query: `?partnershipId=${ctx.partnerships.a}` }),
};

let questionnaires = 0;

/** A new questionnaire of partnership A, with a draft copied from the shipped newcomer survey if asked. */
async function newQuestionnaire(ctx: TestContext, options: { withDraft?: boolean } = {}) {
  const shipped = await call(ctx.app, 'GET', '/api/questionnaires/newcomer-needs/versions/1', { token: ctx.tokens.admin });
  const created = await call(ctx.app, 'POST', '/api/questionnaires', {
    token: ctx.tokens.researcherA,
    body: { key: `openapi-${++questionnaires}`, title: 'Example target', ...(options.withDraft && { survey: shipped.json.survey }) },
  });
  if (created.status !== 201) throw new Error(`questionnaire not created: ${created.text}`);
  return created.json as { id: string; key: string };
}

/** A consultation with one coded open answer waiting for review. */
async function codedConsultation(ctx: TestContext) {
  const consultation = await launchConsultation(ctx, { communities: ['Peel'] });
  const sent = submission({ answers: { time_in_canada: 'years_1_to_3', biggest_challenge: 'I need a job and the evening classes are always full' } });
  expect((await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body: sent })).status).toBe(201);
  expect((await call(ctx.app, 'POST', `/api/consultations/${consultation.id}/coding/run`, { token: ctx.tokens.admin })).status).toBe(200);
  return { consultationId: consultation.id, responseId: sent.id, slug: consultation.slug };
}

type Prepared = { params: Record<string, string>; ids?: Record<string, string>; session?: BrowserSession };

/** How to reach each route that has an example: the path's ids, and real ids for the example's placeholders. */
const PREPARE: Record<string, (ctx: TestContext) => Promise<Prepared>> = {
  'post /api/auth/sign-in': async (ctx) => ({ params: {}, ids: { [EXAMPLE_PERSON.email]: ctx.users.researcherA.email } }),
  'patch /api/auth/session': async (ctx) => ({ params: {}, session: await signIn(ctx.app, ctx.users.researcherA.email) }),
  'patch /api/partnerships/{id}/people/{userId}': async (ctx) => ({ params: { id: ctx.partnerships.a, userId: ctx.users.viewerA.id } }),
  'post /api/partnerships/{id}/invitations': async (ctx) => ({ params: { id: ctx.partnerships.a } }),
  'post /api/invitations/{token}/accept': async (ctx) => ({ params: { token: await invitationToken(ctx) } }),
  'post /api/password-resets/{token}': async (ctx) => ({ params: { token: await resetToken(ctx) } }),
  'post /api/tokens': async () => ({ params: {} }),
  'post /api/partnerships': async () => ({ params: {} }),
  'post /api/partnerships/{id}/members': async (ctx) => ({ params: { id: ctx.partnerships.a } }),
  'post /api/consultations': async () => ({ params: {} }),
  'post /api/consultations/{id}/review/bulk-accept': async (ctx) => ({ params: { id: (await codedConsultation(ctx)).consultationId } }),
  'post /api/consultations/{id}/review': async (ctx) => {
    const { consultationId, responseId } = await codedConsultation(ctx);
    return { params: { id: consultationId }, ids: { [EXAMPLE_IDS.response]: responseId } };
  },
  'post /api/questionnaires': async () => ({ params: {} }),
  'patch /api/questionnaires/{id}/versions/{version}/translations/{locale}': async (ctx) => {
    const questionnaire = await newQuestionnaire(ctx, { withDraft: true });
    return { params: { id: questionnaire.key, version: '1', locale: 'fr' } };
  },
  'post /api/questionnaires/check': async () => ({ params: {} }),
  'post /api/questionnaires/theme-suggestions': async () => ({ params: {} }),
  'post /api/questionnaires/{id}/versions': async (ctx) => ({ params: { id: (await newQuestionnaire(ctx)).key } }),
  'put /api/questionnaires/{id}/versions/{version}': async (ctx) => {
    const questionnaire = await newQuestionnaire(ctx, { withDraft: true });
    return { params: { id: questionnaire.key, version: '1' } };
  },
  'post /api/questionnaires/{id}/versions/{version}/publish': async (ctx) => {
    const questionnaire = await newQuestionnaire(ctx, { withDraft: true });
    return { params: { id: questionnaire.key, version: '1' } };
  },
  'put /api/questionnaires/{id}/versions/{version}/links': async (ctx) => {
    // The example links the example survey's one question to itself: a second draft of the same survey.
    const example = (await call(ctx.app, 'GET', '/api/openapi.json')).json.paths['/api/questionnaires']!.post.requestBody.content['application/json'].schema.examples[0];
    const created = await call(ctx.app, 'POST', '/api/questionnaires', { token: ctx.tokens.researcherA, body: { ...example, key: `openapi-links-${++questionnaires}` } });
    const key = (created.json as { key: string }).key;
    const second = await call(ctx.app, 'POST', `/api/questionnaires/${key}/versions`, { token: ctx.tokens.researcherA, body: { survey: example.survey } });
    if (second.status !== 201) throw new Error(`second version not created: ${second.text}`);
    return { params: { id: key, version: '2' } };
  },
  'post /api/consultations/{id}/status': async (ctx) => ({ params: { id: (await launchConsultation(ctx, { status: 'open' })).id } }),
};
