import type { Database as SqliteConnection, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

const MAX_STATEMENTS = 500;

/**
 * Kysely prepares every query afresh; on a hot path (intake) preparing costs as much as running.
 * Queries are built from a fixed set of shapes, so statements are kept by SQL text and reused.
 * A cached statement is busy while it iterates, so Tessera reads in pages and never uses Kysely's stream().
 */
export function withStatementCache(connection: SqliteConnection): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => connection.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = connection.prepare(sql);
        if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
