import { randomUUID } from 'node:crypto';
import type { DialectName } from '../../server/db/connect';
import { connectDatabase } from '../../server/db/connect';
import { createApp } from '../../server/app';
import type { AppDeps } from '../../server/app-deps';
import { hashPassword } from '../../server/accounts/passwords';
import { createUser, setRole } from '../../server/accounts/users.repository';
import { issueToken } from '../../server/auth/tokens.repository';
import { createPartnership } from '../../server/partnerships/partnerships.repository';
import { seedShippedQuestionnaires } from '../../server/seed/demo';
import { freshDatabase, type TestDatabase } from './databases';

export const NOW = '2026-11-22T12:00:00.000Z';

export type Person = 'admin' | 'researcherA' | 'viewerA' | 'researcherB';

/** Every test person's password: tests sign in with it. */
export const PASSWORD = 'correct horse battery staple';

export interface TestContext {
  app: ReturnType<typeof createApp>;
  database: TestDatabase;
  tokens: Record<Person, string>;
  /** A signed-in person per role, with the same partnerships as the tokens. */
  users: Record<Person, { id: string; email: string }>;
  partnerships: { a: string; b: string };
  /** A second app on the same database: what a second server instance would be. */
  secondInstance(): ReturnType<typeof createApp>;
  close(): Promise<void>;
}

/**
 * A real app on a real, fresh database: two partnerships (A serves Peel and Halton, B serves
 * Ottawa), the shipped questionnaires published, and a token per role.
 */
export async function createTestContext(
  dialect: DialectName,
  options: { clock?: () => string; auth?: AppDeps['auth'] } = {},
): Promise<TestContext> {
  const database = await freshDatabase(dialect);
  const { db } = database;
  const clock = options.clock ?? (() => NOW);
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
  // A cheap hash here keeps setup fast; the first sign-in re-hashes at the server's cost.
  const passwordHash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
  const user = async (who: Person, partnershipId: string | null, role: 'researcher' | 'viewer') => {
    const email = `${who.toLowerCase()}@example.org`;
    const created = await createUser(db, { email, name: who, passwordHash, isAdmin: partnershipId === null }, NOW);
    if (partnershipId) await setRole(db, created.id, partnershipId, role, NOW);
    return { id: created.id, email };
  };
  const users = {
    admin: await user('admin', null, 'researcher'),
    researcherA: await user('researcherA', a.id, 'researcher'),
    viewerA: await user('viewerA', a.id, 'viewer'),
    researcherB: await user('researcherB', b.id, 'researcher'),
  };
  const extra: Array<{ close(): Promise<void> }> = [];
  const deps = { db, dialect, clock, ...(options.auth && { auth: options.auth }) };
  return {
    app: createApp(deps),
    database,
    tokens,
    users,
    partnerships: { a: a.id, b: b.id },
    secondInstance() {
      const handle = connectDatabase(database.url, database.schema ? { schema: database.schema } : {});
      extra.push(handle);
      return createApp({ ...deps, db: handle.db });
    },
    async close() {
      for (const handle of extra) await handle.close();
      await database.close();
    },
  };
}

type App = ReturnType<typeof createApp>;

export interface CallOptions {
  token?: string;
  /** A signed-in browser: sends the session cookie, and the CSRF token unless `csrf` is false. */
  session?: BrowserSession;
  csrf?: boolean;
  headers?: Record<string, string>;
  body?: unknown;
  raw?: string;
}

export interface BrowserSession {
  cookie: string;
  csrfToken: string;
}

/** JSON over app.request, with an optional bearer token or session. */
export async function call(app: App, method: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.session) {
    headers.cookie = options.session.cookie;
    if (options.csrf !== false) headers['x-csrf-token'] = options.session.csrfToken;
  }
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

/**
 * Creates a questionnaire of partnership A from a SurveyJS document, publishes it, launches it
 * for Peel and posts each answers object as a French response; returns the consultation and the
 * response ids, in order.
 */
export async function answeredQuestionnaire(ctx: TestContext, key: string, survey: object, answersList: Array<Record<string, unknown>>) {
  const created = await call(ctx.app, 'POST', '/api/questionnaires', {
    token: ctx.tokens.researcherA,
    body: { key, title: key, partnershipId: ctx.partnerships.a, survey },
  });
  if (created.status !== 201) throw new Error(`questionnaire not created: ${created.text}`);
  const published = await call(ctx.app, 'POST', `/api/questionnaires/${created.json.id}/versions/1/publish`, { token: ctx.tokens.researcherA });
  if (published.status !== 200) throw new Error(`not published: ${published.text}`);
  const consultation = await launchConsultation(ctx, { questionnaire: key, communities: ['Peel'] });
  const ids: string[] = [];
  for (const answers of answersList) {
    const body = { id: randomUUID(), locale: 'fr', answers, channel: 'web', community: 'Peel' };
    const posted = await call(ctx.app, 'POST', `/api/c/${consultation.slug}/responses`, { body });
    if (posted.status !== 201) throw new Error(`response not stored: ${posted.status} ${posted.text}`);
    ids.push(body.id);
  }
  return { consultation, ids };
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

/** Signs in through the API as a browser would; returns the cookie to send back and the CSRF token. */
export async function signIn(app: App, email: string, password = PASSWORD): Promise<BrowserSession> {
  const result = await call(app, 'POST', '/api/auth/sign-in', { body: { email, password } });
  if (result.status !== 200) throw new Error(`sign-in failed: ${result.status} ${result.text}`);
  return { cookie: sessionCookieOf(result.headers), csrfToken: result.json.csrfToken };
}

/** The `name=value` part of the session cookie a response sets. */
export function sessionCookieOf(headers: Headers): string {
  const cookie = headers.getSetCookie().find((line) => line.startsWith('tessera_session='));
  if (!cookie) throw new Error('no session cookie was set');
  return cookie.split(';')[0]!;
}
