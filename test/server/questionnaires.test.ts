import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases';
import { call, createTestContext, type TestContext } from '../helpers/test-app';

const surveyV1 = {
  title: { default: 'Transit check', fr: 'Sondage transport' },
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'radiogroup', name: 'bus', title: { default: 'Do you take the bus?', fr: 'Prenez-vous l’autobus?' }, choices: ['yes', 'no'] },
        { type: 'comment', name: 'why', title: { default: 'Why?', fr: 'Pourquoi?' } },
      ],
    },
  ],
};

const surveyV2 = {
  ...surveyV1,
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'checkbox', name: 'bus', title: { default: 'Which do you take?', fr: 'Lesquels prenez-vous?' }, choices: ['yes', 'no', 'sometimes'] },
        { type: 'text', name: 'postal_prefix', title: { default: 'First three characters of your postal code', fr: 'Trois premiers caractères du code postal' } },
      ],
    },
  ],
};

describe.each(DIALECTS)('questionnaire versions on %s', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
  });
  afterAll(() => ctx.close());

  async function createWithDraft(key: string, token = ctx.tokens.researcherA) {
    const created = await call(ctx.app, 'POST', '/api/questionnaires', { token, body: { key, title: 'Transit', survey: surveyV1 } });
    expect(created.status).toBe(201);
    return created.json as { id: string; partnershipId: string | null };
  }

  it('publishes a draft, records its content hash and freezes it', async () => {
    const questionnaire = await createWithDraft('transit-a');
    expect(questionnaire.partnershipId).toBe(ctx.partnerships.a);
    const published = await call(ctx.app, 'POST', `/api/questionnaires/${questionnaire.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    expect(published.status).toBe(200);
    expect(published.json.status).toBe('published');
    expect(published.json.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const edit = await call(ctx.app, 'PUT', `/api/questionnaires/${questionnaire.id}/versions/1`, { token: ctx.tokens.researcherA, body: { survey: surveyV2 } });
    expect(edit.status).toBe(409);
    expect(edit.json.code).toBe('version_published');
    const again = await call(ctx.app, 'POST', `/api/questionnaires/${questionnaire.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    expect(again.status).toBe(409);

    const read = await call(ctx.app, 'GET', `/api/questionnaires/${questionnaire.id}/versions/1`, { token: ctx.tokens.researcherA });
    expect(read.json.survey).toEqual(surveyV1);
    expect(read.json.contentHash).toBe(published.json.contentHash);
  });

  it('numbers new versions after the latest and lets drafts change until published', async () => {
    const questionnaire = await createWithDraft('transit-b');
    await call(ctx.app, 'POST', `/api/questionnaires/${questionnaire.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    const v2 = await call(ctx.app, 'POST', `/api/questionnaires/${questionnaire.id}/versions`, { token: ctx.tokens.researcherA, body: { survey: surveyV1 } });
    expect(v2.status).toBe(201);
    expect(v2.json.version).toBe(2);
    expect(v2.json.status).toBe('draft');
    const edit = await call(ctx.app, 'PUT', `/api/questionnaires/${questionnaire.id}/versions/2`, { token: ctx.tokens.researcherA, body: { survey: surveyV2 } });
    expect(edit.status).toBe(200);
    expect(edit.json.survey).toEqual(surveyV2);
    const listed = await call(ctx.app, 'GET', `/api/questionnaires/${questionnaire.id}`, { token: ctx.tokens.viewerA });
    expect(listed.json.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [1, 'published'],
      [2, 'draft'],
    ]);
  });

  it('gives the same content hash to the same survey whatever its key order', async () => {
    const one = await createWithDraft('hash-one');
    const reordered = Object.fromEntries(Object.entries(surveyV1).reverse());
    const two = await call(ctx.app, 'POST', '/api/questionnaires', { token: ctx.tokens.researcherA, body: { key: 'hash-two', title: 'x', survey: reordered } });
    const h1 = await call(ctx.app, 'POST', `/api/questionnaires/${one.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    const h2 = await call(ctx.app, 'POST', `/api/questionnaires/${two.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    expect(h1.json.contentHash).toBe(h2.json.contentHash);
  });

  it('refuses to publish a survey that survey-core cannot use, saying why', async () => {
    const bad = { pages: [{ name: 'p', elements: [{ type: 'radiogroup', name: 'a', choices: ['x'] }, { type: 'text', name: 'a' }] }] };
    const created = await call(ctx.app, 'POST', `/api/questionnaires`, { token: ctx.tokens.researcherA, body: { key: 'bad-one', title: 'Bad', survey: bad } });
    const result = await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    expect(result.status).toBe(422);
    expect(result.json.code).toBe('invalid_survey');
    expect(result.json.fields).toEqual([expect.objectContaining({ field: 'a', code: 'duplicate_name' })]);
    const empty = await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions`, { token: ctx.tokens.researcherA, body: { survey: { pages: [] }, publish: true } });
    expect(empty.status).toBe(422);
  });

  it('refuses to publish a survey using a feature intake could not validate', async () => {
    const survey = { pages: [{ name: 'p', elements: [{ type: 'text', name: 'a' }] }], triggers: [{ type: 'visible', expression: '{a} = 1', questions: ['a'] }] };
    const result = await call(ctx.app, 'POST', '/api/questionnaires', { token: ctx.tokens.researcherA, body: { key: 'with-trigger', title: 'T', survey } });
    const publish = await call(ctx.app, 'POST', `/api/questionnaires/${result.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    expect(publish.status).toBe(422);
    expect(publish.json.fields[0].code).toBe('unsupported_feature');
  });

  it('refuses a key already taken', async () => {
    await createWithDraft('taken-key');
    const again = await call(ctx.app, 'POST', '/api/questionnaires', { token: ctx.tokens.researcherA, body: { key: 'taken-key', title: 'x' } });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('key_taken');
  });

  it('diffs two versions: retyped, reworded per language, added and removed questions, added choices', async () => {
    const questionnaire = await createWithDraft('transit-diff');
    await call(ctx.app, 'POST', `/api/questionnaires/${questionnaire.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
    await call(ctx.app, 'POST', `/api/questionnaires/${questionnaire.id}/versions`, { token: ctx.tokens.researcherA, body: { survey: surveyV2, publish: true } });
    const diff = await call(ctx.app, 'GET', `/api/questionnaires/${questionnaire.id}/diff?from=1&to=2`, { token: ctx.tokens.viewerA });
    expect(diff.status).toBe(200);
    const text = JSON.stringify(diff.json);
    expect(text).toContain('postal_prefix');
    expect(text).toContain('why');
    expect(text).toContain('sometimes');
    expect(diff.json.summary.added).toBeGreaterThanOrEqual(1);
    expect(diff.json.summary.removed).toBeGreaterThanOrEqual(1);
    expect(diff.json.summary.retyped).toBeGreaterThanOrEqual(1);
    expect(diff.json.lines.length).toBeGreaterThan(3);
    const same = await call(ctx.app, 'GET', `/api/questionnaires/${questionnaire.id}/diff?from=1&to=1`, { token: ctx.tokens.viewerA });
    expect(same.json.questions).toEqual([]);
  });

  it('answers 404 for a version that does not exist', async () => {
    const result = await call(ctx.app, 'GET', '/api/questionnaires/newcomer-needs/versions/99', { token: ctx.tokens.admin });
    expect(result.status).toBe(404);
    expect(result.json.code).toBe('version_not_found');
  });
});
