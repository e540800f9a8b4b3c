import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as unreadThemeIndex from '../../server/db/migrations/2026-12-03-008-unread-theme-index';
import { candidateQuotes } from '../../server/insights/quotes.repository';
import { seedDemo } from '../../server/seed/demo';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases';
import { NOW } from '../helpers/test-app';

// Migration 008 drops an index of response_themes that no query reads. The demo seed's coded
// responses go down through it and up again: every row stays, and the quotes read the same.
describe.each(DIALECTS)('migration 008, the unread theme index (%s)', (dialect) => {
  let database: TestDatabase;

  const byKey = (rows: object[]) => rows.map((row) => JSON.stringify(row)).sort();
  const snapshot = async () => ({
    codes: byKey(await database.db.selectFrom('answer_codes').selectAll().execute()),
    themes: byKey(await database.db.selectFrom('response_themes').selectAll().execute()),
    counts: byKey(await database.db.selectFrom('theme_counts').selectAll().execute()),
  });
  const quotes = async () => {
    const consultations = (await database.db.selectFrom('consultations').select('id').execute()).map((c) => c.id);
    return candidateQuotes(database.db, consultations, ['housing', 'employment', 'language']);
  };

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    await seedDemo(database.db, NOW);
  }, 120_000);
  afterAll(() => database?.close());

  it('keeps every code, respondent theme and count, down and up again, and the quotes read the same', async () => {
    const before = await snapshot();
    const quotedBefore = await quotes();
    expect(before.codes.length).toBeGreaterThan(100);
    expect(before.themes.length).toBeGreaterThan(100);
    expect(quotedBefore.length).toBeGreaterThan(0);
    await unreadThemeIndex.down(database.db);
    expect(await snapshot()).toEqual(before);
    expect(await quotes()).toEqual(quotedBefore);
    await unreadThemeIndex.up(database.db);
    expect(await snapshot()).toEqual(before);
    expect(await quotes()).toEqual(quotedBefore);
  });
});
