import { existsSync } from 'node:fs';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { ensureAdminUser, ensureDemoAdmin } from './accounts/bootstrap';
import type { AuthSettings } from './accounts/auth-settings';
import { ensureBootstrapAdmin } from './auth/tokens.repository';
import { startBackgroundCoding } from './coding/background-coder';
import { startCodingThread } from './coding/coding-thread';
import { startWriterThread } from './intake/writer-thread';
import { createActivityMeter } from './lib/activity-meter';
import { connectDatabase } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { withStartupLock } from './db/startup-lock';
import { seedDemo } from './seed/demo';
import type { CoderConfig } from '../analysis/coding';

export interface StartOptions {
  port?: number;
  databaseUrl: string;
  adminToken?: string;
  /** The first admin's account (TESSERA_ADMIN_EMAIL / TESSERA_ADMIN_PASSWORD), created or updated. */
  admin?: { email: string; password: string };
  auth?: Partial<AuthSettings>;
  clientDist?: string;
  /** Seed the demo partnership and consultations when the database is empty (default true). */
  seed?: boolean;
  /** Code new responses in the background (default true). */
  coding?: boolean;
  log?: (line: string) => void;
  /** The open-answer coder's lexicons and model (default: the shipped ones). */
  coder?: CoderConfig;
  /** The coding thread's niceness (coding-thread.ts); benches compare values. */
  codingNiceness?: number;
  /** Responses the coding thread writes per transaction (coding-thread.ts); benches compare values. */
  codingCommitEvery?: number;
  /** On SQLite, the coding thread's writes go through the intake writer thread (default true); benches compare. */
  codingThroughWriter?: boolean;
  /** Coded responses the writer thread commits with each intake batch (writer-thread.ts); benches compare values. */
  codedPerCommit?: number;
}

export interface RunningTessera {
  url: string;
  close(): Promise<void>;
}

/** Connects, migrates, seeds an empty database and serves API and web pages. */
export async function startTessera(options: StartOptions): Promise<RunningTessera> {
  const log = options.log ?? (() => {});
  const handle = connectDatabase(options.databaseUrl);
  await migrateToLatest(handle.db, handle.dialect);
  const now = new Date().toISOString();
  // Instances starting together on one PostgreSQL database take turns, or both would seed.
  await withStartupLock(handle.db, handle.dialect, async () => {
    if (options.adminToken) await ensureBootstrapAdmin(handle.db, options.adminToken, now);
    if (options.admin) {
      const outcome = await ensureAdminUser(handle.db, options.admin, now);
      log(`Admin account ${options.admin.email} ${outcome} from TESSERA_ADMIN_EMAIL.`);
    }
    if (options.seed !== false) {
      if (await seedDemo(handle.db, now)) log('Seeded the demo partnership: open /c/demo');
      // Printed once, when made: the password is stored only as a hash afterwards.
      const demoAdmin = await ensureDemoAdmin(handle.db, now);
      if (demoAdmin) log(`Demo admin created. Sign in at /workspace with ${demoAdmin.email} and password ${demoAdmin.password} (shown only this once).`);
    }
  });
  const clientDist = options.clientDist && existsSync(options.clientDist) ? options.clientDist : undefined;
  if (!clientDist) log('No built client found: serving the API only (run npm run build:client).');
  const intakeActivity = createActivityMeter();
  const writerThread =
    handle.dialect === 'sqlite' && options.databaseUrl !== ':memory:'
      ? startWriterThread(options.databaseUrl, {
          onError: (message) => console.error('intake writer:', message),
          ...(options.codedPerCommit !== undefined && { codedPerCommit: options.codedPerCommit }),
        })
      : undefined;
  const app = createApp({
    db: handle.db,
    dialect: handle.dialect,
    clock: () => new Date().toISOString(),
    intakeActivity,
    ...(clientDist && { clientDist }),
    ...(options.auth && { auth: options.auth }),
    ...(options.coder && { coder: options.coder }),
    ...(writerThread && { commitResponses: writerThread.commit }),
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: '0.0.0.0' }, () => resolve(s));
  });
  const stopCoding =
    options.coding === false
      ? async () => {}
      : options.databaseUrl === ':memory:' || options.coder
        ? // A second connection cannot see an in-memory database, and an injected coder cannot cross to a
          // worker: code on this loop, yielding to intake.
          startBackgroundCoding(handle.db, {
            clock: () => new Date().toISOString(),
            intakeActivity,
            onError: (error) => console.error('coding failed:', error),
            ...(options.coder && { coder: options.coder }),
          })
        : startCodingThread({
            databaseUrl: options.databaseUrl,
            ...(options.codingNiceness !== undefined && { codingNiceness: options.codingNiceness }),
            ...(options.codingCommitEvery !== undefined && { commitEvery: options.codingCommitEvery }),
            ...(writerThread && options.codingThroughWriter !== false && { store: writerThread.storeCoded }),
            onError: (message) => console.error('coding failed:', message),
          });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
        .finally(stopCoding)
        .finally(() => writerThread?.stop())
        .finally(() => handle.close()),
  };
}
