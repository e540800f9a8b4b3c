import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodedResponse } from '../../server/coding/coded-store';
import { connectDatabase, type DatabaseHandle } from '../../server/db/connect';
import type { NewResponseRow } from '../../server/intake/response-writer';
import { commitWithCodes } from '../../server/intake/shared-commit';
import { startTessera } from '../../server/start';

/**
 * The writer thread commits codes in intake's transactions. Whatever happens to the codes (a
 * response another instance coded first, a write that fails), the respondents' rows in the same
 * transaction must be committed and acknowledged as usual, and nothing of the codes half-written.
 */
describe('intake rows and codes in one transaction', { timeout: 60_000 }, () => {
  let handle: DatabaseHandle;
  let template: NewResponseRow;
  let next = 0;

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tessera-shared-commit-unit-')), 'db.sqlite');
    await (await startTessera({ port: 0, databaseUrl: file, coding: false })).close();
    handle = connectDatabase(file);
    const { seq: _seq, ...row } = await handle.db.selectFrom('responses').selectAll().limit(1).executeTakeFirstOrThrow();
    template = { ...row, coded_at: null, coded_with: null } as NewResponseRow;
  });
  afterAll(() => handle?.close());

  const newRow = (): NewResponseRow => {
    next += 1;
    return { ...template, id: `shared-commit-${next}`, content_hash: `hash-${next}` };
  };
  const coded = (id: string, consultationId: string, rows = 1): CodedResponse => ({
    id,
    codeRows: Array.from({ length: rows }, () => ({
      response_id: id, consultation_id: consultationId, question: 'biggest_challenge', theme: 'housing', source: 'machine' as const,
      coder: '', status: 'accepted' as const, confidence: 0.9, taxonomy_version: 't', coded_at: '2026-12-03T00:00:00.000Z',
    })),
    reviewRows: [],
    respondent: { responseId: id, consultationId, community: template.community, locale: template.locale, themes: new Map([['housing', { closed: false, open: true }]]), firstTime: true },
  });
  const claim = { now: '2026-12-03T00:00:00.000Z', fingerprint: 'test-coder' };
  const stored = (id: string) => handle.db.selectFrom('responses').select(['id', 'coded_with']).where('id', '=', id).executeTakeFirst();
  const codesOf = (id: string) => handle.db.selectFrom('answer_codes').select('theme').where('response_id', '=', id).execute();

  it('writes both when all goes well', async () => {
    const earlier = newRow();
    await commitWithCodes(handle.db, [earlier], undefined);
    const row = newRow();
    const result = await commitWithCodes(handle.db, [row], { coded: [coded(earlier.id, earlier.consultation_id)], claim });
    expect(result).toEqual({ outcomes: ['created'], coded: { type: 'stored' } });
    expect(await stored(row.id)).toMatchObject({ id: row.id, coded_with: null });
    expect(await stored(earlier.id)).toMatchObject({ coded_with: 'test-coder' });
    expect(await codesOf(earlier.id)).toEqual([{ theme: 'housing' }]);
  });

  it('leaves codes for a response another instance coded first, and commits the intake rows', async () => {
    const earlier = newRow();
    await commitWithCodes(handle.db, [earlier], undefined);
    await handle.db.updateTable('responses').set({ coded_at: claim.now, coded_with: 'other-instance' }).where('id', '=', earlier.id).execute();
    const row = newRow();
    const result = await commitWithCodes(handle.db, [row], { coded: [coded(earlier.id, earlier.consultation_id)], claim });
    expect(result.outcomes).toEqual(['created']);
    expect(result.coded).toEqual({ type: 'stored' });
    expect(await stored(row.id)).toBeDefined();
    expect(await stored(earlier.id)).toMatchObject({ coded_with: 'other-instance' });
    expect(await codesOf(earlier.id)).toEqual([]);
  });

  it('rolls back codes that fail to write, claim included, and commits the intake rows', async () => {
    const earlier = newRow();
    await commitWithCodes(handle.db, [earlier], undefined);
    const row = newRow();
    // The same code twice breaks answer_codes' primary key after the claim was written.
    const result = await commitWithCodes(handle.db, [row], { coded: [coded(earlier.id, earlier.consultation_id, 2)], claim });
    expect(result.outcomes).toEqual(['created']);
    expect(result.coded).toMatchObject({ type: 'failed', message: expect.stringMatching(/UNIQUE|constraint/i) });
    expect(await stored(row.id)).toBeDefined();
    expect(await stored(earlier.id)).toMatchObject({ coded_with: null });
    expect(await codesOf(earlier.id)).toEqual([]);
    // A retry of the same response is still told apart from a new one.
    expect((await commitWithCodes(handle.db, [row], undefined)).outcomes).toEqual(['duplicate']);
  });
});
