import { existsSync } from 'node:fs';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { ensureBootstrapAdmin } from './auth/tokens.repository';
import { startBackgroundCoding } from './coding/background-coder';
import { createActivityMeter } from './lib/activity-meter';
import { connectDatabase } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { seedDemo } from './seed/demo';

export interface StartOptions {
  port?: number;
  databaseUrl: string;
  adminToken?: string;
  clientDist?: string;
  /** Seed the demo partnership and consultations when the database is empty (default true). */
  seed?: boolean;
  /** Code new responses in the background (default true). */
  coding?: boolean;
  log?: (line: string) => void;
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
  if (options.adminToken) await ensureBootstrapAdmin(handle.db, options.adminToken, now);
  if (options.seed !== false && (await seedDemo(handle.db, now))) log('Seeded the demo partnership: open /c/demo');
  const clientDist = options.clientDist && existsSync(options.clientDist) ? options.clientDist : undefined;
  if (!clientDist) log('No built client found: serving the API only (run npm run build:client).');
  const intakeActivity = createActivityMeter();
  const app = createApp({ db: handle.db, dialect: handle.dialect, clock: () => new Date().toISOString(), intakeActivity, ...(clientDist && { clientDist }) });

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: '0.0.0.0' }, () => resolve(s));
  });
  const stopCoding =
    options.coding === false
      ? async () => {}
      : startBackgroundCoding(handle.db, { clock: () => new Date().toISOString(), intakeActivity, onError: (error) => console.error('coding failed:', error) });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
        .finally(stopCoding)
        .finally(() => handle.close()),
  };
}
