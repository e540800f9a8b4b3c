import type { DialectName } from '../../server/db/connect';
import { connectDatabase } from '../../server/db/connect';
import { createApp } from '../../server/app';
import { issueToken } from '../../server/auth/tokens.repository';
import { createPartnership } from '../../server/partnerships/partnerships.repository';
import { seedShippedQuestionnaires } from '../../server/seed/demo';
import { freshDatabase, type TestDatabase } from './databases';

export const NOW = '2026-11-22T12:00:00.000Z';

export interface TestContext {
  app: ReturnType<typeof createApp>;
  database: TestDatabase;
  tokens: { admin: string; researcherA: string; viewerA: string; researcherB: string };
  partnerships: { a: string; b: string };
  /** A second app on the same database: what a second server instance would be. */
  secondInstance(): ReturnType<typeof createApp>;
  close(): Promise<void>;
}

/**
 * A real app on a real, fresh database: two partnerships (A serves Peel and Halton, B serves
 * Ottawa), the shipped questionnaires published, and a token per role.
 */
export async function createTestContext(dialect: DialectName): Promise<TestContext> {
  const database = await freshDatabase(dialect);
  const { db } = database;
  const clock = () => NOW;
  await seedShippedQuestionnaires(db, NOW);
  const a = await createPartnership(db, { name: 'Peel-Halton LIP', communities: ['Peel', 'Halton'] }, NOW);
  const b = await createPartnership(db, { name: 'Ottawa LIP', communities: ['Ottawa'] }, NOW);
  const token = async (role: 'admin' | 'researcher' | 'viewer', partnershipId: string | null) =>
    (await issueToken(db, { role, partnershipId, label: `${role} test` }, NOW)).token;
  const tokens = {
    admin: await token('admin', null),
    researcherA: await token('researcher', a.id),
    viewerA: await token('viewer', a.id),
    researcherB: await token('researcher', b.id),
  };
  const extra: Array<{ close(): Promise<void> }> = [];
  return {
    app: createApp({ db, dialect, clock }),
    database,
    tokens,
    partnerships: { a: a.id, b: b.id },
    secondInstance() {
      const handle = connectDatabase(database.url, database.schema ? { schema: database.schema } : {});
      extra.push(handle);
      return createApp({ db: handle.db, dialect, clock });
    },
    async close() {
      for (const handle of extra) await handle.close();
      await database.close();
    },
  };
}

type App = ReturnType<typeof createApp>;

/** JSON over app.request, with an optional bearer token. */
export async function call(app: App, method: string, path: string, options: { token?: string; body?: unknown; raw?: string } = {}) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined || options.raw !== undefined) headers['content-type'] = 'application/json';
  const response = await app.request(path, {
    method,
    headers,
    ...(options.raw !== undefined ? { body: options.raw } : options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, headers: response.headers };
}

/** Launches an open consultation of a shipped questionnaire for partnership A or B. */
export async function launchConsultation(
  ctx: TestContext,
  options: { partnership?: 'a' | 'b'; questionnaire?: string; communities?: string[]; locales?: string[]; status?: string } = {},
) {
  const partnership = options.partnership ?? 'a';
  const result = await call(ctx.app, 'POST', '/api/consultations', {
    token: partnership === 'a' ? ctx.tokens.researcherA : ctx.tokens.researcherB,
    body: {
      partnershipId: ctx.partnerships[partnership],
      questionnaire: options.questionnaire ?? 'newcomer-needs',
      title: 'Needs assessment 2026',
      audience: 'newcomers',
      wave: '2026',
      status: options.status ?? 'open',
      ...(options.communities && { communities: options.communities }),
      ...(options.locales && { locales: options.locales }),
    },
  });
  if (result.status !== 201) throw new Error(`launch failed: ${result.status} ${result.text}`);
  return result.json as { id: string; slug: string; links: Array<{ slug: string; community: string | null }> };
}
