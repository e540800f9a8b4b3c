import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DialectName } from './connect';
import type { Database } from './schema';
import * as initial from './migrations/2026-11-22-001-initial';
import * as coding from './migrations/2026-11-22-002-coding';
import * as accounts from './migrations/2026-12-01-003-accounts';
import * as responseCounts from './migrations/2026-12-02-004-response-counts';
import * as questionLinks from './migrations/2026-12-02-005-question-links';
import * as coderIdentity from './migrations/2026-12-02-006-coder-identity';
import * as lastSignIn from './migrations/2026-12-03-007-last-sign-in';
import * as unreadThemeIndex from './migrations/2026-12-03-008-unread-theme-index';

interface DialectAwareMigration {
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
  down?(db: Kysely<any>, dialect: DialectName): Promise<void>;
}

// Listed by hand, in order: a bundled list cannot miss a file the way a directory scan can.
const MIGRATIONS: Record<string, DialectAwareMigration> = {
  '2026-11-22-001-initial': initial,
  '2026-11-22-002-coding': coding,
  '2026-12-01-003-accounts': accounts,
  '2026-12-02-004-response-counts': responseCounts,
  '2026-12-02-005-question-links': questionLinks,
  '2026-12-02-006-coder-identity': coderIdentity,
  '2026-12-03-007-last-sign-in': lastSignIn,
  '2026-12-03-008-unread-theme-index': unreadThemeIndex,
};

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: DialectName) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const entries = Object.entries(MIGRATIONS).map(([name, migration]) => {
      const bound: Migration = {
        up: (db) => migration.up(db, this.dialect),
        ...(migration.down && { down: (db: Kysely<any>) => migration.down!(db, this.dialect) }),
      };
      return [name, bound] as const;
    });
    return Object.fromEntries(entries);
  }
}

export async function migrateToLatest(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  // Kysely looks for its bookkeeping tables in every schema unless told which one: a stray
  // kysely_migration elsewhere on the server would then be taken for ours.
  const migrationTableSchema =
    dialect === 'postgres' ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema : undefined;
  const migrator = new Migrator({ db, provider: new StaticProvider(dialect), ...(migrationTableSchema && { migrationTableSchema }) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
