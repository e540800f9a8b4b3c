import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases';
import { submission, validNewcomerAnswers } from '../helpers/answers';
import { call, createTestContext, launchConsultation, type TestContext } from '../helpers/test-app';

describe.each(DIALECTS)('response intake on %s', (dialect) => {
  let ctx: TestContext;
  let slug: string;
  let peelSlug: string;
  let consultationId: string;

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    const consultation = await launchConsultation(ctx, { locales: ['en', 'fr'] });
    consultationId = consultation.id;
    slug = consultation.slug;
    peelSlug = consultation.links.find((link) => link.community === 'Peel')!.slug;
  });
  afterAll(() => ctx.close());

  const storedCount = async () => {
    const listed = await call(ctx.app, 'GET', `/api/consultations/${consultationId}/responses?limit=1000`, { token: ctx.tokens.admin });
    return listed.json.responses.length as number;
  };

  it('answers health checks when the database is reachable', async () => {
    const result = await call(ctx.app, 'GET', '/api/health');
    expect(result.status).toBe(200);
    expect(result.json).toEqual({ status: 'ok' });
  });

  it('serves the pinned questionnaire version by public slug', async () => {
    const result = await call(ctx.app, 'GET', `/api/c/${slug}`);
    expect(result.status).toBe(200);
    expect(result.json.version).toBe(1);
    expect(result.json.locales).toEqual(['en', 'fr']);
    expect(result.json.questionnaire.key).toBe('newcomer-needs');
    expect(result.json.survey.pages.length).toBeGreaterThan(1);
    expect(result.json.communities).toEqual(['Peel', 'Halton']);
    expect(result.json.community).toBeNull();
  });

  it('sends the questionnaire gzipped to devices that accept it', async () => {
    const response = await ctx.app.request(`/api/c/${slug}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const body = new Uint8Array(await response.arrayBuffer());
    expect(body.length).toBeLessThan(60_000);
  });

  it('fixes the community on a per-community link', async () => {
    const result = await call(ctx.app, 'GET', `/api/c/${peelSlug}`);
    expect(result.json.community).toBe('Peel');
  });

  it('stores a first submission (201) and acknowledges an identical retry without a second row (200)', async () => {
    const body = submission({ community: 'Peel' });
    const before = await storedCount();
    const first = await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body });
    expect(first.status).toBe(201);
    expect(first.json).toEqual({ id: body.id, status: 'created' });
    const retry = await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body });
    expect(retry.status).toBe(200);
    expect(retry.json.status).toBe('duplicate');
    expect(await storedCount()).toBe(before + 1);
  });

  it('treats a retry with keys in another order as identical', async () => {
    const body = submission({ community: 'Halton' });
    expect((await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body })).status).toBe(201);
    const reordered = Object.fromEntries(Object.entries(body.answers as object).reverse());
    const retry = await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body: { ...body, answers: reordered } });
    expect(retry.status).toBe(200);
  });

  it('refuses the same id with different content (409) and keeps the first', async () => {
    const body = submission({ community: 'Peel' });
    await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body });
    const changed = { ...body, answers: { ...validNewcomerAnswers(), time_in_canada: 'over_10_years' } };
    const result = await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body: changed });
    expect(result.status).toBe(409);
    expect(result.json.code).toBe('duplicate_id_conflict');
    const listed = await call(ctx.app, 'GET', `/api/consultations/${consultationId}/responses?limit=1000`, { token: ctx.tokens.admin });
    const stored = listed.json.responses.find((r: { id: string }) => r.id === body.id);
    expect(stored.answers.time_in_canada).toBe('years_1_to_3');
  });

  it('stores one row when the same response arrives many times at once, on two server instances', async () => {
    const body = submission({ community: 'Peel' });
    const second = ctx.secondInstance();
    const before = await storedCount();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => call(i % 2 ? second : ctx.app, 'POST', `/api/c/${slug}/responses`, { body })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    expect(await storedCount()).toBe(before + 1);
  });

  it('takes the community from the link', async () => {
    const body = submission();
    const result = await call(ctx.app, 'POST', `/api/c/${peelSlug}/responses`, { body });
    expect(result.status).toBe(201);
  });

  it('asks for a community when the consultation serves several and the link fixes none', async () => {
    const result = await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body: submission() });
    expect(result.status).toBe(422);
    expect(result.json.code).toBe('unknown_community');
  });

  it('refuses a community the consultation does not serve', async () => {
    const result = await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body: submission({ community: 'Ottawa' }) });
    expect(result.status).toBe(422);
    expect(result.json.code).toBe('unknown_community');
    const clash = await call(ctx.app, 'POST', `/api/c/${peelSlug}/responses`, { body: submission({ community: 'Halton' }) });
    expect(clash.status).toBe(422);
  });

  it('refuses malformed JSON with 400 malformed_json', async () => {
    const result = await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { raw: '{"id": "x", ' });
    expect(result.status).toBe(400);
    expect(result.json.code).toBe('malformed_json');
    expect(result.json.message).toMatch(/not valid JSON/);
  });

  it('refuses a body of the wrong shape, and any field that could identify a device', async () => {
    const noId = await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body: { locale: 'en', answers: {} } });
    expect(noId.status).toBe(400);
    expect(noId.json.code).toBe('invalid_body');
    expect(noId.json.fields.map((f: { field: string }) => f.field)).toContain('id');
    const extra = await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body: submission({ community: 'Peel', userAgent: 'Mozilla/5.0' }) });
    expect(extra.status).toBe(400);
  });

  it('answers 404 for an unknown consultation', async () => {
    const get = await call(ctx.app, 'GET', '/api/c/nope-nope');
    expect(get.status).toBe(404);
    expect(get.json.code).toBe('consultation_not_found');
    const post = await call(ctx.app, 'POST', '/api/c/nope-nope/responses', { body: submission() });
    expect(post.status).toBe(404);
  });

  it('refuses unknown questions and invalid values with 422 and the fields at fault', async () => {
    const body = submission({
      community: 'Peel',
      answers: { ...validNewcomerAnswers(), no_such_question: 'x', time_in_canada: 'forever', household_size: 'many' },
    });
    const result = await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body });
    expect(result.status).toBe(422);
    expect(result.json.code).toBe('invalid_answers');
    const fields = result.json.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['household_size', 'no_such_question', 'time_in_canada']);
    for (const field of result.json.fields) expect(field.message.length).toBeGreaterThan(10);
  });

  it('refuses a response missing a required answer', async () => {
    const { time_in_canada: _omitted, ...answers } = validNewcomerAnswers();
    const result = await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body: submission({ community: 'Peel', answers }) });
    expect(result.status).toBe(422);
    expect(result.json.fields).toEqual([expect.objectContaining({ field: 'time_in_canada', code: 'required' })]);
  });

  it('refuses a language the consultation does not offer', async () => {
    const result = await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body: submission({ community: 'Peel', locale: 'ar' }) });
    expect(result.status).toBe(422);
    expect(result.json.code).toBe('unsupported_locale');
    expect(result.json.message).toContain('en, fr');
  });

  it('refuses a body over the size limit with 413 and stores nothing', async () => {
    const before = await storedCount();
    const huge = submission({ community: 'Peel', answers: { ...validNewcomerAnswers(), biggest_challenge: 'x'.repeat(300_000) } });
    const result = await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body: huge });
    expect(result.status).toBe(413);
    expect(result.json.code).toBe('body_too_large');
    expect(await storedCount()).toBe(before);
  });

  it('stores nothing when a submission is refused', async () => {
    const before = await storedCount();
    const body = submission({ community: 'Peel', answers: { ...validNewcomerAnswers(), belonging: 99 } });
    expect((await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body })).status).toBe(422);
    expect(await storedCount()).toBe(before);
  });

  it('answers 503 with Retry-After while paused, and 410 once closed, keeping what was stored', async () => {
    const consultation = await launchConsultation(ctx, { communities: ['Peel'] });
    const stored = submission();
    expect((await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body: stored })).status).toBe(201);

    await call(ctx.app, 'POST', `/api/consultations/${consultation.id}/status`, { token: ctx.tokens.researcherA, body: { status: 'paused' } });
    const paused = await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body: submission() });
    expect(paused.status).toBe(503);
    expect(paused.json.code).toBe('consultation_paused');
    expect(paused.headers.get('retry-after')).toBeTruthy();

    await call(ctx.app, 'POST', `/api/consultations/${consultation.id}/status`, { token: ctx.tokens.researcherA, body: { status: 'closed' } });
    const closed = await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body: submission() });
    expect(closed.status).toBe(410);
    expect(closed.json.code).toBe('consultation_closed');
    expect((await call(ctx.app, 'GET', `/api/c/${consultation.slug}`)).status).toBe(410);
    // A device whose acknowledgement was lost before the close still gets it on retry.
    expect((await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body: stored })).status).toBe(200);
    const listed = await call(ctx.app, 'GET', `/api/consultations/${consultation.id}/responses`, { token: ctx.tokens.admin });
    expect(listed.json.responses.map((r: { id: string }) => r.id)).toEqual([stored.id]);
  });

  it('drops answers to questions the respondent’s own answers hid, as survey-core does on completion', async () => {
    const body = submission({ community: 'Peel', answers: { ...validNewcomerAnswers(), household_size: 1, children_count: 0 } });
    expect((await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body })).status).toBe(201);
    const row = await ctx.database.db.selectFrom('responses').select('answers').where('id', '=', body.id).executeTakeFirstOrThrow();
    const stored = JSON.parse(row.answers);
    expect(stored.household_size).toBe(1);
    expect(stored).not.toHaveProperty('children_count');
    // The retry is compared with what the device sent, so it is still recognised.
    expect((await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body })).status).toBe(200);
  });

  it('hides a draft consultation from the public', async () => {
    const draft = await launchConsultation(ctx, { status: 'draft' });
    expect((await call(ctx.app, 'GET', `/api/c/${draft.slug}`)).status).toBe(404);
  });

  it('stores no trace of the device: only the answers and what the survey link says', async () => {
    const body = submission({ community: 'Peel', channel: 'kiosk' });
    await ctx.app.request(`/api/c/${slug}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 (Linux; Android 10)', 'x-forwarded-for': '203.0.113.9' },
      body: JSON.stringify(body),
    });
    const row = await ctx.database.db.selectFrom('responses').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
    const text = JSON.stringify(row);
    expect(text).not.toContain('Mozilla');
    expect(text).not.toContain('203.0.113.9');
    expect(row.received_on).toBe('2026-11-22');
    expect(row.channel).toBe('kiosk');
  });
});
