import type { Kysely } from 'kysely';
import type { DialectName } from './db/connect';
import type { Database } from './db/schema';
import type { ActivityMeter } from './lib/activity-meter';
import type { AuthSettings } from './accounts/auth-settings';
import type { CoderConfig } from '../analysis/coding';
import type { CommitBatch } from './intake/response-writer';

/** What createApp needs: tests build the same app on a test database. */
export interface AppDeps {
  db: Kysely<Database>;
  dialect: DialectName;
  /** ISO timestamp of now; injected so tests control time. */
  clock: () => string;
  clientDist?: string;
  /** Marked on every submission, so background coding can give intake the right of way. */
  intakeActivity?: ActivityMeter;
  /** Session lifetimes, sign-in limits and proxy trust; defaults in accounts/auth-settings.ts. */
  auth?: Partial<AuthSettings>;
  /** The open-answer coder's lexicons and model (default: the shipped ones); tests inject another. */
  coder?: CoderConfig;
  /** Where intake's batches are committed: the SQLite writer thread when the server runs on a file (default: on db). */
  commitResponses?: CommitBatch;
}
