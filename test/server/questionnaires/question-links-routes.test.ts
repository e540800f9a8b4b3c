import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../helpers/databases';
import { call, createTestContext, type TestContext } from '../../helpers/test-app';
import { RENAMED_LINKS, waveSurvey } from './wave-surveys';

describe.each(DIALECTS)('question links through the API on %s', (dialect) => {
  let ctx: TestContext;
  let id: string;
  const links = (version: number, method = 'GET', body?: unknown, token = ctx.tokens.researcherA) =>
    call(ctx.app, method, `/api/questionnaires/${id}/versions/${version}/links`, { token, ...(body !== undefined && { body }) });

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    const created = await call(ctx.app, 'POST', '/api/questionnaires', { token: ctx.tokens.researcherA, body: { key: 'links-renamed', title: 'Needs', survey: waveSurvey('renamed', 1) } });
    id = created.json.id;
    await call(ctx.app, 'POST', `/api/questionnaires/${id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    await call(ctx.app, 'POST', `/api/questionnaires/${id}/versions`, { token: ctx.tokens.researcherA, body: { survey: waveSurvey('renamed', 2) } });
  });
  afterAll(() => ctx.close());

  it('proposes links for a new draft until the researcher confirms them', async () => {
    const proposed = await links(2);
    expect(proposed.status).toBe(200);
    expect(proposed.json).toMatchObject({ version: 2, predecessorVersion: 1, origin: 'proposed', stored: false, links: RENAMED_LINKS[2] });
    const first = await links(1);
    expect(first.json).toMatchObject({ predecessorVersion: null, stored: true });
    expect(first.json.links.every((link: { kind: string }) => link.kind === 'new')).toBe(true);
  });

  it('stores the links a researcher edits, and reads them back', async () => {
    const edited = RENAMED_LINKS[2].map((link) => (link.question === 'q4_newsletter' ? { ...link, kind: 'rewritten' } : link));
    const saved = await links(2, 'PUT', { links: edited });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.json).toMatchObject({ origin: 'researcher', stored: true, links: edited });
    expect((await links(2)).json.links).toEqual(edited);
  });

  it('refuses links to questions that do not exist, saying which link is at fault', async () => {
    const wrong = RENAMED_LINKS[2].map((link, index) => (index === 1 ? { ...link, predecessor: 'q9_missing' } : link));
    const result = await links(2, 'PUT', { links: wrong });
    expect(result.status).toBe(422);
    expect(result.json.code).toBe('invalid_links');
    expect(result.json.fields).toContainEqual(expect.objectContaining({ field: 'links.1.predecessor', code: 'unknown_predecessor' }));
    expect((await links(2)).json.origin).toBe('researcher');
  });

  it('refuses a kind it does not know and callers who may not edit', async () => {
    expect((await links(2, 'PUT', { links: [{ question: 'x', predecessor: null, kind: 'moved' }] })).status).toBe(400);
    expect((await links(2, 'PUT', { links: RENAMED_LINKS[2] }, ctx.tokens.viewerA)).status).toBe(403);
  });

  it('freezes the links once the version is published', async () => {
    expect((await call(ctx.app, 'POST', `/api/questionnaires/${id}/versions/2/publish`, { token: ctx.tokens.researcherA })).status).toBe(200);
    const result = await links(2, 'PUT', { links: RENAMED_LINKS[2] });
    expect(result.status).toBe(409);
    expect(result.json.code).toBe('version_published');
    expect((await links(2)).json.links.find((link: { question: string }) => link.question === 'q4_newsletter').kind).toBe('rewritten');
  });

  it('stores the proposed links of a version published without confirming them', async () => {
    const v3 = await call(ctx.app, 'POST', `/api/questionnaires/${id}/versions`, { token: ctx.tokens.researcherA, body: { survey: waveSurvey('renamed', 3), publish: true } });
    expect(v3.status).toBe(201);
    expect((await links(3)).json).toMatchObject({ origin: 'proposed', stored: true, links: RENAMED_LINKS[3] });
  });
});
