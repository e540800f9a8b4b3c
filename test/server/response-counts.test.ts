import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as responseCountsMigration from '../../server/db/migrations/2026-12-02-004-response-counts';
import { submission } from '../helpers/answers';
import { DIALECTS } from '../helpers/databases';
import { call, createTestContext, launchConsultation, type TestContext } from '../helpers/test-app';

// The consultations list and the progress route read response_counts, kept at intake; these
// tests hold those counts against a recount of the responses table itself.
describe.each(DIALECTS)('response counts kept at intake (%s)', (dialect) => {
  let ctx: TestContext;
  let today = '2026-11-22T12:00:00.000Z';
  let consultation: Awaited<ReturnType<typeof launchConsultation>>;
  let slugs: { peel: string; halton: string };

  const recount = async () =>
    (
      await ctx.database.db
        .selectFrom('responses')
        .select(['community', 'locale', 'channel', 'received_on', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('consultation_id', '=', consultation.id)
        .groupBy(['community', 'locale', 'channel', 'received_on'])
        .execute()
    ).map((row) => ({ ...row, n: Number(row.n) }));
  const kept = async () =>
    (
      await ctx.database.db
        .selectFrom('response_counts')
        .select(['community', 'locale', 'channel', 'received_on', 'n'])
        .where('consultation_id', '=', consultation.id)
        .execute()
    ).map((row) => ({ ...row, n: Number(row.n) }));
  const byKey = <T extends { community: string; locale: string; channel: string; received_on: string }>(rows: T[]) =>
    [...rows].sort((a, b) => JSON.stringify([a.community, a.locale, a.channel, a.received_on]).localeCompare(JSON.stringify([b.community, b.locale, b.channel, b.received_on])));
  const listed = async () => {
    const result = await call(ctx.app, 'GET', '/api/consultations', { token: ctx.tokens.researcherA });
    return result.json.consultations.find((c: { id: string }) => c.id === consultation.id).responses as number;
  };
  const post = (slug: string, body: unknown) => call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body });

  beforeAll(async () => {
    ctx = await createTestContext(dialect, { clock: () => today });
    consultation = await launchConsultation(ctx, { communities: ['Peel', 'Halton'], locales: ['en', 'fr'] });
    slugs = {
      peel: consultation.links.find((link) => link.community === 'Peel')!.slug,
      halton: consultation.links.find((link) => link.community === 'Halton')!.slug,
    };
  });
  afterAll(() => ctx?.close());

  it('equal a recount of the responses after intake over several communities, languages, channels and days', async () => {
    const sent = [
      [slugs.peel, { locale: 'en', channel: 'web' }],
      [slugs.peel, { locale: 'fr', channel: 'kiosk' }],
      [slugs.halton, { locale: 'en', channel: 'phone' }],
    ] as const;
    for (const [slug, overrides] of sent) expect((await post(slug, submission(overrides))).status).toBe(201);
    today = '2026-11-23T09:00:00.000Z';
    // Sent together, so the group commit writes several in one transaction.
    const together = await Promise.all([
      post(slugs.peel, submission({ locale: 'en', channel: 'web' })),
      post(slugs.peel, submission({ locale: 'en', channel: 'web' })),
      post(slugs.halton, submission({ locale: 'fr', channel: 'kiosk' })),
    ]);
    expect(together.map((r) => r.status)).toEqual([201, 201, 201]);

    expect(byKey(await kept())).toEqual(byKey(await recount()));
    expect(await listed()).toBe(6);
    const progress = await call(ctx.app, 'GET', `/api/consultations/${consultation.id}/progress`, { token: ctx.tokens.viewerA });
    expect(progress.json.byDay).toEqual([{ key: '2026-11-22', n: 3 }, { key: '2026-11-23', n: 3 }]);
    expect(progress.json.byCommunity).toEqual([{ key: 'Peel', n: 4 }, { key: 'Halton', n: 2 }]);
  });

  it('do not count a retried response twice, whether retried alone or alongside its first send', async () => {
    const before = await listed();
    const once = submission({ locale: 'fr', channel: 'phone' });
    expect((await post(slugs.peel, once)).status).toBe(201);
    expect((await post(slugs.peel, once)).status).toBe(200);
    const twice = submission({ locale: 'en', channel: 'kiosk' });
    const statuses = (await Promise.all([post(slugs.halton, twice), post(slugs.halton, twice), post(slugs.halton, twice)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 201]);
    // A different response under a used id is refused and counts nothing.
    expect((await post(slugs.halton, { ...twice, answers: { ...twice.answers, household_size: 9 } })).status).toBe(409);

    expect(await listed()).toBe(before + 2);
    expect(byKey(await kept())).toEqual(byKey(await recount()));
  });

  it('are filled from the responses already stored when the migration runs', async () => {
    const { db } = ctx.database;
    const expected = byKey(await recount());
    expect(expected.length).toBeGreaterThan(0);
    // Undo migration 004 and run it again: its backfill must rebuild exactly the same counts.
    // Its own up() is called: the migrator refuses to re-run a migration that later ones follow.
    await db.schema.dropTable('response_counts').execute();
    await responseCountsMigration.up(db);
    expect(byKey(await kept())).toEqual(expected);
    expect(await listed()).toBe(expected.reduce((sum, row) => sum + row.n, 0));
  });
});
