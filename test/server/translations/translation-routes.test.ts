import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../helpers/databases';
import { call, createTestContext, type TestContext } from '../../helpers/test-app';
import { transitSurvey } from './fixtures';

describe.each(DIALECTS)('translations of a questionnaire version on %s', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
  });
  afterAll(() => ctx.close());

  const base = (id: string, version = 2) => `/api/questionnaires/${id}/versions/${version}`;

  /** Version 1 published; version 2 a draft whose bus question has new English. */
  async function withStaleDraft(key: string) {
    const token = ctx.tokens.researcherA;
    const created = await call(ctx.app, 'POST', '/api/questionnaires', { token, body: { key, title: 'Transit', survey: transitSurvey() } });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    expect((await call(ctx.app, 'POST', `/api/questionnaires/${id}/versions/1/publish`, { token })).status).toBe(200);
    const v2 = transitSurvey();
    v2.pages[0]!.elements[1]!.title!.default = 'Do you ride the bus?';
    expect((await call(ctx.app, 'POST', `/api/questionnaires/${id}/versions`, { token, body: { survey: v2 } })).status).toBe(201);
    return id;
  }

  async function storedJson(id: string, version: number): Promise<string> {
    const row = await ctx.database.db
      .selectFrom('questionnaire_versions')
      .select('survey_json')
      .where('questionnaire_id', '=', id)
      .where('version', '=', version)
      .executeTakeFirstOrThrow();
    return row.survey_json;
  }

  async function put(path: string, body: string, contentType: string, token = ctx.tokens.researcherA) {
    const response = await ctx.app.request(path, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, body });
    return { status: response.status, json: (await response.json()) as any };
  }

  it('counts translated, stale and missing strings per language when the English changed in a new draft', async () => {
    const id = await withStaleDraft('transit-count');
    const summary = await call(ctx.app, 'GET', `${base(id)}/translations`, { token: ctx.tokens.viewerA });
    expect(summary.status).toBe(200);
    expect(summary.json.locales).toEqual({
      fr: { status: 'reviewed', translated: 7, stale: 1, missing: 0 },
      fa: { status: 'draft', translated: 7, stale: 1, missing: 0 },
    });
    const detail = await call(ctx.app, 'GET', `${base(id)}/translations?locale=fa`, { token: ctx.tokens.viewerA });
    expect(detail.json.strings.find((s: { id: string }) => s.id === 'bus.title')).toEqual({
      id: 'bus.title', source: 'Do you ride the bus?', text: 'آیا با اتوبوس رفت‌وآمد می‌کنید؟', state: 'stale',
    });
    const published = await call(ctx.app, 'GET', `${base(id, 1)}/translations`, { token: ctx.tokens.viewerA });
    expect(published.json.locales.fa).toEqual({ status: 'draft', translated: 8, stale: 0, missing: 0 });
  });

  it('refuses to publish with stale strings, listing the counts per language, and stores nothing', async () => {
    const id = await withStaleDraft('transit-refuse');
    const before = await storedJson(id, 2);
    const refused = await call(ctx.app, 'POST', `${base(id)}/publish`, { token: ctx.tokens.researcherA });
    expect(refused.status).toBe(422);
    expect(refused.json.code).toBe('translations_incomplete');
    expect(refused.json.locales).toEqual({
      fr: { status: 'reviewed', translated: 7, stale: 1, missing: 0 },
      fa: { status: 'draft', translated: 7, stale: 1, missing: 0 },
    });
    expect(refused.json.fields.map((f: { field: string }) => f.field)).toEqual(['translations.fr', 'translations.fa']);
    expect(await storedJson(id, 2)).toBe(before);
  });

  it('publishes once the researcher removes one language and confirms the other stays a draft', async () => {
    const id = await withStaleDraft('transit-publish');
    const published = await call(ctx.app, 'POST', `${base(id)}/publish`, {
      token: ctx.tokens.researcherA,
      body: { removeLanguages: ['fr'], draftLanguages: ['fa'] },
    });
    expect(published.status).toBe(200);
    expect(published.json.status).toBe('published');
    expect(published.json.survey.translationStatus).toEqual({ en: 'reviewed', fa: 'draft' });
    expect(published.json.survey.title).toEqual({ default: 'Transit check', fa: 'بررسی حمل‌ونقل' });
    const summary = await call(ctx.app, 'GET', `${base(id)}/translations`, { token: ctx.tokens.viewerA });
    expect(Object.keys(summary.json.locales)).toEqual(['fa']);
  });

  it('exports XLIFF and CSV, and an import of either without edits leaves the stored version byte-identical', async () => {
    const id = await withStaleDraft('transit-roundtrip');
    const before = await storedJson(id, 2);
    for (const format of ['xlf', 'csv'] as const) {
      const exported = await ctx.app.request(`${base(id)}/translations/fa.${format}`, { headers: { authorization: `Bearer ${ctx.tokens.viewerA}` } });
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-type')).toMatch(format === 'xlf' ? /application\/xliff\+xml/ : /text\/csv/);
      const file = await exported.text();
      const imported = await put(`${base(id)}/translations/fa`, file, format === 'xlf' ? 'application/xliff+xml' : 'text/csv');
      expect(imported.status).toBe(200);
      expect(imported.json).toMatchObject({ changed: 0, confirmed: 0 });
      expect(await storedJson(id, 2)).toBe(before);
    }
    const published = await ctx.app.request(`${base(id, 1)}/translations/fa.xlf`, { headers: { authorization: `Bearer ${ctx.tokens.viewerA}` } });
    expect((await put(`${base(id, 1)}/translations/fa`, await published.text(), 'application/xliff+xml')).status).toBe(200);
  });

  it('imports an edited file, after which the language is complete and can be marked community reviewed', async () => {
    const id = await withStaleDraft('transit-import');
    const exported = await (await ctx.app.request(`${base(id)}/translations/fa.xlf`, { headers: { authorization: `Bearer ${ctx.tokens.researcherA}` } })).text();
    const edited = exported.replace('آیا با اتوبوس رفت‌وآمد می‌کنید؟', 'آیا سوار اتوبوس می‌شوید؟');
    const early = await call(ctx.app, 'PATCH', `${base(id)}/translations/fa`, { token: ctx.tokens.researcherA, body: { status: 'community_reviewed' } });
    expect(early.status).toBe(422);
    const imported = await put(`${base(id)}/translations/fa`, edited, 'application/xliff+xml');
    expect(imported.status).toBe(200);
    expect(imported.json.changed).toBe(1);
    expect(imported.json.locales.fa).toEqual({ status: 'draft', translated: 8, stale: 0, missing: 0 });
    const marked = await call(ctx.app, 'PATCH', `${base(id)}/translations/fa`, { token: ctx.tokens.researcherA, body: { status: 'community_reviewed' } });
    expect(marked.status).toBe(200);
    expect(marked.json.locales.fa.status).toBe('community_reviewed');
  });

  it('rejects a file with a broken placeholder as a whole, and a viewer cannot import', async () => {
    const id = await withStaleDraft('transit-reject');
    const before = await storedJson(id, 2);
    const exported = await (await ctx.app.request(`${base(id)}/translations/fa.csv`, { headers: { authorization: `Bearer ${ctx.tokens.researcherA}` } })).text();
    const broken = exported.replace('بررسی حمل‌ونقل', 'عنوان').replace('از ۰ تا {max}.', 'از ۰ تا max.');
    const rejected = await put(`${base(id)}/translations/fa`, broken, 'text/csv');
    expect(rejected.status).toBe(422);
    expect(rejected.json).toMatchObject({ code: 'translation_import_rejected', fields: [{ field: 'trips.validators.0.text', code: 'broken_placeholder' }] });
    expect(await storedJson(id, 2)).toBe(before);
    expect((await put(`${base(id)}/translations/fa`, exported, 'text/csv', ctx.tokens.viewerA)).status).toBe(403);
  });

  it('counts the shipped questionnaires complete in all nine languages, Farsi and Ukrainian as drafts', async () => {
    for (const key of ['newcomer-needs', 'provider-survey']) {
      const summary = await call(ctx.app, 'GET', `/api/questionnaires/${key}/versions/1/translations`, { token: ctx.tokens.viewerA });
      expect(summary.status).toBe(200);
      expect(Object.keys(summary.json.locales)).toEqual(['fr', 'ar', 'es', 'zh-cn', 'pa', 'tl', 'fa', 'uk']);
      expect(summary.json.locales.uk).toMatchObject({ status: 'draft', stale: 0, missing: 0 });
    }
  });
});
