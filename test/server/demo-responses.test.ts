import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { issueToken } from '../../server/auth/tokens.repository';
import { codeAllPending } from '../../server/coding/coding-runner';
import { seedDemo } from '../../server/seed/demo';
import { DEMO_DATA_SLUGS, seedDemoResponses } from '../../server/seed/demo-responses';
import { compileValidator } from '../../server/validation/compile-validator';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases';
import { call } from '../helpers/test-app';

const NOW = '2026-11-22T12:00:00.000Z';

describe.each(DIALECTS)('demo responses on %s', (dialect) => {
  let database: TestDatabase;
  let stored: number;
  let app: ReturnType<typeof createApp>;
  let admin: string;
  const consultationId = async (slug: string) =>
    (await database.db.selectFrom('consultation_links').select('consultation_id').where('slug', '=', slug).executeTakeFirstOrThrow()).consultation_id;

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    await seedDemo(database.db, NOW);
    app = createApp({ db: database.db, dialect, clock: () => NOW });
    admin = (await issueToken(database.db, { role: 'admin', partnershipId: null, label: 'demo test' }, NOW)).token;
  });
  afterAll(() => database.close());

  it('stores a few hundred responses with the demo partnership, every one accepted by its questionnaire validator', async () => {
    const rows = await database.db
      .selectFrom('responses as r')
      .innerJoin('questionnaire_versions as v', 'v.id', 'r.questionnaire_version_id')
      .select(['r.answers', 'r.locale', 'v.survey_json'])
      .execute();
    stored = rows.length;
    expect(stored).toBeGreaterThanOrEqual(300);
    expect(stored).toBeLessThanOrEqual(600);
    const validators = new Map<string, ReturnType<typeof compileValidator>>();
    const refused = rows.filter((row) => {
      let validator = validators.get(row.survey_json);
      if (!validator) validators.set(row.survey_json, (validator = compileValidator(JSON.parse(row.survey_json))));
      return validator.validate(JSON.parse(row.answers), row.locale).length > 0;
    });
    expect(refused).toEqual([]);
  });

  it('spreads them over communities, languages, channels, days and waves, in consultations titled as demo data', async () => {
    const listed = await call(app, 'GET', '/api/consultations', { token: admin });
    const demoData = listed.json.consultations.filter((c: { title: string }) => c.title.includes('DEMO DATA'));
    expect(demoData).toHaveLength(3);
    expect(new Set(demoData.map((c: { wave: string }) => c.wave))).toEqual(new Set(['2025', '2026']));
    const rows = await database.db.selectFrom('responses').select(['community', 'locale', 'channel', 'received_on', 'answers']).execute();
    expect(new Set(rows.map((r) => r.community)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((r) => r.locale)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(['kiosk', 'phone', 'web']));
    expect(new Set(rows.map((r) => r.received_on)).size).toBeGreaterThanOrEqual(30);
    const withOpenAnswer = rows.filter((r) => typeof JSON.parse(r.answers).biggest_challenge === 'string');
    expect(new Set(withOpenAnswer.map((r) => r.locale)).size).toBeGreaterThanOrEqual(5);
  });

  it('leaves the live demo survey empty, so what people submit there stays apart', async () => {
    const live = await consultationId('demo');
    const count = await database.db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).where('consultation_id', '=', live).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('does nothing the second time', async () => {
    expect(await seedDemo(database.db, NOW)).toBe(false);
    expect(await seedDemoResponses(database.db, NOW)).toEqual({ stored: 0, refused: 0 });
    const count = await database.db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(stored);
  });

  it('gives every install the same data', async () => {
    const other = await freshDatabase('sqlite');
    try {
      await seedDemo(other.db, NOW);
      // Consultation ids differ between installs and are part of the hash; the answers do not.
      const answers = async (db: TestDatabase['db']) => (await db.selectFrom('responses').select('answers').orderBy('id').execute()).map((r) => r.answers);
      expect(await answers(other.db)).toEqual(await answers(database.db));
    } finally {
      await other.close();
    }
  });

  it('codes them at once, so summaries, comparisons across communities and waves, a gap, a review queue and a report have content', async () => {
    expect(await codeAllPending(database.db, { now: NOW })).toBe(0);
    const current = await consultationId(DEMO_DATA_SLUGS.newcomers);
    const partnershipId = (await database.db.selectFrom('consultations').select('partnership_id').where('id', '=', current).executeTakeFirstOrThrow()).partnership_id;

    const summary = await call(app, 'GET', `/api/analysis/summary?consultationId=${current}`, { token: admin });
    expect(summary.json.summary.respondents).toBeGreaterThan(250);
    const housing = summary.json.summary.themes.find((t: { theme: string }) => t.theme === 'housing');
    expect(housing.n).toBeGreaterThan(50);

    const byCommunity = await call(app, 'GET', `/api/analysis/compare?consultationId=${current}&by=community`, { token: admin });
    expect(byCommunity.json.comparison.groups.length).toBe(5);
    const byWave = await call(app, 'GET', `/api/analysis/compare?partnershipId=${partnershipId}&audience=newcomers&by=wave`, { token: admin });
    expect(byWave.json.comparison.groups.map((g: { group: string }) => g.group)).toEqual(['2025', '2026']);

    const gap = await call(app, 'GET', `/api/analysis/gap?partnershipId=${partnershipId}&wave=2026`, { token: admin });
    expect(gap.json.gaps.length).toBeGreaterThanOrEqual(4);

    const review = await call(app, 'GET', `/api/consultations/${current}/review`, { token: admin });
    expect(review.json.items.length).toBeGreaterThan(0);

    const report = await call(app, 'GET', `/api/analysis/report?partnershipId=${partnershipId}&wave=2026&format=markdown`, { token: admin });
    expect(report.status).toBe(200);
    expect(report.text).toContain('Orléans');
  });
});
