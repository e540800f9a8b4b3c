import { sql, type Kysely } from 'kysely';
import type { DialectName } from './connect';
import type { Database } from './schema';

// Any constant distinct from the migrator's lock; PostgreSQL advisory locks are database-wide.
const STARTUP_LOCK = 7_285_143_001;

/**
 * Runs the start-up writes (bootstrap accounts, demo seeding) holding a PostgreSQL advisory
 * lock, so instances starting together on one database take turns: each check-then-insert then
 * sees what the instance before it wrote. Held on its own pooled connection, since the work
 * opens transactions of its own. SQLite needs none: a server owns its file.
 */
export async function withStartupLock<T>(db: Kysely<Database>, dialect: DialectName, work: () => Promise<T>): Promise<T> {
  if (dialect !== 'postgres') return work();
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${STARTUP_LOCK})`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${STARTUP_LOCK})`.execute(connection);
    }
  });
}
