import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle, type DialectName } from '../../server/db/connect';
import { migrateToLatest } from '../../server/db/migrate';

const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** PostgreSQL is tested when TEST_DATABASE_URL names one, or when the local server answers. */
export const postgresUrl: string | undefined = process.env.TEST_DATABASE_URL
  ? process.env.TEST_DATABASE_URL
  : (await reachable(LOCAL_POSTGRES))
    ? LOCAL_POSTGRES
    : undefined;

export const DIALECTS: DialectName[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];

if (!postgresUrl) console.warn('PostgreSQL not reachable (set TEST_DATABASE_URL): storage tests run on SQLite only.');

export interface TestDatabase extends DatabaseHandle {
  /** What a second server instance would pass to connectDatabase to share this database. */
  url: string;
  schema?: string;
}

/** A fresh, migrated database: an SQLite file in a temp folder, or a new PostgreSQL schema. */
export async function freshDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const url = join(mkdtempSync(join(tmpdir(), 'tessera-test-')), 'tessera.sqlite');
    const handle = connectDatabase(url);
    await migrateToLatest(handle.db, handle.dialect);
    return { ...handle, url };
  }
  const schema = `t_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = connectDatabase(postgresUrl!, { schema });
  await migrateToLatest(handle.db, handle.dialect);
  const close = async () => {
    await handle.close();
    const dropper = new pg.Client({ connectionString: postgresUrl });
    await dropper.connect();
    await dropper.query(`drop schema ${schema} cascade`);
    await dropper.end();
  };
  return { ...handle, close, url: postgresUrl!, schema };
}
