import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeCoded, type CodedResponse } from '../../server/coding/coded-store';
import type { AnswerCodeTable } from '../../server/db/schema';
import { seedDemo } from '../../server/seed/demo';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases';
import { NOW } from '../helpers/test-app';

// The coder's rows reach the database in a few multi-row statements, 500 codes at most in each:
// whatever their number, what is read back must be exactly what the coder made.
describe.each(DIALECTS)('storing coded responses (%s)', (dialect) => {
  let database: TestDatabase;
  let responses: Array<{ id: string; consultation_id: string; community: string; locale: string }>;

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    await seedDemo(database.db, NOW);
    responses = await database.db.selectFrom('responses').select(['id', 'consultation_id', 'community', 'locale']).orderBy('seq').limit(3).execute();
    const ids = responses.map((r) => r.id);
    // Uncoded again, as a response waiting for the coder.
    for (const table of ['answer_codes', 'answer_reviews', 'response_themes'] as const) await database.db.deleteFrom(table).where('response_id', 'in', ids).execute();
    await database.db.updateTable('responses').set({ coded_at: null, coded_with: null }).where('id', 'in', ids).execute();
  }, 120_000);
  afterAll(() => database?.close());

  it('stores every code, review and theme as the coder made them, one row or six hundred', async () => {
    const coded: CodedResponse[] = responses.map((response, n) => {
      const codeRows = Array.from({ length: [1, 7, 600][n]! }, (_, i): AnswerCodeTable => ({
        response_id: response.id,
        consultation_id: response.consultation_id,
        question: `q${i} "l'été" — 住房`,
        theme: i % 2 ? 'housing' : 'employment',
        source: 'machine',
        coder: '',
        status: i % 3 ? 'accepted' : 'suggested',
        confidence: ((i * 37 + n) % 1000) / 1024, // exact in PostgreSQL's 4-byte real too
        taxonomy_version: '2026.1',
        coded_at: NOW,
      }));
      const themes = new Map([['housing', { closed: n === 0, open: true }], ['employment', { closed: true, open: false }]]);
      return {
        id: response.id,
        codeRows,
        reviewRows: [{ response_id: response.id, consultation_id: response.consultation_id, question: 'q0 "l\'été" — 住房', status: 'pending' }],
        respondent: { responseId: response.id, consultationId: response.consultation_id, community: response.community, locale: response.locale, themes, firstTime: true },
      };
    });
    await storeCoded(database.db, coded, { now: NOW, fingerprint: 'test-coder' });

    const ids = responses.map((r) => r.id);
    const sorted = <T>(rows: T[]) => rows.map((row) => JSON.stringify(row)).sort();
    const codes = await database.db.selectFrom('answer_codes').selectAll().where('response_id', 'in', ids).execute();
    // PostgreSQL's real is 4 bytes and prints the shortest text that reads back as one.
    expect(sorted(codes.map((row) => ({ ...row, confidence: Math.fround(Number(row.confidence)) })))).toEqual(sorted(coded.flatMap((c) => c.codeRows)));
    const reviews = await database.db.selectFrom('answer_reviews').select(['response_id', 'consultation_id', 'question', 'status', 'reviewer', 'reviewed_at']).where('response_id', 'in', ids).execute();
    expect(sorted(reviews)).toEqual(sorted(coded.flatMap((c) => c.reviewRows.map((row) => ({ ...row, reviewer: null, reviewed_at: null })))));
    const themes = await database.db.selectFrom('response_themes').select(['response_id', 'theme', 'closed', 'open']).where('response_id', 'in', ids).execute();
    expect(sorted(themes.map((row) => ({ ...row, closed: Number(row.closed), open: Number(row.open) })))).toEqual(
      sorted(coded.flatMap((c) => [...c.respondent.themes].map(([theme, via]) => ({ response_id: c.id, theme, closed: via.closed ? 1 : 0, open: via.open ? 1 : 0 })))),
    );
  });
});
